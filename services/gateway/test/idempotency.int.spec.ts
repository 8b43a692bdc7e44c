import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from '@ziba/testing';
import { randomUUID } from 'node:crypto';
import { digits, expectProblem, holderName, people } from './people.ts';
import { api, startStack, type Stack } from './stack.ts';

/**
 * Idempotency-Key on every POST that moves money or changes a payout's state (SPEC 8), through
 * REST: the same key and request give the first answer again (Idempotent-Replayed: true) and move
 * nothing; another request under the key is 409 IDEMPOTENCY_KEY_REUSED; keys belong to their user.
 */

let stack: Stack;
let client: ReturnType<typeof api>;
let payoutsAdmin: string;
const { adminToken, onlineDriver, fundedRider, wallet } = people(() => client);

beforeAll(async () => {
  stack = await startStack('gwidem');
  client = api(stack.url);
  payoutsAdmin = await adminToken(stack, ['MANAGE_PAYOUTS', 'VIEW_PAYOUTS']);
});
afterAll(async () => stack?.stop());

type Res = Awaited<ReturnType<ReturnType<typeof api>['call']>>;
const post = (token: string, path: string, key: string | null, body?: unknown) =>
  client.call('POST', path, { token, body, headers: key ? { 'idempotency-key': key } : {} });
const replayed = async (path: string, token: string, key: string, body?: unknown) => {
  const r = await post(token, path, key, body);
  return { ...r, header: r.replayed };
};
const sameAnswer = (a: Res, b: { status: number; body: unknown }) => expect({ status: b.status, body: b.body }).toEqual({ status: a.status, body: a.body });

describe('add funds', () => {
  it('answers a repeat from the first answer, refuses another amount under the key, and moves money once under 20 concurrent repeats', async () => {
    const rider = await fundedRider(1_000);
    const key = randomUUID();
    const first = await post(rider.token, '/api/wallet/add-funds', key, { amount: 5_000 });
    expect(first).toMatchObject({ status: 200, replayed: 'false', body: { replayed: false } });
    const again = await replayed('/api/wallet/add-funds', rider.token, key, { amount: 5_000 });
    expect(again.header).toBe('true');
    // The first answer, saying in its body too that nothing moved this time.
    sameAnswer({ ...first, body: { ...first.body, replayed: true } }, again);
    expectProblem(await post(rider.token, '/api/wallet/add-funds', key, { amount: 6_000 }), 409, 'IDEMPOTENCY_KEY_REUSED');

    const burstKey = randomUUID();
    const burst = await Promise.all(Array.from({ length: 20 }, () => post(rider.token, '/api/wallet/add-funds', burstKey, { amount: 7_000 })));
    // Each repeat waits for the first request's answer and gets it: one entry, twenty identical answers.
    expect(burst.map((r) => r.status)).toEqual(Array(20).fill(200));
    expect(burst.filter((r) => r.replayed === 'false')).toHaveLength(1);
    expect(burst.filter((r) => r.body.replayed === false)).toHaveLength(1);
    expect(new Set(burst.map((r) => JSON.stringify({ ...r.body, replayed: null }))).size).toBe(1);
    expect(await wallet(rider.token)).toMatchObject({ availableBalance: String(1_000 + 5_000 + 7_000) });
  });

  it('is refused with a 503 to retry, moving nothing, while the key store is away', async () => {
    const rider = await fundedRider(1_000);
    const cut = api((await stack.startGateway({ REDIS_URL: 'redis://127.0.0.1:1' })).url);
    const r = await cut.call('POST', '/api/wallet/add-funds', { token: rider.token, body: { amount: 2_000 }, headers: { 'idempotency-key': randomUUID() } });
    expectProblem(r, 503, 'IDEMPOTENCY_STORE_UNAVAILABLE');
    expect(await wallet(rider.token)).toMatchObject({ availableBalance: '1000' });
    // Reads do not need it.
    expect((await cut.call('GET', '/api/wallet', { token: rider.token })).status).toBe(200);
  });

  it("keeps one user's key apart from another's", async () => {
    const [a, b] = await Promise.all([fundedRider(1_000), fundedRider(1_000)]);
    const key = randomUUID();
    expect((await post(a.token, '/api/wallet/add-funds', key, { amount: 2_000 })).status).toBe(200);
    expect((await post(b.token, '/api/wallet/add-funds', key, { amount: 3_000 })).status).toBe(200);
    expect(await wallet(b.token)).toMatchObject({ availableBalance: '4000' });
  });
});

