import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { userInfo } from 'node:os';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eventually, expectProblem } from './people.ts';
import { api, startStack, type Stack } from './stack.ts';

// scripts/admin ends an admin's access at once (revoke, sign-out): the tokens they hold are refused
// by the gateway (401 TOKEN_REVOKED) from the command on, through the gateway's own revocation
// records. The command is run as a developer runs it, against this stack written down as scripts/up
// writes its own (stack.json in a run directory).

const ADMIN_COMMAND = fileURLToPath(new URL('../../../scripts/admin', import.meta.url));
/** What a browser on the gateway's own pages sends (its PUBLIC_BASE_URL is the default). */
const fromOwnPage = { 'sec-fetch-site': 'same-origin', origin: 'http://localhost:8080' };

let stack: Stack;
let client: ReturnType<typeof api>;
const runDirs: string[] = [];

beforeAll(async () => {
  stack = await startStack('gwadmin');
  client = api(stack.url);
}, 120_000);
afterAll(async () => {
  for (const dir of runDirs) rmSync(dir, { recursive: true, force: true });
  await stack?.stop();
});

/** A run directory describing this stack (this process stands for scripts/up), with its Redis unless told otherwise. */
function runDirectory(redis: Stack['redis'] | null = stack.redis): string {
  const dir = mkdtempSync(join(tmpdir(), 'ziba-admin-'));
  runDirs.push(dir);
  const state = { pid: process.pid, gatewayUrl: stack.url, databaseUrls: { identity: stack.identityDatabaseUrl }, ...(redis ? { redis } : {}) };
  writeFileSync(join(dir, 'stack.json'), JSON.stringify(state));
  return dir;
}

