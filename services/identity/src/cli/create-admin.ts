// Creates (or updates the permissions of) an admin: the only way besides bootstrap configuration.
// Usage: ADMIN_PASSWORD=... node services/identity/src/cli/create-admin.ts --email a@b.c [--permissions VIEW_WALLETS,MANAGE_PAYOUTS]
import { createLogger } from '@ziba/service-kit';
import { parseArgs } from 'node:util';
import { createAdmin } from '../application/create-admin.usecase.ts';
import { identityContext } from '../app.ts';
import { loadIdentityConfig } from '../config.ts';
import { PERMISSIONS } from '../domain/user.ts';
import { openOrm } from '../persistence/orm.ts';

const { values } = parseArgs({ options: { email: { type: 'string' }, permissions: { type: 'string' } } });
const password = process.env.ADMIN_PASSWORD;
if (!values.email || !password) {
  console.error('usage: ADMIN_PASSWORD=... create-admin --email EMAIL [--permissions P1,P2]');
  process.exit(2);
}
const config = loadIdentityConfig();
const orm = await openOrm(config.DATABASE_URL);
const ctx = await identityContext(config, orm, createLogger('identity-cli', 'warn'), () => undefined);
const admin = await createAdmin(ctx, { email: values.email, password, permissions: values.permissions ? values.permissions.split(',') : [...PERMISSIONS] });
console.log(JSON.stringify({ id: admin.id, email: admin.email, permissions: admin.permissions }));
await orm.close();
