// Creates (or updates the permissions of) an admin where the identity service's environment is at
// hand (inside its container or pod). On a scripts/up stack, use scripts/admin.
// Usage: DATABASE_URL=... ADMIN_PASSWORD=... node services/identity/src/cli/create-admin.ts --email a@b.c [--permissions VIEW_WALLETS,MANAGE_PAYOUTS] [--by NAME]
// (--by names who ran it in the audit trail; a pod's system user is the same for everyone.)
import { parseArgs } from 'node:util';
import { createAdmin } from '../application/create-admin.usecase.ts';
import { PERMISSIONS } from '../domain/user.ts';
import { openAdminAccounts } from './open-admin-accounts.ts';
import { operatorOf } from './operator.ts';

const { values } = parseArgs({ options: { email: { type: 'string' }, permissions: { type: 'string' }, by: { type: 'string' } } });
const password = process.env.ADMIN_PASSWORD;
const databaseUrl = process.env.DATABASE_URL;
if (!values.email || !password || !databaseUrl) {
  console.error('usage: DATABASE_URL=... ADMIN_PASSWORD=... create-admin --email EMAIL [--permissions P1,P2] [--by NAME]');
  process.exit(2);
}
const accounts = await openAdminAccounts(databaseUrl, process.env.COUNTRIES_FILE);
const admin = await createAdmin(accounts, {
  email: values.email,
  password,
  permissions: values.permissions ? values.permissions.split(',') : [...PERMISSIONS],
  operator: operatorOf('create-admin', values.by),
});
console.log(JSON.stringify({ id: admin.id, email: admin.email, permissions: admin.permissions }));
await accounts.close();
