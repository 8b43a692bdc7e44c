// scripts/admin: the admin accounts of the stack scripts/up started. It finds that stack's identity
// database and its gateway's Redis in the run directory scripts/up wrote, acts through identity's own
// use cases, and ends an admin's tokens through the gateway's own revocation records.
import { isAppError } from '@ziba/service-kit/errors';
import { parseArgs } from 'node:util';
import { userCutOffs } from '../services/gateway/src/plugins/token-revocations.ts';
import {
  endAdminSessions,
  grantPermissions,
  listAdmins,
  recordTokensEnded,
  revokePermissions,
} from '../services/identity/src/application/admin-accounts.usecase.ts';
import { createAdmin } from '../services/identity/src/application/create-admin.usecase.ts';
import { openAdminAccounts } from '../services/identity/src/cli/open-admin-accounts.ts';
import { operatorOf } from '../services/identity/src/cli/operator.ts';
import { assertPasswordPolicy, newAccountEmail, parsePermissions, PERMISSIONS, type User } from '../services/identity/src/domain/user.ts';
import { readPassword } from './read-password.ts';
import { runDirectory, runningStack, type StackState } from './stack-state.ts';

const USAGE = `usage: scripts/admin <command> [options]

Admin accounts of the stack scripts/up started (found in ${runDirectory()}; ZIBA_RUN_DIR points elsewhere).

  create   --email EMAIL --permissions P1,P2   a new admin; the password from ADMIN_PASSWORD, else asked
                                               for (or the first line of piped input)
  list                                         every admin, with status and permissions
  grant    --email EMAIL --permissions P1,P2   adds permissions to an admin
  revoke   --email EMAIL --permissions P1,P2   takes permissions from an admin and ends the access tokens
                                               they hold, so the permissions go at once
  sign-out --email EMAIL                       ends every sign-in and access token of an admin, permissions
                                               unchanged

Every change is in the audit trail (ADMIN_ACCESS_CHANGED) under scripts/admin and the name given with
--by NAME, else this system's user name.

Permissions: ${PERMISSIONS.join(', ')}.
The gateway reads permissions from the access token (valid up to 15 minutes): a grant applies from the
admin's next sign-in; revoke and sign-out refuse every token the admin already holds (401 TOKEN_REVOKED),
so they sign in again. Identity checks its own admin actions (KYC, blocks) at once.`;

const COMMANDS = ['create', 'list', 'grant', 'revoke', 'sign-out'];

class UsageError extends Error {}
/** The account changed, but the tokens the admin holds could not be ended. */
class TokensNotEnded extends Error {}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { email: { type: 'string' }, permissions: { type: 'string' }, by: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
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

async function newAdminPassword(email: string): Promise<string> {
  const password = process.env.ADMIN_PASSWORD ?? (await readPassword('password for the new admin: '));
  if (!password) throw new UsageError('no password: set ADMIN_PASSWORD, or type it when asked');
  assertPasswordPolicy(password, email); // before the stack is touched, like the other arguments
  return password;
}

const summary = (u: User) => `${u.email}: ${u.permissions.join(', ') || 'no permissions'}`;

/** Where this stack's gateways look for revoked tokens; checked before anything changes. */
function revocationStore(stack: StackState): { url: string; keyPrefix: string } {
  if (!stack.redis) throw new Error(`the stack in ${runDirectory()} was started by an older scripts/up that did not note its Redis: restart it`);
  return stack.redis;
}

/**
 * Every access token `admin` holds is refused from now on. The cut-off is taken after identity
 * committed the change (on this machine's clock, which is identity's on a scripts/up stack), so a
 * token issued before it with the old permissions is covered. `iat` has whole seconds, so a token of
 * the cut-off's own second is refused too: the command returns once that second has passed, so a
 * sign-in after it is never refused.
 */
async function endTokens(store: { url: string; keyPrefix: string }, admin: User, changed: string): Promise<void> {
  const cutOffs = userCutOffs(store.url, store.keyPrefix);
  const at = new Date();
  try {
    await cutOffs.cutOff(admin.id, at);
  } catch (err) {
    throw new TokensNotEnded(
      `${changed}, but the access tokens ${admin.email} holds could not be ended (Redis at ${store.url}: ${(err as Error).message || 'unreachable'}); ` +
        `they keep working, with the permissions they carry, up to 15 minutes: run scripts/admin sign-out --email ${admin.email} once Redis is back`,
    );
  } finally {
    await cutOffs.close();
  }
  await new Promise((resolve) => setTimeout(resolve, 1_001 - (at.getTime() % 1_000)));
}

async function run(): Promise<void> {
  if (values.help) return void console.log(USAGE);
  if (!command) throw new UsageError('which command?');
  if (!COMMANDS.includes(command)) throw new UsageError(`unknown command ${command}`);
  const email = command === 'list' ? '' : required('email');
  const permissions = command === 'list' || command === 'sign-out' ? [] : permissionsArgument();
  if (command === 'create') newAccountEmail(email);
  const password = command === 'create' ? await newAdminPassword(email) : '';

  // The audit trail records every change under this name (scripts/admin and who ran it).
  const operator = operatorOf('scripts/admin', values.by);
  const stack = await runningStack();
  const store = command === 'revoke' || command === 'sign-out' ? revocationStore(stack) : null;
  const accounts = await openAdminAccounts(stack.databaseUrls.identity!);
  try {
    if (command === 'create') {
      const admin = await createAdmin(accounts, { email, password, permissions, operator, existing: 'refuse' });
      console.log(`created admin ${summary(admin)}`);
    } else if (command === 'grant') {
      console.log(`granted; ${summary(await grantPermissions(accounts, email, permissions, operator))} (from the admin's next sign-in)`);
    } else if (command === 'revoke') {
      const admin = await revokePermissions(accounts, email, permissions, operator);
      await endTokens(store!, admin, 'the permissions are revoked');
      await recordTokensEnded(accounts, admin, operator);
      console.log(`revoked; ${summary(admin)}`);
      console.log(`every access token ${admin.email} held is refused from now on (401 TOKEN_REVOKED); their next sign-in carries the permissions above`);
    } else if (command === 'sign-out') {
      const { admin, ended } = await endAdminSessions(accounts, email, operator);
      await endTokens(store!, admin, `${ended} browser sign-in(s) are ended`);
      await recordTokensEnded(accounts, admin, operator);
      console.log(`signed out ${admin.email}: ${ended} browser sign-in(s) ended, and every access token issued until now is refused (401 TOKEN_REVOKED)`);
      console.log(`permissions unchanged; ${summary(admin)}`);
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
  if (err.code === 'INVALID_EMAIL')
    return `${values.email} is not an address a new account can have (letters, digits and . _ % + - ' before the @, a domain such as example.com after it)`;
  return err.message;
}

try {
  await run();
} catch (err) {
  console.error(`admin: ${explain(err)}`);
  if (err instanceof UsageError) console.error('scripts/admin --help shows the commands');
  process.exitCode = err instanceof UsageError ? 2 : 1;
}