describe('trip transitions and settlement', () => {
  it('replay a start and a settle under their keys; the key cannot be spent on another action', async () => {
    const rider = await fundedRider(5_000_000);
    const driver = await onlineDriver();
    const trip = await post(rider.token, '/api/trips', null, { serviceType: 'RIDE', paymentMethod: 'ONLINE', distanceMeters: 4_000 });
    for (const a of ['accept', 'arrive']) expect((await post(driver.token, `/api/trips/${trip.body.id}/${a}`, null)).status).toBe(200);

    const startKey = randomUUID();
    const started = await post(driver.token, `/api/trips/${trip.body.id}/start`, startKey);
    expect(started.body).toMatchObject({ status: 'IN_PROGRESS', holdState: 'HELD' });
    const again = await replayed(`/api/trips/${trip.body.id}/start`, driver.token, startKey);
    expect(again.header).toBe('true');
    sameAnswer(started, again);
    expect(await wallet(rider.token)).toMatchObject({ lockedBalance: trip.body.fare.amount });
    expectProblem(await post(driver.token, `/api/trips/${trip.body.id}/complete`, startKey), 409, 'IDEMPOTENCY_KEY_REUSED');
    // Without a key, a repeat is a new request, refused by the trip's own state.
    expectProblem(await post(driver.token, `/api/trips/${trip.body.id}/start`, null), 409, 'ILLEGAL_TRANSITION');

    expect((await post(driver.token, `/api/trips/${trip.body.id}/complete`, null)).status).toBe(200);
    const settleKey = randomUUID();
    const settled = await post(payoutsAdmin, `/api/trips/${trip.body.id}/settle`, settleKey);
    expect(settled.status).toBe(200);
    sameAnswer(settled, await replayed(`/api/trips/${trip.body.id}/settle`, payoutsAdmin, settleKey));
    expectProblem(await post(payoutsAdmin, `/api/trips/${trip.body.id}/settle`, randomUUID()), 409, 'TRIP_ALREADY_SETTLED');
    expect(await wallet(driver.token)).toMatchObject({ availableBalance: settled.body.driverAmount.amount });
  });

  it('answers a retry whose first answer was lost (no record of it at the gateway) with what the first attempt did', async () => {
    // A 5xx is not recorded as an answer, so the retry goes through to the service, which may have done
    // the first attempt after all. A second gateway with its own key store stands for that lost record.
    const retryGateway = api((await stack.startGateway({})).url);
    const viaRetryGateway = (token: string, path: string, key: string, body?: unknown) =>
      retryGateway.call('POST', path, { token, body, headers: { 'idempotency-key': key } });
    const rider = await fundedRider(5_000_000);
    const driver = await onlineDriver();
    const tripKey = randomUUID();
    const ride = { serviceType: 'RIDE', paymentMethod: 'ONLINE', distanceMeters: 4_000 };
    const trip = await post(rider.token, '/api/trips', tripKey, ride);
    expect(trip.status).toBe(201);
    sameAnswer(trip, await replayed('/api/trips', rider.token, tripKey, ride));
    // The retry of a lost answer gets the same trip: no second trip is requested.
    expect(await viaRetryGateway(rider.token, '/api/trips', tripKey, ride)).toMatchObject({ status: 201, body: { id: trip.body.id } });
    expect((await post(driver.token, `/api/trips/${trip.body.id}/accept`, null)).status).toBe(200);

    const arriveKey = randomUUID();
    expect((await post(driver.token, `/api/trips/${trip.body.id}/arrive`, arriveKey)).body).toMatchObject({ status: 'DRIVER_ARRIVING' });
    const retried = await viaRetryGateway(driver.token, `/api/trips/${trip.body.id}/arrive`, arriveKey);
    expect(retried).toMatchObject({ status: 200, replayed: 'false', body: { status: 'DRIVER_ARRIVING' } });
    expectProblem(await viaRetryGateway(driver.token, `/api/trips/${trip.body.id}/arrive`, randomUUID()), 409, 'ILLEGAL_TRANSITION');

    for (const a of ['start', 'complete']) expect((await post(driver.token, `/api/trips/${trip.body.id}/${a}`, null)).status).toBe(200);
    const settleKey = randomUUID();
    const settled = await post(payoutsAdmin, `/api/trips/${trip.body.id}/settle`, settleKey);
    expect(settled.status).toBe(200);
    sameAnswer(settled, await viaRetryGateway(payoutsAdmin, `/api/trips/${trip.body.id}/settle`, settleKey));
    expect(await wallet(driver.token)).toMatchObject({ availableBalance: settled.body.driverAmount.amount });
  });

  it('does not keep "retry shortly" (409 HOLD_IN_PROGRESS, Retry-After) as the key\'s answer: the retry reaches the trip again', async () => {
    const rider = await fundedRider(5_000_000);
    const driver = await onlineDriver();
    const trip = await post(rider.token, '/api/trips', null, { serviceType: 'RIDE', paymentMethod: 'ONLINE', distanceMeters: 4_000 });
    for (const a of ['accept', 'arrive']) expect((await post(driver.token, `/api/trips/${trip.body.id}/${a}`, null)).status).toBe(200);
    // Another request's fare lock still in flight (as a killed trip-settlement leaves it until recovery).
    await sql(stack.tripDatabaseUrl, `update trip set hold_state = 'REQUESTED', hold_requested_at = now() where id = $1`, [trip.body.id]);
    const key = randomUUID();
    const busy = await post(driver.token, `/api/trips/${trip.body.id}/start`, key);
    expectProblem(busy, 409, 'HOLD_IN_PROGRESS');
    expect(busy.retryAfter).toBe('1');
    await sql(stack.tripDatabaseUrl, `update trip set hold_state = 'RELEASED', hold_requested_at = null where id = $1`, [trip.body.id]);
    const retried = await post(driver.token, `/api/trips/${trip.body.id}/start`, key);
    expect(retried).toMatchObject({ status: 200, replayed: 'false', body: { status: 'IN_PROGRESS', holdState: 'HELD' } });
  });

  it('refuses a malformed key with 400 and changes nothing', async () => {
    const rider = await fundedRider(1_000);
    const trip = await post(rider.token, '/api/trips', null, { serviceType: 'RIDE', paymentMethod: 'CASH', distanceMeters: 4_000 });
    expectProblem(await post(rider.token, `/api/trips/${trip.body.id}/cancel`, 'short'), 400, 'VALIDATION_FAILED');
    expectProblem(await post(rider.token, `/api/trips/${trip.body.id}/cancel`, 'has spaces in it'), 400, 'VALIDATION_FAILED');
    expect((await client.call('GET', `/api/trips/${trip.body.id}`, { token: rider.token })).body.status).toBe('SEARCHING_DRIVER');
  });
});

