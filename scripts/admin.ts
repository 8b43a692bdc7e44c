// scripts/admin: the admin accounts of the stack scripts/up started. It finds that stack's identity
// database in the run directory scripts/up wrote, and acts through identity's own use cases.
import { isAppError } from '@ziba/service-kit/errors';
import { parseArgs } from 'node:util';
import { grantPermissions, listAdmins, revokePermissions } from '../services/identity/src/application/admin-accounts.usecase.ts';
import { createAdmin } from '../services/identity/src/application/create-admin.usecase.ts';
import { openAdminAccounts } from '../services/identity/src/cli/open-admin-accounts.ts';
import { assertPasswordPolicy, parsePermissions, PERMISSIONS, type User } from '../services/identity/src/domain/user.ts';
import { readPassword } from './read-password.ts';
import { runDirectory, runningStack } from './stack-state.ts';

const USAGE = `usage: scripts/admin <command> [options]

Admin accounts of the stack scripts/up started (found in ${runDirectory()}; ZIBA_RUN_DIR points elsewhere).

  create --email EMAIL --permissions P1,P2   a new admin; the password from ADMIN_PASSWORD, else asked
                                             for (or the first line of piped input)
  list                                       every admin, with status and permissions
  grant  --email EMAIL --permissions P1,P2   adds permissions to an admin
  revoke --email EMAIL --permissions P1,P2   takes permissions from an admin

Permissions: ${PERMISSIONS.join(', ')}.
A change applies from the admin's next sign-in: the gateway reads permissions from the access token
(valid up to 15 minutes); identity checks its own admin actions (KYC, blocks) at once.`;

class UsageError extends Error {}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { email: { type: 'string' }, permissions: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
});
const command = positionals[0];

function required(name: 'email' | 'permissions'): string {
  const value = values[name];
  if (!value) throw new UsageError(`${command} needs --${name}`);
  return value;
}

/** Checked before the stack is touched, so a typo never waits for a database. */
function permissionsArgument(): string[] {
  const list = required('permissions')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  parsePermissions(list);
  return list;
}

async function newAdminPassword(): Promise<string> {
  const password = process.env.ADMIN_PASSWORD ?? (await readPassword('password for the new admin: '));
  if (!password) throw new UsageError('no password: set ADMIN_PASSWORD, or type it when asked');
  assertPasswordPolicy(password); // before the stack is touched, like the other arguments
  return password;
}

const summary = (u: User) => `${u.email}: ${u.permissions.join(', ') || 'no permissions'}`;

async function run(): Promise<void> {
  if (values.help) return void console.log(USAGE);
  if (!command) throw new UsageError('which command?');
  if (!['create', 'list', 'grant', 'revoke'].includes(command)) throw new UsageError(`unknown command ${command}`);
  const email = command === 'list' ? '' : required('email');
  const permissions = command === 'list' ? [] : permissionsArgument();
  const password = command === 'create' ? await newAdminPassword() : '';

  const stack = await runningStack();
  const accounts = await openAdminAccounts(stack.databaseUrls.identity!);
  try {
    if (command === 'create') {
      const admin = await createAdmin(accounts, { email, password, permissions, existing: 'refuse' });
      console.log(`created admin ${summary(admin)}`);
    } else if (command === 'grant') {
      console.log(`granted; ${summary(await grantPermissions(accounts, email, permissions))}`);
    } else if (command === 'revoke') {
      console.log(`revoked; ${summary(await revokePermissions(accounts, email, permissions))}`);
    } else {
      const admins = await listAdmins(accounts);
      const width = Math.max(5, ...admins.map((a) => a.email.length));
      console.log(`${'EMAIL'.padEnd(width)}  STATUS   PERMISSIONS`);
      for (const a of admins) console.log(`${a.email.padEnd(width)}  ${a.status.padEnd(7)}  ${a.permissions.join(',') || '-'}`);
    }
  } finally {
    await accounts.close();
  }
}

/** What went wrong, in the terms of this command (the codes are identity's). */
function explain(err: unknown): string {
  if (!isAppError(err)) return (err as Error).message;
  if (err.code === 'EMAIL_TAKEN') return `${values.email} already has an account; change an admin's permissions with grant or revoke`;
  if (err.code === 'USER_NOT_FOUND') return `no account with email ${values.email} (scripts/admin list shows the admins)`;
  if (err.code === 'UNKNOWN_PERMISSION') return `${err.message}; the permissions are ${PERMISSIONS.join(', ')}`;
  return err.message;
}

try {
  await run();
} catch (err) {
  console.error(`admin: ${explain(err)}`);
  if (err instanceof UsageError) console.error('scripts/admin --help shows the commands');
  process.exitCode = err instanceof UsageError ? 2 : 1;
}
