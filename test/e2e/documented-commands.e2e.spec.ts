import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createApiClient } from '@ziba/api-client';
import { endedWeek } from '@ziba/testing';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../scripts/stack.ts';
import { markedCommentBlock, markedShellBlock } from './documented/marked-blocks.ts';
import { startScriptsUp, type ScriptsUpStack } from './documented/scripts-up-stack.ts';
import { run, runPasted, SYSTEM_PATH } from './documented/shell.ts';

// The commands README.md, infra/docker-compose.yml and k8s/ show, run as they are shown against a
// stack started by scripts/up, so a reader who pastes them gets what the docs promise.

const README = join(ROOT, 'README.md');
const LOCAL_GATEWAY = 'http://127.0.0.1:8080'; // what the docs call; the test stack is elsewhere

let stack: ScriptsUpStack;
beforeAll(async () => {
  stack = await startScriptsUp('docs');
}, 180_000);
afterAll(async () => stack?.stop(), 60_000);

const api = (token?: string) => createApiClient({ baseUrl: stack.gatewayUrl, token });
const againstTestStack = (block: string) => {
  expect(block).toContain(LOCAL_GATEWAY);
  return block.replaceAll(LOCAL_GATEWAY, stack.gatewayUrl);
};
/** scripts/admin as a developer runs it, pointed at the test stack's run directory. */
const admin = (args: string[], env: NodeJS.ProcessEnv = {}) => {
  const { ADMIN_PASSWORD: _none, ...developerEnv } = process.env;
  return run(join(ROOT, 'scripts', 'admin'), args, { cwd: ROOT, env: { ...developerEnv, ZIBA_RUN_DIR: stack.runDir, ...env } });
};
const signIn = async (email: string, password: string) => (await api().POST('/api/auth/login', { body: { email, password } })).data?.accessToken;

describe('README quick start', () => {
  it('pasted as it is, with only what a fresh machine has, funds the wallet once', async () => {
    const block = markedShellBlock(README, 'quick-start');
    const pasted = await runPasted(againstTestStack(block), { cwd: tmpdir(), env: { PATH: SYSTEM_PATH, HOME: tmpdir() } });
    expect(pasted.stderr).toBe('');
    expect(pasted.code).toBe(0);
    // The same add-funds twice under one key: the first answer is new, the second a replay.
    expect(pasted.stdout.match(/idempotent-replayed: \w+/gi)).toEqual(['idempotent-replayed: false', 'idempotent-replayed: true']);

    const [, email, password] = /"email":"([^"]+)","password":"([^"]+)"}' \| sed/.exec(block)!;
    const amount = /"amount":(\d+)/.exec(block)![1]!;
    const token = await signIn(email!, password!);
    expect((await api(token).GET('/api/wallet')).data).toMatchObject({ availableBalance: amount, lockedBalance: '0', currency: 'NGN' });
    const statement = await api(token).GET('/api/wallet/transactions', { params: { query: { limit: 20 } } });
    expect(statement.data!.transactions).toEqual([expect.objectContaining({ type: 'CREDIT', amount })]);
  });
});

