import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ApiClient } from '@ziba/api-client';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { allPages, connect } from '../../scripts/demo-data/gateway.ts';
import { ROOT } from '../../scripts/stack.ts';
import { startScriptsUp, type ScriptsUpStack } from './documented/scripts-up-stack.ts';
import { run, type ShellRun } from './documented/shell.ts';

// scripts/demo as a developer runs it, twice, against a stack scripts/up started (its own ports,
// databases and run directory): the first run fills the platform, the second adds nothing.

let stack: ScriptsUpStack;
let first: ShellRun & { seconds: number };
let second: ShellRun & { seconds: number };
let afterFirst: Snapshot;
let afterSecond: Snapshot;

// Right after a run the gateway's per-minute limit may be spent: the demo's client waits it out.
const api = (token?: string) => connect(stack.gatewayUrl, () => {}).as(token);
const signIn = async (email: string, password: string) => (await api().POST('/api/auth/login', { body: { email, password } })).data;

async function demo(): Promise<ShellRun & { seconds: number }> {
  const started = Date.now();
  const result = await run(join(ROOT, 'scripts', 'demo'), [], { cwd: ROOT, env: { ...process.env, ZIBA_RUN_DIR: stack.runDir }, timeoutMs: 180_000 });
  return { ...result, seconds: (Date.now() - started) / 1000 };
}

type Snapshot = Awaited<ReturnType<typeof snapshot>>;

/**
 * Everything the admin API shows that a run could add to: the users (identity's list, with their
 * KYC state), their wallets and the platform's with balances and number of ledger lines, payouts.
 */
async function snapshot(admin: ApiClient) {
  const cursor = (c: string | undefined) => (c ? { cursor: c } : {});
  const users = (await allPages('users', (c) => admin.GET('/api/admin/kyc', { params: { query: { limit: 100, ...cursor(c) } } })))
    .flatMap((p) => p.items)
    .map((u) => ({ id: u.userId, email: u.email, role: u.role, status: u.verification?.status, driverStatus: u.verification?.driverStatus }));
  const wallets = [];
  const payouts = [];
  for (const mode of ['live', 'test'] as const) {
    const all = (await allPages('wallets', (c) => admin.GET('/api/admin/wallets', { params: { query: { mode, limit: 100, ...cursor(c) } } }))).flatMap(
      (p) => p.wallets,
    );
    // Only this stack's users' wallets and the platform's (a broker shared with other stacks may open others).
    for (const w of all.filter((w) => w.ownerType === 'PLATFORM' || w.ownerType === 'SYSTEM' || users.some((u) => u.id === w.ownerId))) {
      const pages = await allPages('ledger lines', (c) =>
        admin.GET('/api/admin/wallets/{walletId}/transactions', { params: { path: { walletId: w.id }, query: { limit: 100, ...cursor(c) } } }),
      );
      const lines = pages.reduce((n, p) => n + p.transactions.length, 0);
      wallets.push({
        id: w.id,
        ownerId: w.ownerId,
        ownerType: w.ownerType,
        mode,
        available: w.availableBalance,
        locked: w.lockedBalance,
        owed: w.negativeBalance,
        lines,
      });
    }
    payouts.push(
      ...(await allPages('payouts', (c) => admin.GET('/api/admin/payouts', { params: { query: { mode, limit: 100, ...cursor(c) } } }))).flatMap((p) =>
        p.payouts.map((x) => ({ ...x, mode })),
      ),
    );
  }
  return { users, wallets, payouts, ledgerLines: wallets.reduce((n, w) => n + w.lines, 0) };
}

/** The logins the demo printed, by kind. */
const printedLogins = (stdout: string) =>
  Object.fromEntries(
    [...stdout.matchAll(/^ {2}(rider|driver|restaurant|admin) +(\S+) \/ (\S+)$/gm)].map(([, kind, email, password]) => [
      kind!,
      { email: email!, password: password! },
    ]),
  );

beforeAll(async () => {
  stack = await startScriptsUp('demo');
  const adminToken = async () => (await signIn(stack.secrets.adminEmail, stack.secrets.adminPassword))!.accessToken;
  first = await demo();
  afterFirst = await snapshot(api(await adminToken()));
  second = await demo();
  afterSecond = await snapshot(api(await adminToken()));
}, 420_000);
afterAll(async () => stack?.stop(), 60_000);

