import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { endedWeek } from '@ziba/testing';
import { randomUUID } from 'node:crypto';
import { digits, expectProblem, holderName, nextSecond, people } from './people.ts';
import { api, startStack, type Stack } from './stack.ts';

// Issue 12 (money safety), the payout service's part: a reused withdrawal key, an earner who is no
// longer eligible when the money would leave, and commission owed that must not be paid out.

let stack: Stack;
let client: ReturnType<typeof api>;
/**
 * Gateways in front of the same services, each with an Idempotency-Key store of its own (as after a
 * lost or expired record), so a key they have not seen reaches the payout service: `replay` carries
 * the repeats, `reuse` and `reuseAgain` the different requests, each key at most once per gateway.
 */
let replay: ReturnType<typeof api>;
let reuse: ReturnType<typeof api>;
let reuseAgain: ReturnType<typeof api>;
let payoutsAdmin: string;
let usersAdmin: string;
const { adminToken, verifiedDriver, fundedRider, wallet } = people(() => client);

beforeAll(async () => {
  stack = await startStack('gwpaysafe');
  client = api(stack.url);
  const gatewayOnRedisDb = async (db: number) => api((await stack.startGateway({ REDIS_URL: `redis://127.0.0.1:6379/${db}` })).url);
  [replay, reuse, reuseAgain] = await Promise.all([gatewayOnRedisDb(9), gatewayOnRedisDb(10), gatewayOnRedisDb(11)]);
  [payoutsAdmin, usersAdmin] = await Promise.all([adminToken(stack, ['MANAGE_PAYOUTS', 'VIEW_PAYOUTS']), adminToken(stack, ['MANAGE_USERS'])]);
});
afterAll(async () => stack?.stop());

const NG_MINIMUM = 100_000;

/** Drives one NG ride from request to settlement through REST; returns the settlement. */
async function settledRide(driverToken: string, riderToken: string, paymentMethod: 'CASH' | 'ONLINE', distanceMeters: number) {
  const requested = await client.call('POST', '/api/trips', { token: riderToken, body: { serviceType: 'RIDE', paymentMethod, distanceMeters } });
  if (requested.status !== 201) throw new Error(`request failed: ${requested.text}`);
  for (const action of ['accept', 'arrive', 'start', 'complete']) {
    const r = await client.call('POST', `/api/trips/${requested.body.id}/${action}`, { token: driverToken });
    if (r.status !== 200) throw new Error(`${action} failed: ${r.text}`);
  }
  const settled = await client.call('POST', `/api/trips/${requested.body.id}/settle`, { token: payoutsAdmin });
  if (settled.status !== 200) throw new Error(`settle failed: ${settled.text}`);
  return settled.body as { driverAmount: { amount: string }; platformAmount: { amount: string } };
}

/** A verified NG driver, online, with a bank account in their legal name; `rides` are settled in order. */
async function driverWith(rides: Array<{ paymentMethod: 'CASH' | 'ONLINE'; distanceMeters: number }>) {
  const driver = await verifiedDriver();
  const rider = await fundedRider(2_000_000);
  expect((await client.call('POST', '/api/driver/online', { token: driver.token })).status).toBe(200);
  const settlements = [];
  for (const ride of rides) settlements.push(await settledRide(driver.token, rider.token, ride.paymentMethod, ride.distanceMeters));
  const number = `0${digits(9)}`;
  const method = await client.call('POST', '/api/driver/bank-account', {
    token: driver.token,
    body: { type: 'BANK', bankName: 'Zenith Bank', bankCode: '057', accountNumber: number, accountName: holderName },
  });
  expect(method).toMatchObject({ status: 201, body: { status: 'VERIFIED' } });
  return { ...driver, settlements };
}