describe('README admin commands (scripts/admin)', () => {
  it('create, grant, revoke and list an admin of the running stack, who then signs in with those permissions', async () => {
    const block = markedShellBlock(README, 'admin');
    const pasted = await runPasted(block, { cwd: ROOT, env: { ...process.env, ZIBA_RUN_DIR: stack.runDir } });
    expect(pasted.stderr).toBe('');
    expect(pasted.code).toBe(0);
    const [, password, email] = /ADMIN_PASSWORD='([^']+)' scripts\/admin create --email (\S+)/.exec(block)!;
    expect(pasted.stdout).toMatch(new RegExp(`^${email}\\s+ACTIVE\\s+VIEW_WALLETS,MANAGE_KYC$`, 'm'));
    expect(pasted.stdout).toMatch(new RegExp(`^${stack.secrets.adminEmail}\\s+ACTIVE\\s+VIEW_WALLETS,`, 'm'));

    const token = await signIn(email!, password!);
    expect((await api(token).GET('/api/me')).data).toMatchObject({ email, role: 'ADMIN', permissions: ['VIEW_WALLETS', 'MANAGE_KYC'] });
    expect((await api(token).GET('/api/admin/wallets', { params: { query: {} } })).response.status).toBe(200);
    expect((await api(token).GET('/api/admin/payouts', { params: { query: {} } })).response.status).toBe(403); // revoked
  });

  it('revoke and sign-out end the tokens the admin already holds (401 TOKEN_REVOKED); the next sign-in carries what is left', async () => {
    const email = 'ops2@example.com';
    const password = 'an admin password';
    expect(await admin(['create', '--email', email, '--permissions', 'MANAGE_PAYOUTS,VIEW_WALLETS,VIEW_PAYOUTS'], { ADMIN_PASSWORD: password })).toMatchObject({
      code: 0,
    });
    const before = await signIn(email, password);
    expect((await api(before).GET('/api/admin/wallets', { params: { query: {} } })).response.status).toBe(200);

    const revoked = await admin(['revoke', '--email', email, '--permissions', 'MANAGE_PAYOUTS,VIEW_WALLETS']);
    expect(revoked).toMatchObject({ code: 0, stderr: '', stdout: expect.stringContaining('401 TOKEN_REVOKED') });
    const refused = await api(before).GET('/api/admin/wallets', { params: { query: {} } });
    expect({ status: refused.response.status, code: (refused.error as { code?: string } | undefined)?.code }).toEqual({ status: 401, code: 'TOKEN_REVOKED' });
    const after = await signIn(email, password);
    expect((await api(after).GET('/api/me')).data).toMatchObject({ email, permissions: ['VIEW_PAYOUTS'] });
    expect((await api(after).GET('/api/admin/wallets', { params: { query: {} } })).response.status).toBe(403);

    expect(await admin(['sign-out', '--email', email])).toMatchObject({ code: 0, stderr: '', stdout: expect.stringContaining(`signed out ${email}`) });
    expect((await api(after).GET('/api/me')).response.status).toBe(401);
    expect((await api(await signIn(email, password)).GET('/api/me')).data).toMatchObject({ permissions: ['VIEW_PAYOUTS'] });
  });

  it('says what is wrong: an existing account, an unknown permission, an unknown admin, no stack, no password', async () => {
    const taken = await admin(['create', '--email', stack.secrets.adminEmail, '--permissions', 'VIEW_WALLETS'], { ADMIN_PASSWORD: 'another long password' });
    expect(taken).toMatchObject({ code: 1, stderr: expect.stringContaining(`${stack.secrets.adminEmail} already has an account`) });
    const unknownPermission = await admin(['grant', '--email', stack.secrets.adminEmail, '--permissions', 'VIEW_EVERYTHING']);
    expect(unknownPermission).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('unknown permission VIEW_EVERYTHING; the permissions are VIEW_WALLETS'),
    });
    const nobody = await admin(['revoke', '--email', 'nobody@example.com', '--permissions', 'VIEW_WALLETS']);
    expect(nobody).toMatchObject({ code: 1, stderr: expect.stringContaining('no account with email nobody@example.com') });

    const elsewhere = mkdtempSync(join(tmpdir(), 'ziba-no-stack-'));
    try {
      const noStack = await admin(['list'], { ZIBA_RUN_DIR: elsewhere });
      expect(noStack).toMatchObject({ code: 1, stderr: expect.stringContaining('no stack is running') });
      expect(noStack.stderr).toContain('start one with scripts/up');
    } finally {
      rmSync(elsewhere, { recursive: true });
    }
    const noPassword = await admin(['create', '--email', 'new-admin@example.com', '--permissions', 'VIEW_WALLETS']);
    expect(noPassword).toMatchObject({ code: 2, stderr: expect.stringContaining('no password') });
    const help = await admin(['--help']);
    expect(help).toMatchObject({ code: 0, stdout: expect.stringContaining('MANAGE_COMMISSION') });
  });
});