function admin(args: string[], runDir = runDirectory()): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(ADMIN_COMMAND, args, { env: { ...process.env, ZIBA_RUN_DIR: runDir }, timeout: 60_000 }, (err, stdout, stderr) =>
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const get = (token: string, path: string) => client.call('GET', path, { token });

interface TrailRecord {
  action: string;
  actorType: string;
  actorId: string;
  toState: string | null;
  changes: Array<{ field: string; from: string | null; to: string }>;
}

/** The account id of the admin this token is for. */
const idOf = async (token: string) => ((await get(token, '/api/me')).body as { id: string }).id;

/**
 * What the audit trail says was done to an admin's account, newest first, once it holds `count`
 * records. The trail takes an account's records in the order they were written, so a test that ends
 * with a change it waits for sees every record before it: one too many is never still on its way.
 */
async function accessTrail(id: string, count: number): Promise<TrailRecord[]> {
  const reader = await stack.createAdmin(['VIEW_PAYOUTS']);
  const readerToken = await client.login(reader.email, reader.password);
  const body = await eventually(
    async () => (await get(readerToken, `/api/admin/audit?entityType=user&entityId=${id}&action=ADMIN_ACCESS_CHANGED`)).body,
    (b: { records: TrailRecord[] }) => expect(b.records).toHaveLength(count),
  );
  return body.records;
}

/** How the trail names scripts/admin run by this process's user. */
const operator = `scripts/admin (run by ${userInfo().username})`;
const permissionsChange = (from: string | null, to: string) => [{ field: 'permissions', from, to, currency: null }];

describe('scripts/admin revoke', () => {
  it('ends the tokens the admin holds at once (401 TOKEN_REVOKED); the next sign-in carries only what is left', async () => {
    const ops = await stack.createAdmin(['MANAGE_PAYOUTS', 'VIEW_WALLETS', 'VIEW_PAYOUTS']);
    const before = await client.login(ops.email, ops.password);
    const bystander = await stack.createAdmin(['VIEW_WALLETS']);
    const bystanderToken = await client.login(bystander.email, bystander.password);
    expect((await get(before, '/api/admin/wallets')).status).toBe(200);

    const revoked = await admin(['revoke', '--email', ops.email, '--permissions', 'MANAGE_PAYOUTS,VIEW_WALLETS']);
    expect(revoked).toMatchObject({ code: 0, stderr: '' });
    expect(revoked.stdout).toContain(`revoked; ${ops.email}: VIEW_PAYOUTS`);
    expect(revoked.stdout).toContain('401 TOKEN_REVOKED');

    // The token from before carries MANAGE_PAYOUTS and VIEW_WALLETS in its claims: refused everywhere.
    expectProblem(await get(before, '/api/admin/wallets'), 401, 'TOKEN_REVOKED');
    expectProblem(await get(before, '/api/me'), 401, 'TOKEN_REVOKED');
    expectProblem(await client.call('POST', `/api/trips/${randomUUID()}/settle`, { token: before }), 401, 'TOKEN_REVOKED');
    // Another admin's tokens are untouched.
    expect((await get(bystanderToken, '/api/admin/wallets')).status).toBe(200);

    // The command returned after the cut-off's second, so signing in straight away works, with what is left.
    const after = await client.login(ops.email, ops.password);
    expect((await get(after, '/api/me')).body).toMatchObject({ email: ops.email, permissions: ['VIEW_PAYOUTS'] });
    expectProblem(await get(after, '/api/admin/wallets'), 403, 'PERMISSION_DENIED');
    expect((await get(after, '/api/admin/payouts')).status).toBe(200);

    // The trail says who changed the admin's permissions, from what to what, after the account's
    // creation, and that the tokens were ended. A second revoke of what is already gone changes no
    // permission (it still ends the tokens); a grant under a name of the operator's is recorded so.
    const opsId = await idOf(after);
    expect((await admin(['revoke', '--email', ops.email, '--permissions', 'VIEW_WALLETS'])).code).toBe(0);
    expect((await admin(['grant', '--email', ops.email, '--permissions', 'MANAGE_KYC', '--by', 'Ngozi (finance ops)'])).code).toBe(0);
    const trail = await accessTrail(opsId, 5);
    expect(trail.map((r) => [r.actorType, r.actorId, r.toState, r.changes])).toEqual([
      ['SYSTEM', 'scripts/admin (by Ngozi (finance ops))', 'PERMISSIONS_CHANGED', permissionsChange('VIEW_PAYOUTS', 'VIEW_PAYOUTS,MANAGE_KYC')],
      ['SYSTEM', operator, 'TOKENS_ENDED', []],
      ['SYSTEM', operator, 'TOKENS_ENDED', []],
      ['SYSTEM', operator, 'PERMISSIONS_CHANGED', permissionsChange('VIEW_WALLETS,VIEW_PAYOUTS,MANAGE_PAYOUTS', 'VIEW_PAYOUTS')],
      ['SYSTEM', 'test', 'ADMIN_CREATED', permissionsChange(null, 'VIEW_WALLETS,VIEW_PAYOUTS,MANAGE_PAYOUTS')],
    ]);
  });

  it('says so, and exits 1, when the tokens could not be ended (the permissions are revoked all the same)', async () => {
    const ops = await stack.createAdmin(['VIEW_WALLETS', 'VIEW_PAYOUTS']);
    const unreachable = runDirectory({ url: 'redis://127.0.0.1:1', keyPrefix: stack.redis.keyPrefix });
    const r = await admin(['revoke', '--email', ops.email, '--permissions', 'VIEW_WALLETS'], unreachable);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('the permissions are revoked, but the access tokens');
    expect(r.stderr).toContain(`scripts/admin sign-out --email ${ops.email}`);
    const token = await client.login(ops.email, ops.password);
    expect((await get(token, '/api/me')).body).toMatchObject({ permissions: ['VIEW_PAYOUTS'] });
    // The trail records the permissions' change, and no ending of tokens that still work.
    expect((await admin(['grant', '--email', ops.email, '--permissions', 'VIEW_WALLETS'])).code).toBe(0);
    expect((await accessTrail(await idOf(token), 3)).map((r) => r.toState)).toEqual(['PERMISSIONS_CHANGED', 'PERMISSIONS_CHANGED', 'ADMIN_CREATED']);
  });

  it('changes nothing on a stack whose state does not say where its Redis is', async () => {
    const ops = await stack.createAdmin(['VIEW_WALLETS', 'VIEW_PAYOUTS']);
    const token = await client.login(ops.email, ops.password);
    const r = await admin(['revoke', '--email', ops.email, '--permissions', 'VIEW_WALLETS'], runDirectory(null));
    expect(r).toMatchObject({ code: 1, stderr: expect.stringContaining('restart it') });
    expect((await get(token, '/api/me')).body).toMatchObject({ permissions: ['VIEW_WALLETS', 'VIEW_PAYOUTS'] });
  });
});

describe('scripts/admin sign-out', () => {
  it('ends every token and browser sign-in of the admin, keeping the permissions', async () => {
    const ops = await stack.createAdmin(['VIEW_WALLETS']);
    const bearer = await client.login(ops.email, ops.password);
    const signIn = await fetch(`${stack.url}/api/auth/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...fromOwnPage },
      body: JSON.stringify({ email: ops.email, password: ops.password }),
    });
    expect(signIn.status).toBe(200);
    const cookies = Object.fromEntries(signIn.headers.getSetCookie().map((c) => c.split(';')[0]!.split('=') as [string, string]));
    const refreshCookie = `__Secure-ziba-refresh=${cookies['__Secure-ziba-refresh']}`;
    const accessCookie = `__Secure-ziba-access=${cookies['__Secure-ziba-access']}`;

    const r = await admin(['sign-out', '--email', ops.email]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain(`signed out ${ops.email}: 1 browser sign-in(s) ended`);
    expect(r.stdout).toContain(`permissions unchanged; ${ops.email}: VIEW_WALLETS`);

    expectProblem(await get(bearer, '/api/admin/wallets'), 401, 'TOKEN_REVOKED');
    const byCookie = await fetch(`${stack.url}/api/me`, { headers: { cookie: accessCookie } });
    expect({ status: byCookie.status, code: ((await byCookie.json()) as { code: string }).code }).toEqual({ status: 401, code: 'TOKEN_REVOKED' });
    // The browser cannot trade its refresh cookie for a new token either.
    const refreshed = await fetch(`${stack.url}/api/auth/session/refresh`, { method: 'POST', headers: { cookie: refreshCookie, ...fromOwnPage } });
    expect({ status: refreshed.status, code: ((await refreshed.json()) as { code: string }).code }).toEqual({ status: 401, code: 'SESSION_EXPIRED' });

    const again = await client.login(ops.email, ops.password);
    expect((await get(again, '/api/admin/wallets')).status).toBe(200);
    expect((await accessTrail(await idOf(again), 3)).map((r) => [r.actorId, r.toState, r.changes])).toEqual([
      [operator, 'TOKENS_ENDED', []],
      [operator, 'SIGN_INS_ENDED', []],
      ['test', 'ADMIN_CREATED', permissionsChange(null, 'VIEW_WALLETS')],
    ]);
  });

  it('names what is wrong: no such account, or one that is not an admin', async () => {
    expect(await admin(['sign-out', '--email', 'nobody@example.com'])).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('no account with email nobody@example.com'),
    });
    const rider = await client.register('RIDER');
    expect(await admin(['sign-out', '--email', rider.email])).toMatchObject({ code: 1, stderr: expect.stringContaining('is a RIDER, not an admin') });
    expect(await admin(['sign-out'])).toMatchObject({ code: 2, stderr: expect.stringContaining('sign-out needs --email') });
  });
});