const withdraw = (token: string, amount: number, key: string = randomUUID(), opts: { prefix?: string; via?: ReturnType<typeof api>; currency?: string } = {}) =>
  (opts.via ?? client).call('POST', `/api/${opts.prefix ?? 'driver'}/withdraw`, {
    token,
    body: { amount, currency: opts.currency ?? 'NGN' },
    headers: { 'idempotency-key': key },
  });
const decide = (payoutId: string, action: string, body?: unknown) =>
  client.call('POST', `/api/admin/payouts/${payoutId}/${action}`, { token: payoutsAdmin, body });
const detail = async (payoutId: string) => (await client.call('GET', `/api/admin/payouts/${payoutId}`, { token: payoutsAdmin })).body;
const userAction = (path: string, body: unknown = { reason: 'complaints under investigation' }) => client.call('POST', path, { token: usersAdmin, body });

describe('a withdrawal Idempotency-Key', () => {
  it('answers the same request with the first payout and refuses another request under it with 409 IDEMPOTENCY_KEY_REUSED', async () => {
    const driver = await driverWith([{ paymentMethod: 'ONLINE', distanceMeters: 20_000 }]);
    const key = randomUUID();
    const first = await withdraw(driver.token, NG_MINIMUM, key);
    expect(first).toMatchObject({ status: 201, body: { status: 'PENDING', amount: { amount: String(NG_MINIMUM), currency: 'NGN' } } });

    // Through gateways that have no record of the key, the payout service itself answers.
    expect(await withdraw(driver.token, NG_MINIMUM, key, { via: replay })).toMatchObject({ status: 201, body: { id: first.body.id, status: 'PENDING' } });
    expectProblem(await withdraw(driver.token, NG_MINIMUM + 1, key, { via: reuse }), 409, 'IDEMPOTENCY_KEY_REUSED');
    expectProblem(await withdraw(driver.token, NG_MINIMUM, key, { via: reuseAgain, currency: 'USD' }), 409, 'IDEMPOTENCY_KEY_REUSED');

    // Nothing more moved: one payout, the first amount locked.
    expect((await client.call('GET', '/api/driver/payouts', { token: driver.token })).body.payouts.map((p: { id: string }) => p.id)).toEqual([first.body.id]);
    expect(await wallet(driver.token)).toMatchObject({ lockedBalance: String(NG_MINIMUM) });
  });

  it('does the same for a restaurant, whose refused request is answered again as refused, and a different one is 409', async () => {
    const restaurant = await client.register('RESTAURANT', 'NG');
    await client.saveProfile(restaurant.token, 'NG');
    const key = randomUUID();
    expectProblem(await withdraw(restaurant.token, NG_MINIMUM, key, { prefix: 'restaurant' }), 422, 'PAYOUT_BLOCKED');
    expectProblem(await withdraw(restaurant.token, NG_MINIMUM, key, { prefix: 'restaurant', via: replay }), 422, 'PAYOUT_BLOCKED');
    expectProblem(await withdraw(restaurant.token, NG_MINIMUM * 3, key, { prefix: 'restaurant', via: reuse }), 409, 'IDEMPOTENCY_KEY_REUSED');
    expect((await client.call('GET', '/api/restaurant/payouts', { token: restaurant.token })).body.payouts).toHaveLength(1);
  });
});