describe('the weekly run examples', () => {
  const jobs = readFileSync(join(ROOT, 'k8s', 'base', 'weekly-jobs.yaml'), 'utf8');
  const runPaths = [...jobs.matchAll(/name: RUN_PATH\s+value: (\S+)/g)].map((m) => m[1]!);
  const countries = /COUNTRIES=([A-Z,]+)/.exec(readFileSync(join(ROOT, 'k8s', 'base', 'kustomization.yaml'), 'utf8'))![1]!;
  /** weekly-run.sh with the CronJob's environment (k8s/base), against the test stack. */
  const cronJob = (runPath: string, env: NodeJS.ProcessEnv = {}) =>
    run('sh', [join(ROOT, 'k8s', 'base', 'weekly-run.sh')], {
      cwd: ROOT,
      env: { PATH: SYSTEM_PATH, GATEWAY_URL: stack.gatewayUrl, RUN_PATH: runPath, COUNTRIES: countries, SYSTEM_TOKEN: stack.secrets.systemJobToken, ...env },
      timeoutMs: 120_000,
    });
  const answers = (stdout: string) =>
    stdout
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);

  it("infra/docker-compose.yml's example nets last week in Nigeria with the weekly jobs' token", async () => {
    // Run from a checkout whose infra/.env holds the token, as the example expects.
    const checkout = mkdtempSync(join(tmpdir(), 'ziba-compose-'));
    mkdirSync(join(checkout, 'infra'));
    writeFileSync(join(checkout, 'infra', '.env'), `RABBITMQ_USER=ziba\nWEEKLY_JOBS_TOKEN=${stack.secrets.systemJobToken}\nLOG_LEVEL=info\n`, { mode: 0o600 });
    try {
      const block = markedCommentBlock(join(ROOT, 'infra', 'docker-compose.yml'), 'weekly-run');
      const pasted = await runPasted(againstTestStack(block), { cwd: checkout, env: { PATH: SYSTEM_PATH } });
      expect(pasted).toMatchObject({ code: 0, stderr: '' });
      expect(JSON.parse(pasted.stdout)).toEqual({ runs: [expect.objectContaining({ weekStart: endedWeek(1), countryCode: 'NG', replayed: false })] });
    } finally {
      rmSync(checkout, { recursive: true });
    }
  });

  it("k8s: both CronJobs' weekly-run.sh run last week for every configured country; a repeat moves nothing", async () => {
    expect(runPaths).toEqual(['/api/admin/settlements/weekly-run', '/api/admin/payouts/auto-weekly-run']);
    const [netting, payouts] = [await cronJob(runPaths[0]!), await cronJob(runPaths[1]!)];
    for (const [job, path] of [
      [netting, runPaths[0]],
      [payouts, runPaths[1]],
    ] as const) {
      expect(job).toMatchObject({ code: 0, stderr: '' });
      // The script names the week by the date 7 days ago; the answers by its Monday.
      expect(job.stdout.match(/^ok .*$/gm)).toEqual(
        countries.split(',').map((country) => expect.stringMatching(`^ok ${path} week=\\d{4}-\\d\\d-\\d\\d country=${country}$`)),
      );
    }
    const nettingRuns = (stdout: string) => answers(stdout).flatMap((a) => a.runs as Array<Record<string, unknown>>);
    expect(nettingRuns(netting.stdout)).toEqual(
      countries.split(',').map((countryCode) => expect.objectContaining({ countryCode, weekStart: endedWeek(1), status: 'COMPLETED' })),
    );
    expect(answers(payouts.stdout)).toEqual(
      countries.split(',').map((countryCode) => expect.objectContaining({ countryCode, weekStart: endedWeek(1), replayed: false })),
    );

    // A retried Job (same keys) gets the first runs' answers: nothing runs twice.
    const retried = await cronJob(runPaths[0]!);
    expect(retried).toMatchObject({ code: 0, stderr: '' });
    expect(nettingRuns(retried.stdout)).toEqual(nettingRuns(netting.stdout));

    // An older week, as k8s/README.md says: WEEK set to any date in it.
    const older = await cronJob(runPaths[1]!, { WEEK: endedWeek(2), COUNTRIES: 'NG' });
    expect(older).toMatchObject({ code: 0, stderr: '' });
    expect(answers(older.stdout)).toEqual([expect.objectContaining({ countryCode: 'NG', weekStart: endedWeek(2), replayed: false })]);
  });
});

describe('scripts/check-invariants', () => {
  it('checks the stack scripts/up runs, found in its run directory: one line per invariant, each holding after the commands above', async () => {
    const checked = await run(join(ROOT, 'scripts', 'check-invariants'), ['--wait', '60'], {
      cwd: ROOT,
      env: { ...process.env, ZIBA_RUN_DIR: stack.runDir },
      timeoutMs: 120_000,
    });
    expect(checked.stdout).toMatch(/^ok +0 of +\d+ +ledger: all balances per currency sum to zero$/m);
    expect(checked.stdout).toMatch(/^ok +0 of +\d+ +events: no dead-lettered event$/m);
    expect(checked.stdout).not.toMatch(/^(FAIL|skip) /m);
    expect(checked.stdout).toMatch(/^every invariant holds \(\d+ checked\)$/m);
    expect(checked.code).toBe(0);

    const elsewhere = mkdtempSync(join(tmpdir(), 'ziba-no-stack-'));
    try {
      const noStack = await run(join(ROOT, 'scripts', 'check-invariants'), [], { cwd: ROOT, env: { ...process.env, ZIBA_RUN_DIR: elsewhere } });
      expect(noStack).toMatchObject({ code: 2, stderr: expect.stringContaining('start one with scripts/up') });
    } finally {
      rmSync(elsewhere, { recursive: true });
    }
  }, 150_000);
});