describe('withdrawals and payout decisions', () => {
  it('a reused key with another amount is 409, a repeat is the first payout; a decision repeated under its key is the first answer', async () => {
    const driver = await onlineDriver();
    const rider = await fundedRider(2_000_000);
    const trip = await post(rider.token, '/api/trips', null, { serviceType: 'RIDE', paymentMethod: 'ONLINE', distanceMeters: 20_000 });
    for (const a of ['accept', 'arrive', 'start', 'complete']) expect((await post(driver.token, `/api/trips/${trip.body.id}/${a}`, null)).status).toBe(200);
    expect((await post(payoutsAdmin, `/api/trips/${trip.body.id}/settle`, null)).status).toBe(200);
    const number = `0${digits(9)}`;
    const method = await post(driver.token, '/api/driver/bank-account', null, {
      type: 'BANK',
      bankName: 'Zenith Bank',
      bankCode: '057',
      accountNumber: number,
      accountName: holderName,
    });
    expect(method.status).toBe(201);

    const key = randomUUID();
    const first = await post(driver.token, '/api/driver/withdraw', key, { amount: 100_000, currency: 'NGN' });
    expect(first.status).toBe(201);
    // The created payout is where Location says, on the first answer and on its replay.
    expect(first.location).toBe(`/api/driver/payouts/${first.body.id}`);
    const repeat = await replayed('/api/driver/withdraw', driver.token, key, { amount: 100_000, currency: 'NGN' });
    sameAnswer(first, repeat);
    expect(repeat).toMatchObject({ header: 'true', location: first.location });
    expect(await client.call('GET', first.location!, { token: driver.token })).toMatchObject({ status: 200, body: { id: first.body.id } });
    expect(method.location).toBe('/api/driver/bank-account');
    expect(trip.location).toBe(`/api/trips/${trip.body.id}`);
    expectProblem(await post(driver.token, '/api/driver/withdraw', key, { amount: 150_000, currency: 'NGN' }), 409, 'IDEMPOTENCY_KEY_REUSED');
    expect(await wallet(driver.token)).toMatchObject({ lockedBalance: '100000' });

    const rejectKey = randomUUID();
    const rejected = await post(payoutsAdmin, `/api/admin/payouts/${first.body.id}/reject`, rejectKey, { rejectionReason: 'account holder asked to cancel' });
    expect(rejected.body).toMatchObject({ status: 'REJECTED' });
    const again = await replayed(`/api/admin/payouts/${first.body.id}/reject`, payoutsAdmin, rejectKey, { rejectionReason: 'account holder asked to cancel' });
    expect(again.header).toBe('true');
    sameAnswer(rejected, again);
    expectProblem(
      await post(payoutsAdmin, `/api/admin/payouts/${first.body.id}/reject`, rejectKey, { rejectionReason: 'another reason entirely' }),
      409,
      'IDEMPOTENCY_KEY_REUSED',
    );
    expect(await wallet(driver.token)).toMatchObject({ lockedBalance: '0' });
  });
});