describe('scripts/demo', () => {
  it('fills the platform in under a minute, and a second run adds no user, payout or ledger entry', () => {
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toMatch(/accounts +21 \(21 new\)/);
    expect(first.seconds).toBeLessThan(60);
    expect(afterFirst.users).toHaveLength(21);
    expect(afterFirst.wallets.filter((w) => w.ownerType !== 'PLATFORM' && w.ownerType !== 'SYSTEM')).toHaveLength(21);
    expect(afterFirst.payouts).toHaveLength(15);
    expect(afterFirst.ledgerLines).toBeGreaterThan(150);

    expect(second).toMatchObject({ code: 0, stderr: '' });
    for (const phase of ['accounts', 'menus', 'top-ups', 'trips', 'payouts']) expect(second.stdout).toMatch(new RegExp(`^ {2}${phase} .*\\b0 new\\b`, 'm'));
    for (const country of ['NG', 'US', 'BD']) expect(second.stdout).toMatch(new RegExp(`^ +${country}: nothing left to net$`, 'm'));
    expect(afterSecond).toEqual(afterFirst);
    // Printed for the report: how long each run took.
    console.log(`scripts/demo: first run ${first.seconds.toFixed(1)} s, second run ${second.seconds.toFixed(1)} s`);
  });

  it('leaves users in every KYC state: verified, pending, in review with a name mismatch, suspended, test mode', () => {
    const drivers = afterFirst.users.filter((u) => u.role === 'DRIVER');
    const count = (values: unknown[]) => values.reduce<Record<string, number>>((n, v) => ({ ...n, [String(v)]: (n[String(v)] ?? 0) + 1 }), {});
    expect(count(drivers.map((d) => d.driverStatus))).toEqual({ VERIFIED: 7, SUSPENDED: 1, PENDING_VERIFICATION: 2 });
    expect(afterFirst.users.filter((u) => u.status === 'PENDING_REVIEW').map((u) => u.email)).toEqual([expect.stringMatching(/^ngozi\.eze@/)]);
    expect(count(afterFirst.users.map((u) => u.role))).toEqual({ RIDER: 8, DRIVER: 10, RESTAURANT: 3 });
    expect(afterFirst.wallets.filter((w) => w.mode === 'test' && w.ownerType !== 'PLATFORM' && w.ownerType !== 'SYSTEM')).toHaveLength(2);
  });

  it('leaves payouts in every state, flagged ones and one approved by the first of two admins among them', () => {
    const live = afterFirst.payouts.filter((p) => p.mode === 'live');
    const statuses = new Set(live.map((p) => p.status));
    for (const status of ['PENDING', 'PROCESSING', 'PAID', 'FAILED', 'REJECTED', 'REVERSED', 'BLOCKED']) expect(statuses).toContain(status);
    const pending = live.filter((p) => p.status === 'PENDING');
    expect(pending.some((p) => p.reviewFlags.length === 0 && p.approvals.given === 0)).toBe(true);
    expect(pending.flatMap((p) => p.reviewFlags)).toEqual(expect.arrayContaining(['RAPID_WITHDRAWAL_ATTEMPTS', expect.stringContaining('DRIVER_SUSPENDED')]));
    // APPROVED is never at rest (an approval hands the payout to the provider in the same step):
    // the four-eyes payout waits with one approval, and the processed ones went through APPROVED.
    expect(pending).toContainEqual(expect.objectContaining({ approvals: expect.objectContaining({ given: 1, required: 2 }) }));
    const processing = live.find((p) => p.status === 'PROCESSING')!;
    expect(processing.transitions.map((t) => t.toStatus)).toEqual(['REQUESTED', 'PENDING', 'APPROVED', 'PROCESSING']);
    const retried = live.find((p) => p.status === 'PAID' && p.transitions.some((t) => t.toStatus === 'FAILED'));
    expect(retried).toBeDefined();
    // Test-mode money: paid by the simulated provider, never in the live list.
    expect(afterFirst.payouts.filter((p) => p.mode === 'test').map((p) => p.status)).toEqual(['PAID']);
  });

  it('nets the weekly commission, one earner only partially', () => {
    const earners = afterFirst.wallets.filter((w) => w.mode === 'live' && (w.ownerType === 'DRIVER' || w.ownerType === 'RESTAURANT'));
    // The partial one still owes and has nothing left; everyone else who owed has been netted.
    expect(earners.filter((w) => BigInt(w.owed) > 0n)).toEqual([expect.objectContaining({ ownerType: 'DRIVER', available: '0' })]);
  });

  it('prints logins for a rider, a driver, a restaurant and an admin that work and show the story', async () => {
    const logins = printedLogins(first.stdout);
    expect(Object.keys(logins).sort()).toEqual(['admin', 'driver', 'restaurant', 'rider']);
    expect(printedLogins(second.stdout)).toEqual(logins);
    const sessions = Object.fromEntries(
      await Promise.all(Object.entries(logins).map(async ([kind, l]) => [kind, (await signIn(l.email, l.password))!] as const)),
    );
    expect(Object.fromEntries(Object.entries(sessions).map(([kind, s]) => [kind, s.user.role]))).toEqual({
      rider: 'RIDER',
      driver: 'DRIVER',
      restaurant: 'RESTAURANT',
      admin: 'ADMIN',
    });

    // The rider is on a ride right now: the fare is on hold.
    const riderWallet = (await api(sessions.rider!.accessToken).GET('/api/wallet')).data!;
    expect(BigInt(riderWallet.lockedBalance)).toBeGreaterThan(0n);
    const driver = api(sessions.driver!.accessToken);
    expect((await driver.GET('/api/driver/payouts', { params: { query: {} } })).data!.payouts.map((p) => p.status).sort()).toEqual(['PAID', 'PROCESSING']);
    expect((await driver.GET('/api/me/verification')).data).toMatchObject({ status: 'VERIFIED', driverStatus: 'VERIFIED' });
    const menu = (
      await api(sessions.rider!.accessToken).GET('/api/restaurants/{restaurantId}/menu', { params: { path: { restaurantId: sessions.restaurant!.user.id } } })
    ).data!;
    expect(menu.items).toHaveLength(5);
    // The KYC queue has the driver whose NIN carries her maiden name.
    const queue = (
      await api(sessions.admin!.accessToken).GET('/api/admin/kyc', { params: { query: { status: 'PENDING_REVIEW', countryCode: 'NG', limit: 100 } } })
    ).data!;
    const inReview = queue.items.find((i) => i.email.startsWith('ngozi.eze'));
    expect(inReview?.verification?.reviewFlags.map((f) => `${f.reason} ${f.status}`)).toEqual(['NAME_MISMATCH OPEN']);
    // Two Nigerian rides are done and wait for an admin to settle them: one paid in cash, one online.
    const waiting = (await api(sessions.admin!.accessToken).GET('/api/admin/trips/unsettled', { params: { query: { countryCode: 'NG' } } })).data!;
    expect(waiting.trips.map((t) => `${t.serviceType} ${t.paymentMethod} ${t.status}`).sort()).toEqual(['RIDE CASH COMPLETED', 'RIDE ONLINE COMPLETED']);
    // One ride is under way, its fare on hold: support could cancel it from the Trips page.
    const underWay = (await api(sessions.admin!.accessToken).GET('/api/admin/trips/under-way', { params: { query: {} } })).data!;
    expect(underWay.trips.map((t) => `${t.serviceType} ${t.paymentMethod} ${t.holdState} ${t.nextActions.join(' ')}`)).toEqual(['RIDE ONLINE HELD cancel']);
  });

  it('gives scripts/screenshots what it needs: the README screenshots are taken from the demo people, signed in through the UI', async () => {
    const out = join(stack.runDir, 'screenshots');
    const shot = await run(join(ROOT, 'scripts', 'screenshots'), ['--out', out], {
      cwd: ROOT,
      env: { ...process.env, ZIBA_RUN_DIR: stack.runDir },
      timeoutMs: 120_000,
    });
    expect(shot.stderr).not.toContain('screenshots:');
    expect(shot.code).toBe(0);
    for (const file of [
      'rider-funds-on-hold-phone.png',
      'driver-wallet-phone.png',
      'restaurant-wallet-phone.png',
      'admin-payouts-desktop.png',
      'admin-kyc-desktop.png',
      'admin-settlements-desktop.png',
    ]) {
      expect(existsSync(join(out, file)) && statSync(join(out, file)).size).toBeGreaterThan(10_000);
    }
  }, 150_000);
});