describe('approval and mark-paid ask identity again', () => {
  it('a driver suspended after the request is not approved (422, still PENDING, funds locked, flagged); reinstated, the approval goes through', async () => {
    const driver = await driverWith([{ paymentMethod: 'ONLINE', distanceMeters: 20_000 }]);
    const earned = BigInt(driver.settlements[0]!.driverAmount.amount);
    const payout = await withdraw(driver.token, NG_MINIMUM);
    expect(payout).toMatchObject({ status: 201, body: { status: 'PENDING', reviewFlags: [] } });
    const id = payout.body.id as string;

    expect((await userAction(`/api/admin/drivers/${driver.id}/suspend`)).status).toBe(200);
    const refused = await decide(id, 'approve');
    expectProblem(refused, 422, 'EARNER_NOT_ELIGIBLE');
    expect(refused.body.reasons).toEqual(['DRIVER_SUSPENDED']);
    expect(await detail(id)).toMatchObject({
      status: 'PENDING',
      reviewFlags: ['EARNER_NOT_ELIGIBLE:DRIVER_SUSPENDED'],
      approvals: { given: 0, required: 1, by: [] },
      // The page offers only what the server would do now, and says why approve is held back.
      nextActions: ['reject'],
      heldBackReasons: ['DRIVER_SUSPENDED'],
    });
    expect(await wallet(driver.token)).toMatchObject({ availableBalance: String(earned - BigInt(NG_MINIMUM)), lockedBalance: String(NG_MINIMUM) });
    // Flagged now, and still suspended: asked again without a note, the admin is told the earner may
    // not be paid (what no note can change), not that a note is missing.
    expectProblem(await decide(id, 'approve'), 422, 'EARNER_NOT_ELIGIBLE');

    expect((await userAction(`/api/admin/drivers/${driver.id}/reinstate`, {})).status).toBe(200);
    expect(await detail(id)).toMatchObject({ nextActions: ['approve', 'reject'], heldBackReasons: [] });
    // The refusal stays on the record, so the approving admin says what they checked.
    expectProblem(await decide(id, 'approve'), 400, 'NOTE_REQUIRED');
    const approved = await decide(id, 'approve', { note: 'suspension lifted after review' });
    expect(approved).toMatchObject({ status: 200, body: { status: 'PROCESSING', approvals: { given: 1, required: 1 } } });
  });

  it('a blocked earner is not marked paid (422, still PROCESSING, funds locked) nor retried; unblocked, it is', async () => {
    const driver = await driverWith([{ paymentMethod: 'ONLINE', distanceMeters: 20_000 }]);
    const id = (await withdraw(driver.token, NG_MINIMUM)).body.id as string;
    expect(await decide(id, 'approve')).toMatchObject({ status: 200, body: { status: 'PROCESSING' } });

    expect((await userAction(`/api/admin/users/${driver.id}/block`)).status).toBe(200);
    // Its access token stops working at once: it cannot redirect where its money goes.
    const redirect = await client.call('POST', '/api/driver/bank-account', {
      token: driver.token,
      body: { type: 'BANK', bankName: 'Zenith Bank', bankCode: '057', accountNumber: `0${digits(9)}`, accountName: holderName },
    });
    expectProblem(redirect, 401, 'TOKEN_REVOKED');
    const refused = await decide(id, 'mark-paid', { externalReference: 'NIP-0001' });
    expectProblem(refused, 422, 'EARNER_NOT_ELIGIBLE');
    expect(refused.body.reasons).toContain('USER_BLOCKED');
    expect(await detail(id)).toMatchObject({
      status: 'PROCESSING',
      externalReference: null,
      reviewFlags: expect.arrayContaining(['EARNER_NOT_ELIGIBLE:USER_BLOCKED']),
    });
    // A retry would hand the money to the provider again: asked about the same way.
    expect(await decide(id, 'mark-failed', { failureReason: 'held by finance' })).toMatchObject({ status: 200, body: { status: 'FAILED' } });
    expectProblem(await decide(id, 'retry'), 422, 'EARNER_NOT_ELIGIBLE');
    expect(await detail(id)).toMatchObject({ status: 'FAILED' });

    expect((await userAction(`/api/admin/users/${driver.id}/unblock`, {})).status).toBe(200);
    // Tokens from before the block stay revoked; the driver signs in again.
    expectProblem(await client.call('GET', '/api/wallet', { token: driver.token }), 401, 'TOKEN_REVOKED');
    await nextSecond();
    driver.token = await client.login(driver.email, 'a strong password');
    expect(await wallet(driver.token)).toMatchObject({ lockedBalance: String(NG_MINIMUM) });
    expect(await decide(id, 'retry')).toMatchObject({ status: 200, body: { status: 'PROCESSING' } });
    expect(await decide(id, 'mark-paid', { externalReference: 'NIP-0001' })).toMatchObject({ status: 200, body: { status: 'PAID' } });
    expect(await wallet(driver.token)).toMatchObject({ lockedBalance: '0' });
  });
});

describe('commission owed on cash trips', () => {
  it('is not paid out: a driver withdraws at most available minus owed, and exactly that', async () => {
    // A cash ride leaves the commission owed; an online ride pays the driver's share into available.
    const driver = await driverWith([
      { paymentMethod: 'CASH', distanceMeters: 5_000 },
      { paymentMethod: 'ONLINE', distanceMeters: 20_000 },
    ]);
    const owed = BigInt(driver.settlements[0]!.platformAmount.amount);
    const available = BigInt(driver.settlements[1]!.driverAmount.amount);
    expect(await wallet(driver.token)).toMatchObject({ availableBalance: String(available), negativeBalance: String(owed) });
    const withdrawable = available - owed;
    expect(withdrawable).toBeGreaterThanOrEqual(BigInt(NG_MINIMUM));

    for (const amount of [withdrawable + 1n, available]) {
      const r = await withdraw(driver.token, Number(amount));
      expectProblem(r, 422, 'PAYOUT_BLOCKED');
      expect(r.body.reasons).toEqual(['INSUFFICIENT_WITHDRAWABLE_FUNDS']);
    }
    expect(await wallet(driver.token)).toMatchObject({ availableBalance: String(available), lockedBalance: '0' });

    const exact = await withdraw(driver.token, Number(withdrawable));
    expect(exact).toMatchObject({ status: 201, body: { status: 'PENDING', amount: { amount: String(withdrawable), currency: 'NGN' } } });
    expect(await wallet(driver.token)).toMatchObject({ availableBalance: String(owed), lockedBalance: String(withdrawable), negativeBalance: String(owed) });
  });
});

describe('the weekly auto-payout run', () => {
  it('pays an earner who owes commission their withdrawable balance, available minus owed', async () => {
    const driver = await driverWith([
      { paymentMethod: 'CASH', distanceMeters: 5_000 },
      { paymentMethod: 'ONLINE', distanceMeters: 50_000 },
    ]);
    const owed = BigInt(driver.settlements[0]!.platformAmount.amount);
    const available = BigInt(driver.settlements[1]!.driverAmount.amount);
    expect(available - owed).toBeGreaterThanOrEqual(500_000n); // the NG auto-payout threshold
    // One short ride: below the threshold, so skipped, and the admin is told so.
    const small = await driverWith([{ paymentMethod: 'ONLINE', distanceMeters: 1_000 }]);
    const run = await client.call('POST', '/api/admin/payouts/auto-weekly-run', { token: payoutsAdmin, body: { weekOf: endedWeek(1), countryCode: 'NG' } });
    expect(run.status).toBe(200);
    expect(run.body.payouts.filter((p: { ownerId: string }) => p.ownerId === driver.id)).toEqual([
      expect.objectContaining({
        status: 'PENDING',
        origin: 'auto_weekly',
        amount: { amount: String(available - owed), currency: 'NGN' },
        ownerEmail: driver.email,
      }),
    ]);
    expect(await wallet(driver.token)).toMatchObject({
      availableBalance: String(owed),
      lockedBalance: String(available - owed),
      negativeBalance: String(owed),
    });
    // Each earner it passed by is named to the admin, with why.
    expect(run.body.skipped).toBe(run.body.skippedEarners.length);
    expect(run.body.skippedEarners).toContainEqual({ ownerId: small.id, ownerEmail: small.email, reasons: ['BELOW_AUTO_PAYOUT_THRESHOLD'] });
    for (const skipped of run.body.skippedEarners)
      expect(skipped).toMatchObject({ ownerEmail: expect.stringMatching(/@/), reasons: expect.arrayContaining([expect.any(String)]) });
  });
});
