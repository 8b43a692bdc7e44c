import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHmac, randomUUID } from 'node:crypto';
import { digits, eventually, expectProblem, holderName, people, inlinedApiDocument } from './people.ts';
import { api, startStack, type Stack } from './stack.ts';
import { endedWeek } from '@ziba/testing';

let stack: Stack;
let client: ReturnType<typeof api>;
/** Tokens of admins with exactly the named permissions. */
let managePayouts: string;
let viewPayouts: string;
let reportsAdmin: string;
const { adminToken, verifiedDriver, fundedRider, wallet } = people(() => client);

beforeAll(async () => {
  stack = await startStack('gwpayout');
  client = api(stack.url);
  [managePayouts, viewPayouts, reportsAdmin] = await Promise.all([
    adminToken(stack, ['MANAGE_PAYOUTS']),
    adminToken(stack, ['VIEW_PAYOUTS']),
    adminToken(stack, ['VIEW_EARNINGS_REPORTS']),
  ]);
});
afterAll(async () => stack?.stop());

// ---- helpers ----

const NG_MINIMUM = 100_000; // kobo: NGN 1,000.00, the smallest NG withdrawal

/** A verified NG driver with earnings: one ONLINE ride, completed and settled through REST. */
async function earningDriver() {
  const driver = await verifiedDriver();
  const rider = await fundedRider(1_000_000);
  expect((await client.call('POST', '/api/driver/online', { token: driver.token })).status).toBe(200);
  const requested = await client.call('POST', '/api/trips', {
    token: rider.token,
    body: { serviceType: 'RIDE', paymentMethod: 'ONLINE', distanceMeters: 20_000 },
  });
  if (requested.status !== 201) throw new Error(`request failed: ${requested.text}`);
  for (const action of ['accept', 'arrive', 'start', 'complete']) {
    const r = await client.call('POST', `/api/trips/${requested.body.id}/${action}`, { token: driver.token });
    if (r.status !== 200) throw new Error(`${action} failed: ${r.text}`);
  }
  const settled = await client.call('POST', `/api/trips/${requested.body.id}/settle`, { token: managePayouts });
  if (settled.status !== 200) throw new Error(`settle failed: ${settled.text}`);
  const earned = BigInt(settled.body.driverAmount.amount);
  expect(earned).toBeGreaterThanOrEqual(BigInt(2 * NG_MINIMUM));
  expect(await wallet(driver.token)).toMatchObject({ availableBalance: String(earned), lockedBalance: '0' });
  return { ...driver, earned };
}

const setMethod = (token: string, body: unknown, prefix = 'driver') => client.call('POST', `/api/${prefix}/bank-account`, { token, body });
const withdraw = (token: string | undefined, body: unknown, key: string | null = randomUUID(), prefix = 'driver', c = client) =>
  c.call('POST', `/api/${prefix}/withdraw`, { token, body, headers: key === null ? {} : { 'idempotency-key': key } });
const decide = (token: string, payoutId: string, action: string, body?: unknown) =>
  client.call('POST', `/api/admin/payouts/${payoutId}/${action}`, { token, body });
const today = () => new Date().toISOString().slice(0, 10);

/** A bank account in the driver's legal name; the number as a person types it, with dashes. */
const bankAccount = (number: string) => ({
  type: 'BANK',
  bankName: 'Zenith Bank',
  bankCode: '057',
  accountNumber: `${number.slice(0, 3)}-${number.slice(3, 6)} ${number.slice(6)}`,
  accountName: holderName,
});

// ---- one driver's withdrawals, from the bank account to the money leaving ----

describe('a verified Nigerian driver with earnings', () => {
  let driver: Awaited<ReturnType<typeof earningDriver>>;
  const number = `0${digits(9)}`;
  let payoutId: string;

  beforeAll(async () => {
    driver = await earningDriver();
  });

  it('sets a bank account: the response shows the last four only, never the number', async () => {
    const r = await setMethod(driver.token, bankAccount(number));
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({
      ownerId: driver.id,
      type: 'BANK',
      bankName: 'Zenith Bank',
      bankCode: '057',
      provider: null,
      maskedNumber: `****${number.slice(-4)}`,
      accountName: holderName,
      countryCode: 'NG',
      status: 'VERIFIED',
    });
    expect(r.body).not.toHaveProperty('accountNumber');
    expect(r.text).not.toContain(number);
    expect(r.text).not.toContain(number.slice(0, 6));

    const read = await client.call('GET', '/api/driver/bank-account', { token: driver.token });
    expect(read).toMatchObject({ status: 200, body: { id: r.body.id, maskedNumber: `****${number.slice(-4)}` } });
    expect(read.text).not.toContain(number);
  });

  it('withdraws the NG minimum: 201 PENDING, the amount locked in the wallet; the same Idempotency-Key is the same payout', async () => {
    const key = randomUUID();
    const r = await withdraw(driver.token, { amount: NG_MINIMUM, currency: 'NGN' }, key);
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({
      ownerId: driver.id,
      ownerType: 'DRIVER',
      countryCode: 'NG',
      amount: { amount: String(NG_MINIMUM), currency: 'NGN' },
      status: 'PENDING',
      reasons: [],
      reviewFlags: [],
      origin: 'manual_request',
      provider: 'manual',
      maskedAccount: `****${number.slice(-4)}`,
      // The account's bank too, so a confirmation can name more than four digits.
      accountInstitution: 'Zenith Bank',
      rejectionReason: null,
      externalReference: null,
    });
    expect(r.body.transitions.map((t: { toStatus: string }) => t.toStatus)).toEqual(['REQUESTED', 'PENDING']);
    expect(r.body.transitions[0]).toMatchObject({ fromStatus: null, actorType: 'USER', actorId: driver.id });
    expect(r.text).not.toContain(number);
    payoutId = r.body.id;
    expect(await wallet(driver.token)).toMatchObject({ availableBalance: String(driver.earned - BigInt(NG_MINIMUM)), lockedBalance: String(NG_MINIMUM) });

    expect(await withdraw(driver.token, { amount: NG_MINIMUM, currency: 'NGN' }, key)).toMatchObject({
      status: 201,
      body: { id: payoutId, status: 'PENDING' },
    });
    expect(await wallet(driver.token)).toMatchObject({ lockedBalance: String(NG_MINIMUM) });
  });

  it("reads its withdrawal terms: the country's minimum in its currency, that its withdrawal in progress refuses another, and that no payout account or no verification does too; a rider is refused", async () => {
    expect(await client.call('GET', '/api/driver/withdrawal-terms', { token: driver.token })).toMatchObject({
      status: 200,
      body: { minimum: { amount: String(NG_MINIMUM), currency: 'NGN' }, reasons: ['OPEN_PAYOUT_EXISTS'], velocityLimitLiftsAt: null },
    });
    // A verified driver with no payout account yet: every amount is refused until one is added.
    const fresh = await verifiedDriver();
    expect((await client.call('GET', '/api/driver/withdrawal-terms', { token: fresh.token })).body).toEqual({
      minimum: { amount: String(NG_MINIMUM), currency: 'NGN' },
      reasons: ['PAYOUT_METHOD_MISSING'],
      velocityLimitLiftsAt: null,
      payoutMethodUsableFrom: null,
    });
    // One not yet verified is told that first, with every other reason a request would be refused for.
    const unverified = await client.register('DRIVER', 'NG');
    expect((await client.call('GET', '/api/driver/withdrawal-terms', { token: unverified.token })).body.reasons).toEqual(
      expect.arrayContaining(['DRIVER_NOT_VERIFIED', 'PAYOUT_METHOD_MISSING']),
    );
    const rider = await client.register('RIDER', 'NG');
    expectProblem(await client.call('GET', '/api/driver/withdrawal-terms', { token: rider.token }), 403, 'ROLE_NOT_ALLOWED');
    expectProblem(await client.call('GET', '/api/driver/withdrawal-terms', {}), 401, 'UNAUTHENTICATED');
  });

  it('sees it in its own list and by id; another driver gets 404, a restaurant 403', async () => {
    const list = await client.call('GET', '/api/driver/payouts?limit=10', { token: driver.token });
    expect(list.status).toBe(200);
    expect(list.body.payouts.map((p: { id: string }) => p.id)).toEqual([payoutId]);
    expect(list.body.page).toEqual({ nextCursor: null });
    expect(await client.call('GET', `/api/driver/payouts/${payoutId}`, { token: driver.token })).toMatchObject({
      status: 200,
      body: { id: payoutId, status: 'PENDING' },
    });

    const other = await client.register('DRIVER', 'NG');
    expectProblem(await client.call('GET', `/api/driver/payouts/${payoutId}`, { token: other.token }), 404, 'PAYOUT_NOT_FOUND');
    expect((await client.call('GET', '/api/driver/payouts', { token: other.token })).body.payouts).toEqual([]);
    expectProblem(await client.call('GET', `/api/driver/payouts/${randomUUID()}`, { token: driver.token }), 404, 'PAYOUT_NOT_FOUND');
    expectProblem(await client.call('GET', '/api/driver/payouts/not-a-uuid', { token: driver.token }), 400, 'VALIDATION_FAILED');
    const restaurant = await client.register('RESTAURANT', 'NG');
    expectProblem(await client.call('GET', `/api/driver/payouts/${payoutId}`, { token: restaurant.token }), 403, 'ROLE_NOT_ALLOWED');
  });

  it('an admin with VIEW_PAYOUTS lists and reads it but cannot decide; drivers and other admins are refused', async () => {
    const list = await client.call('GET', `/api/admin/payouts?status=PENDING&ownerType=DRIVER&countryCode=NG&from=${today()}&to=${today()}`, {
      token: viewPayouts,
    });
    expect(list.status).toBe(200);
    expect(list.body.payouts.map((p: { id: string }) => p.id)).toContain(payoutId);
    expect(list.text).not.toContain(number);
    // SPEC section 8's name for the country filter is the same filter; another country's list has none of it.
    const byCountry = (query: string) => client.call('GET', `/api/admin/payouts?status=PENDING&ownerType=DRIVER&${query}`, { token: viewPayouts });
    expect((await byCountry('country=NG')).body.payouts.map((p: { id: string }) => p.id)).toContain(payoutId);
    expect((await byCountry('country=US')).body.payouts.map((p: { id: string }) => p.id)).not.toContain(payoutId);
    expect((await client.call('GET', '/api/admin/payouts?status=PAID', { token: viewPayouts })).body.payouts).toEqual([]);
    expect((await client.call('GET', '/api/admin/payouts?ownerType=RESTAURANT', { token: managePayouts })).body.payouts).toEqual([]);
    const detail = await client.call('GET', `/api/admin/payouts/${payoutId}`, { token: viewPayouts });
    expect(detail).toMatchObject({
      status: 200,
      body: {
        id: payoutId,
        ownerId: driver.id,
        nextActions: ['approve', 'reject'],
        earner: { role: 'DRIVER', countryCode: 'NG', status: 'ACTIVE', legalName: holderName },
        // The two names an admin compares, side by side.
        accountHolderName: holderName,
        kyc: { status: 'VERIFIED', identityVerified: true, addressVerified: true, driverStatus: 'VERIFIED', missingRequirements: [] },
      },
    });
    expect(detail.text).not.toContain(number);

    expectProblem(await decide(viewPayouts, payoutId, 'approve'), 403, 'PERMISSION_DENIED');
    expectProblem(await client.call('GET', '/api/admin/payouts', { token: reportsAdmin }), 403, 'PERMISSION_DENIED');
    expectProblem(await client.call('GET', '/api/admin/payouts', { token: driver.token }), 403, 'ADMIN_ONLY');
    expectProblem(await decide(driver.token, payoutId, 'approve'), 403, 'ADMIN_ONLY');
    expectProblem(await client.call('GET', '/api/admin/payouts'), 401, 'UNAUTHENTICATED');
    for (const query of [
      '?status=SENT',
      '?status=pending',
      '?ownerType=RIDER',
      '?countryCode=ng',
      '?from=2026/05/01',
      '?to=2026-02-30',
      '?limit=x',
      '?ownerId=abc',
    ]) {
      expectProblem(await client.call('GET', `/api/admin/payouts${query}`, { token: viewPayouts }), 400, 'VALIDATION_FAILED');
    }
    expect((await client.call('GET', `/api/driver/payouts/${payoutId}`, { token: driver.token })).body.status).toBe('PENDING');
  });

  it('an admin with MANAGE_PAYOUTS approves (PROCESSING), then marks it paid with the bank reference: the locked money is gone for good', async () => {
    const approved = await decide(managePayouts, payoutId, 'approve');
    expect(approved).toMatchObject({ status: 200, body: { id: payoutId, status: 'PROCESSING', providerReference: `manual-${payoutId}` } });
    expectProblem(await decide(managePayouts, payoutId, 'approve'), 409, 'ILLEGAL_PAYOUT_TRANSITION');

    for (const body of [undefined, {}, { externalReference: '' }, { externalReference: '   ' }, { externalReference: 'NIP-1', amount: 5 }]) {
      expectProblem(await decide(managePayouts, payoutId, 'mark-paid', body), 400, 'VALIDATION_FAILED');
    }
    expect(await wallet(driver.token)).toMatchObject({ lockedBalance: String(NG_MINIMUM) });

    const paid = await decide(managePayouts, payoutId, 'mark-paid', { externalReference: 'NIP-2026-11-21-0001' });
    expect(paid).toMatchObject({ status: 200, body: { status: 'PAID', externalReference: 'NIP-2026-11-21-0001' } });
    expect(paid.body.transitions.map((t: { toStatus: string }) => t.toStatus)).toEqual(['REQUESTED', 'PENDING', 'APPROVED', 'PROCESSING', 'PAID']);
    expect(await wallet(driver.token)).toMatchObject({ availableBalance: String(driver.earned - BigInt(NG_MINIMUM)), lockedBalance: '0' });
    expect((await client.call('GET', `/api/driver/payouts/${payoutId}`, { token: driver.token })).body).toMatchObject({
      status: 'PAID',
      externalReference: 'NIP-2026-11-21-0001',
    });
    // Every record of it in the audit trail names who acted: the admin, or the payout service's own
    // steps (as the payout's timeline does), and the ledger entries the admin caused name the admin.
    const detail = (await client.call('GET', `/api/admin/payouts/${payoutId}`, { token: viewPayouts })).body;
    const admin = detail.transitions.find((t: { toStatus: string }) => t.toStatus === 'APPROVED').actorId;
    type Record = { action: string; toState: string | null; actorType: string; actorId: string };
    const recordsOf = async (query: string): Promise<Record[]> => (await client.call('GET', `/api/admin/audit?${query}`, { token: reportsAdmin })).body.records;
    const steps = await eventually(
      () => recordsOf(`entityType=payout&entityId=${payoutId}`),
      (records: unknown[]) => expect(records).toHaveLength(6),
    );
    expect(steps.map((r) => [r.action, r.toState, r.actorType, r.actorId])).toEqual([
      ['PAYOUT_STATUS_CHANGED', 'PAID', 'ADMIN', admin],
      ['PAYOUT_STATUS_CHANGED', 'PROCESSING', 'SYSTEM', 'payout'],
      ['PAYOUT_STATUS_CHANGED', 'APPROVED', 'ADMIN', admin],
      ['PAYOUT_APPROVAL_RECORDED', null, 'ADMIN', admin],
      ['PAYOUT_STATUS_CHANGED', 'PENDING', 'SYSTEM', 'payout'],
      ['PAYOUT_CREATED', 'REQUESTED', 'USER', driver.id],
    ]);
    // The money leaving on the admin's mark-paid names that admin, though the payout service posted it.
    const capture = detail.ledgerEntries.find((e: { entryType: string }) => e.entryType === 'CAPTURE');
    const [captured] = await eventually(
      () => recordsOf(`entityType=journal_entry&entityId=${capture.entryId}`),
      (records: unknown[]) => expect(records).toHaveLength(1),
    );
    expect([captured!.actorType, captured!.actorId]).toEqual(['ADMIN', admin]);
    // The funds locked at the driver's request name the driver, though the payout service posted that too.
    const hold = detail.ledgerEntries.find((e: { entryType: string }) => e.entryType === 'HOLD');
    const [held] = await eventually(
      () => recordsOf(`entityType=journal_entry&entityId=${hold.entryId}`),
      (records: unknown[]) => expect(records).toHaveLength(1),
    );
    expect([held!.actorType, held!.actorId]).toEqual(['USER', driver.id]);
  });

  it('a rejection needs its reason and returns the funds', async () => {
    const r = await withdraw(driver.token, { amount: NG_MINIMUM, currency: 'NGN' });
    expect(r).toMatchObject({ status: 201, body: { status: 'PENDING', mode: 'live' } });
    for (const body of [undefined, {}, { rejectionReason: '' }, { rejectionReason: ' ' }, { reason: 'no' }]) {
      expectProblem(await decide(managePayouts, r.body.id, 'reject', body), 400, 'VALIDATION_FAILED');
    }
    expectProblem(await decide(viewPayouts, r.body.id, 'reject', { rejectionReason: 'bank details under review' }), 403, 'PERMISSION_DENIED');
    const rejected = await decide(managePayouts, r.body.id, 'reject', { rejectionReason: 'bank details under review' });
    expect(rejected).toMatchObject({ status: 200, body: { status: 'REJECTED', rejectionReason: 'bank details under review' } });
    expect(await wallet(driver.token)).toMatchObject({ availableBalance: String(driver.earned - BigInt(NG_MINIMUM)), lockedBalance: '0' });
    // The audit trail keeps why, with who: the rejection's reason on its record.
    const trail = await eventually(
      async () => (await client.call('GET', `/api/admin/audit?entityType=payout&entityId=${r.body.id}`, { token: viewPayouts })).body,
      (b: { records: Array<{ toState: string }> }) => expect(b.records.map((x) => x.toState)).toContain('REJECTED'),
    );
    expect(trail.records.find((x: { toState: string }) => x.toState === 'REJECTED')).toMatchObject({ reason: 'bank details under review', actorType: 'ADMIN' });
  });

  it('a third request within the hour is flagged: approving it needs a note; a failed transfer stays locked until retried or reversed', async () => {
    const r = await withdraw(driver.token, { amount: NG_MINIMUM, currency: 'NGN' });
    // The risk signal is for the approving admin; the earner is not told what raised it.
    expect(r).toMatchObject({ status: 201, body: { status: 'PENDING', reviewFlags: [] } });
    const id = r.body.id;
    expect((await client.call('GET', `/api/admin/payouts/${id}`, { token: managePayouts })).body.reviewFlags).toEqual(['RAPID_WITHDRAWAL_ATTEMPTS']);
    expectProblem(await decide(managePayouts, id, 'approve'), 400, 'NOTE_REQUIRED');
    expectProblem(await decide(managePayouts, id, 'approve', { note: '' }), 400, 'VALIDATION_FAILED');
    const approved = await decide(managePayouts, id, 'approve', { note: 'called the driver; all fine' });
    expect(approved).toMatchObject({ status: 200, body: { status: 'PROCESSING', approvals: { given: 1, by: [{ note: 'called the driver; all fine' }] } } });
    // The earner sees that it was approved, not by whom nor the admin's note.
    const mine = (await client.call('GET', `/api/driver/payouts/${id}`, { token: driver.token })).body;
    expect(mine).toMatchObject({ status: 'PROCESSING', reviewFlags: [], approvals: { given: 1, required: 1, by: [] } });
    const approval = mine.transitions.find((t: { toStatus: string }) => t.toStatus === 'APPROVED');
    expect(approval).toMatchObject({ actorType: 'ADMIN', actorId: '', note: null });
    expect(JSON.stringify(mine)).not.toContain('called the driver');

    expectProblem(await decide(managePayouts, id, 'mark-failed', {}), 400, 'VALIDATION_FAILED');
    expect(await decide(managePayouts, id, 'mark-failed', { failureReason: 'beneficiary bank offline' })).toMatchObject({
      status: 200,
      body: { status: 'FAILED', failureReason: 'beneficiary bank offline' },
    });
    expect(await wallet(driver.token)).toMatchObject({ lockedBalance: String(NG_MINIMUM) });
    expectProblem(await decide(managePayouts, id, 'retry', { note: 'again' }), 400, 'VALIDATION_FAILED');
    expect(await decide(managePayouts, id, 'retry')).toMatchObject({ status: 200, body: { status: 'PROCESSING' } });
    await decide(managePayouts, id, 'mark-failed', { failureReason: 'still offline' });
    expect(await decide(managePayouts, id, 'reverse', {})).toMatchObject({ status: 200, body: { status: 'REVERSED' } });
    expect(await wallet(driver.token)).toMatchObject({ availableBalance: String(driver.earned - BigInt(NG_MINIMUM)), lockedBalance: '0' });
    expectProblem(await decide(managePayouts, id, 'reverse'), 409, 'ILLEGAL_PAYOUT_TRANSITION');
    expect((await client.call('POST', `/api/admin/payouts/${id}/cancel`, { token: managePayouts })).status).toBe(404);
  });

  it('days later the bank sends the paid transfer back: finance records it, and the money is the driver’s again', async () => {
    const detail = (await client.call('GET', `/api/admin/payouts/${payoutId}`, { token: managePayouts })).body;
    expect(detail.nextActions).toEqual(['mark_returned']);
    expectProblem(await decide(managePayouts, payoutId, 'mark-returned', {}), 400, 'VALIDATION_FAILED');
    const returned = await decide(managePayouts, payoutId, 'mark-returned', { returnReason: 'beneficiary account closed' });
    expect(returned).toMatchObject({ status: 200, body: { status: 'RETURNED', reviewFlags: expect.arrayContaining(['PAYOUT_RETURNED']) } });
    expect(await wallet(driver.token)).toMatchObject({ availableBalance: String(driver.earned), lockedBalance: '0' });
    // The driver reads what the bank said, as for a failure.
    expect((await client.call('GET', `/api/driver/payouts/${payoutId}`, { token: driver.token })).body).toMatchObject({
      status: 'RETURNED',
      failureReason: 'beneficiary account closed',
    });
    expectProblem(await decide(managePayouts, payoutId, 'mark-returned', { returnReason: 'again' }), 409, 'ILLEGAL_PAYOUT_TRANSITION');
  });
});

// ---- who may, and what is refused before anything moves ----

describe('withdrawals are for drivers and restaurants, each at its own path', () => {
  it('a rider gets 403 on the driver and restaurant routes; a driver on the restaurant ones; no token 401', async () => {
    const rider = await client.register('RIDER', 'NG');
    const driver = await client.register('DRIVER', 'NG');
    const body = { amount: NG_MINIMUM, currency: 'NGN' };
    expectProblem(await withdraw(rider.token, body), 403, 'ROLE_NOT_ALLOWED');
    expectProblem(await withdraw(rider.token, body, randomUUID(), 'restaurant'), 403, 'ROLE_NOT_ALLOWED');
    expectProblem(await setMethod(rider.token, bankAccount(`0${digits(9)}`)), 403, 'ROLE_NOT_ALLOWED');
    expectProblem(await client.call('GET', '/api/driver/payouts', { token: rider.token }), 403, 'ROLE_NOT_ALLOWED');
    expectProblem(await withdraw(driver.token, body, randomUUID(), 'restaurant'), 403, 'ROLE_NOT_ALLOWED');
    expectProblem(await withdraw(undefined, body), 401, 'UNAUTHENTICATED');
  });

  it('an unverified driver is refused with 422 PAYOUT_BLOCKED and every reason; nothing is locked', async () => {
    const driver = await client.register('DRIVER', 'NG');
    await client.saveProfile(driver.token, 'NG');
    const r = await withdraw(driver.token, { amount: NG_MINIMUM, currency: 'NGN' });
    expectProblem(r, 422, 'PAYOUT_BLOCKED');
    expect(r.body.reasons).toEqual(expect.arrayContaining(['DRIVER_NOT_VERIFIED', 'IDENTITY_NOT_VERIFIED', 'PAYOUT_METHOD_MISSING', 'INSUFFICIENT_FUNDS']));
    // Asked in another currency than the wallet's: refused for that too, and an admin can still open it.
    const usd = await withdraw(driver.token, { amount: NG_MINIMUM, currency: 'USD' });
    expectProblem(usd, 422, 'PAYOUT_BLOCKED');
    expect(usd.body.reasons).toContain('CURRENCY_MISMATCH');
    // A code the platform does not handle at all is a bad request: nothing is kept for it.
    const unknown = await withdraw(driver.token, { amount: NG_MINIMUM, currency: 'XYZ' });
    expectProblem(unknown, 400, 'VALIDATION_FAILED');
    expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'currency' })]);
    expect(await wallet(driver.token)).toMatchObject({ availableBalance: '0', lockedBalance: '0' });
    // The refusal is kept, with its reasons, for the earner and for review.
    const mine = await client.call('GET', '/api/driver/payouts', { token: driver.token });
    expect(mine.body.payouts).toEqual([
      expect.objectContaining({
        status: 'BLOCKED',
        amount: { amount: String(NG_MINIMUM), currency: 'USD' },
        reasons: expect.arrayContaining(['CURRENCY_MISMATCH']),
      }),
      expect.objectContaining({ status: 'BLOCKED', reasons: expect.arrayContaining(['DRIVER_NOT_VERIFIED']) }),
    ]);
    for (const { id } of mine.body.payouts) {
      const seen = await client.call('GET', `/api/admin/payouts/${id}`, { token: viewPayouts });
      expect(seen).toMatchObject({ status: 200, body: { id, status: 'BLOCKED', ledgerEntries: [] } });
    }
    expectProblem(await client.call('GET', '/api/driver/bank-account', { token: driver.token }), 404, 'PAYOUT_METHOD_NOT_FOUND');
  });

  it('a restaurant sets its account at /api/restaurant and is refused without earnings or verification', async () => {
    const restaurant = await client.register('RESTAURANT', 'NG');
    await client.saveProfile(restaurant.token, 'NG');
    const number = `${digits(10)}`;
    const set = await setMethod(restaurant.token, { type: 'MOBILE_MONEY', provider: 'OPay', accountNumber: number, accountName: holderName }, 'restaurant');
    expect(set).toMatchObject({ status: 201, body: { type: 'MOBILE_MONEY', provider: 'OPay', bankName: null, maskedNumber: `****${number.slice(-4)}` } });
    expect(set.text).not.toContain(number);
    expect(await client.call('GET', '/api/restaurant/bank-account', { token: restaurant.token })).toMatchObject({ status: 200, body: { id: set.body.id } });
    expectProblem(
      await setMethod(restaurant.token, { type: 'CARD_FUTURE', accountNumber: '4111 1111 1111 1111', accountName: holderName }, 'restaurant'),
      422,
      'METHOD_NOT_SUPPORTED',
    );

    const r = await withdraw(restaurant.token, { amount: NG_MINIMUM, currency: 'NGN' }, randomUUID(), 'restaurant');
    expectProblem(r, 422, 'PAYOUT_BLOCKED');
    expect(r.body.reasons).toEqual(expect.arrayContaining(['IDENTITY_NOT_VERIFIED', 'INSUFFICIENT_FUNDS']));
    expect(r.body.reasons).not.toContain('DRIVER_NOT_VERIFIED');
    expect((await client.call('GET', '/api/restaurant/payouts', { token: restaurant.token })).body.payouts).toHaveLength(1);
  });

  it("refuses an account or bank code not of the country's shape, in words, and keeps the account already linked", async () => {
    const restaurant = await client.register('RESTAURANT', 'NG');
    await client.saveProfile(restaurant.token, 'NG');
    const linked = await setMethod(restaurant.token, bankAccount(`0${digits(9)}`), 'restaurant');
    expect(linked.status).toBe(201);
    const eleven = await setMethod(restaurant.token, bankAccount(`0${digits(10)}`), 'restaurant');
    expectProblem(eleven, 400, 'INVALID_ACCOUNT_NUMBER');
    expect(eleven.body.detail).toBe('a Nigerian account number (NUBAN) has 10 digits');
    expectProblem(await setMethod(restaurant.token, { ...bankAccount(`0${digits(9)}`), bankCode: 'GTB' }, 'restaurant'), 400, 'INVALID_BANK_CODE');
    expectProblem(
      await setMethod(restaurant.token, { type: 'MOBILE_MONEY', provider: 'PalmPay', accountNumber: '803123456', accountName: holderName }, 'restaurant'),
      400,
      'INVALID_ACCOUNT_NUMBER',
    );
    expect(await client.call('GET', '/api/restaurant/bank-account', { token: restaurant.token })).toMatchObject({ status: 200, body: { id: linked.body.id } });

    // In the US the bank code is the ABA routing number, check digit and all.
    const us = await client.register('DRIVER', 'US');
    const routed = (bankCode: string) => setMethod(us.token, { ...bankAccount(digits(12)), bankName: 'JPMorgan Chase', bankCode });
    const wrong = await routed('021000022');
    expectProblem(wrong, 400, 'INVALID_BANK_CODE');
    expect(wrong.body.detail).toBe('a US bank code is the bank’s 9-digit ABA routing number');
    // A right routing number passes the format and goes on to the next check (no profile yet).
    expectProblem(await routed('021-000-021'), 422, 'PROFILE_MISSING');
  });

  it.each([
    ['a float amount', { amount: 100_000.5, currency: 'NGN' }],
    ['a negative amount', { amount: -100_000, currency: 'NGN' }],
    ['a zero amount', { amount: 0, currency: 'NGN' }],
    ['an amount as a string', { amount: '100000', currency: 'NGN' }],
    ['no amount', { currency: 'NGN' }],
    ['no currency', { amount: 100_000 }],
    ['a lower-case currency', { amount: 100_000, currency: 'ngn' }],
    ['an unknown field', { amount: 100_000, currency: 'NGN', walletId: randomUUID() }],
    ['an owner', { amount: 100_000, currency: 'NGN', ownerId: randomUUID() }],
  ])('refuses a withdrawal with %s with 400', async (_name, body) => {
    const driver = await client.register('DRIVER', 'NG');
    expectProblem(await withdraw(driver.token, body), 400, 'VALIDATION_FAILED');
  });

  it('refuses a withdrawal without an Idempotency-Key, or with a malformed one, with 400', async () => {
    const driver = await client.register('DRIVER', 'NG');
    const body = { amount: NG_MINIMUM, currency: 'NGN' };
    expectProblem(await withdraw(driver.token, body, null), 400, 'VALIDATION_FAILED');
    expectProblem(await withdraw(driver.token, body, 'short'), 400, 'VALIDATION_FAILED');
    expectProblem(await withdraw(driver.token, body, 'has spaces in it'), 400, 'VALIDATION_FAILED');
    expectProblem(await withdraw(driver.token, undefined), 400, 'VALIDATION_FAILED');
  });

  it.each([
    ['letters in the number', { accountNumber: '01234ABC89' }],
    ['too short a number', { accountNumber: '12345' }],
    ['the number as a JSON number', { accountNumber: 1234567890 }],
    ['no account name', { accountName: undefined }],
    ['a blank account name', { accountName: '  ' }],
    ['an unknown type', { type: 'PAYPAL' }],
    ['an unknown field', { iban: 'NG00ZENITH0123456789' }],
    ['an owner', { ownerId: randomUUID() }],
  ])('refuses a bank account with %s with 400', async (_name, change) => {
    const driver = await client.register('DRIVER', 'NG');
    const r = await setMethod(driver.token, { ...bankAccount(`0${digits(9)}`), ...change });
    expectProblem(r, 400, 'VALIDATION_FAILED');
  });
});

describe('the withdrawal rate limit', () => {
  it('counts per signed-in user, more tightly than the global limit (RATE_LIMIT_PER_MINUTE / 60)', async () => {
    // 120 a minute per IP across the API: 2 withdrawal requests a minute per user.
    const tight = await stack.startGateway({ RATE_LIMIT_PER_MINUTE: '120' });
    const tightClient = api(tight.url);
    const [a, b] = [await client.register('DRIVER', 'NG'), await client.register('DRIVER', 'NG')];
    const body = { amount: NG_MINIMUM, currency: 'NGN' };
    expectProblem(await withdraw(a.token, body, randomUUID(), 'driver', tightClient), 422, 'PAYOUT_BLOCKED');
    expectProblem(await withdraw(a.token, body, randomUUID(), 'driver', tightClient), 422, 'PAYOUT_BLOCKED');
    expectProblem(await withdraw(a.token, body, randomUUID(), 'driver', tightClient), 429, 'RATE_LIMITED');
    // Another user from the same address still has theirs; other routes are not limited by it.
    expectProblem(await withdraw(b.token, body, randomUUID(), 'driver', tightClient), 422, 'PAYOUT_BLOCKED');
    expect((await tightClient.call('GET', '/api/driver/payouts', { token: a.token })).status).toBe(200);
  });
});

it('documents the payout endpoints at /docs, with no account number in any response', async () => {
  const paths = (await inlinedApiDocument(client)).paths;
  expect(Object.keys(paths)).toEqual(
    expect.arrayContaining([
      '/api/driver/bank-account',
      '/api/restaurant/bank-account',
      '/api/driver/withdraw',
      '/api/restaurant/withdraw',
      '/api/driver/payouts',
      '/api/driver/payouts/{payoutId}',
      '/api/admin/payouts',
      '/api/admin/payouts/{payoutId}',
      ...['approve', 'reject', 'mark-paid', 'mark-failed', 'retry', 'reverse', 'mark-returned'].map((a) => `/api/admin/payouts/{payoutId}/${a}`),
    ]),
  );
  const setBank = paths['/api/driver/bank-account'].post;
  expect(setBank.requestBody.content['application/json'].schema.properties).toHaveProperty('accountNumber');
  expect(setBank.responses['201'].content['application/json'].schema.properties).not.toHaveProperty('accountNumber');
  expect(JSON.stringify(paths['/api/admin/payouts'].get.responses['200'])).not.toContain('accountNumber');
  expect((await client.call('GET', '/readyz')).body).toEqual({ status: 'ok', open: [] });
});

describe('provider webhooks', () => {
  const post = (provider: string, body: string, headers: Record<string, string>) =>
    fetch(`${stack.url}/api/webhooks/payouts/${provider}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body }).then(
      async (r) => ({ status: r.status, body: (await r.json()) as { code?: string } }),
    );
  const sign = (ts: string, body: string) => createHmac('sha256', stack.webhookSecret).update(`${ts}.${body}`).digest('hex');

  it('forward the raw body for the payout service to check; refuse bad signatures, unknown providers and malformed headers', async () => {
    const ts = String(Math.floor(Date.now() / 1000));
    const body = JSON.stringify({ eventId: `evt-${randomUUID()}`, reference: randomUUID(), status: 'PAID' });
    expect(await post('simulated', body, { 'x-ziba-timestamp': ts, 'x-ziba-signature': 'ab'.repeat(32) })).toMatchObject({
      status: 401,
      body: { code: 'BAD_WEBHOOK_SIGNATURE' },
    });
    // Correctly signed over the exact bytes: the signature passes, and a payout the provider never had is 404.
    expect(await post('simulated', body, { 'x-ziba-timestamp': ts, 'x-ziba-signature': sign(ts, body) })).toMatchObject({
      status: 404,
      body: { code: 'PAYOUT_NOT_FOUND' },
    });
    expect(
      await post('simulated', body, { 'x-ziba-timestamp': String(Number(ts) - 3600), 'x-ziba-signature': sign(String(Number(ts) - 3600), body) }),
    ).toMatchObject({ status: 401, body: { code: 'STALE_WEBHOOK' } });
    expect(await post('acme', body, { 'x-ziba-timestamp': ts, 'x-ziba-signature': sign(ts, body) })).toMatchObject({
      status: 404,
      body: { code: 'UNKNOWN_PROVIDER' },
    });
    // Unsigned, or headers that are no signature at all: refused as unauthenticated, the unknown provider first.
    for (const headers of [
      {} as Record<string, string>,
      { 'x-ziba-timestamp': 'yesterday', 'x-ziba-signature': sign(ts, body) },
      { 'x-ziba-timestamp': ts, 'x-ziba-signature': 'no' },
    ])
      expect(await post('simulated', body, headers)).toMatchObject({ status: 401, body: { code: 'BAD_WEBHOOK_SIGNATURE' } });
    expect(await post('acme', body, {})).toMatchObject({ status: 404, body: { code: 'UNKNOWN_PROVIDER' } });
    expect(await post('Acme%20Pay', body, {})).toMatchObject({ status: 404, body: { code: 'UNKNOWN_PROVIDER' } });
  });
});

describe('test money', () => {
  it('a test-mode earner is never paid real money: without a simulated provider the request is blocked with TEST_MODE_REAL_PAYOUT', async () => {
    const tester = await client.register('DRIVER', 'NG', true);
    await client.saveProfile(tester.token, 'NG');
    const r = await client.call('POST', '/api/driver/withdraw', {
      token: tester.token,
      body: { amount: NG_MINIMUM, currency: 'NGN' },
      headers: { 'idempotency-key': randomUUID() },
    });
    expect(r.status).toBe(422);
    expect(r.body.reasons).toContain('TEST_MODE_REAL_PAYOUT');
    // The admin list is live unless test payouts are asked for.
    const listed = async (mode: string) => {
      const ids: string[] = [];
      for (let cursor = ''; ;) {
        const page = await client.call('GET', `/api/admin/payouts?status=BLOCKED&limit=100${mode}${cursor ? `&cursor=${cursor}` : ''}`, { token: viewPayouts });
        expect(page.status).toBe(200);
        ids.push(...page.body.payouts.filter((p: { ownerId: string }) => p.ownerId === tester.id).map((p: { id: string }) => p.id));
        if (!page.body.page.nextCursor) return ids;
        cursor = page.body.page.nextCursor;
      }
    };
    expect(await listed('')).toEqual([]);
    expect(await listed('&mode=live')).toEqual([]);
    expect(await listed('&mode=test')).toHaveLength(1);
    // The payout says its mode wherever it is read: the admin's detail and the earner's own list.
    const [id] = await listed('&mode=test');
    expect((await client.call('GET', `/api/admin/payouts/${id}`, { token: viewPayouts })).body).toMatchObject({ id, mode: 'test', status: 'BLOCKED' });
    expect((await client.call('GET', '/api/driver/payouts', { token: tester.token })).body.payouts).toEqual([expect.objectContaining({ id, mode: 'test' })]);
  });
});

describe('the weekly auto-payout run over REST', () => {
  it('admins with MANAGE_PAYOUTS start it; a repeat is replayed; others are refused; bad input is 400', async () => {
    const manage = await adminToken(stack, ['MANAGE_PAYOUTS']);
    const view = await adminToken(stack, ['VIEW_PAYOUTS']);
    const body = { weekOf: endedWeek(1), countryCode: 'GH' };
    const post = (token: string, b: unknown) => client.call('POST', '/api/admin/payouts/auto-weekly-run', { token, body: b });
    expect((await post(view, body)).status).toBe(403);
    const first = await post(manage, body);
    expect(first).toMatchObject({ status: 200, body: { countryCode: 'GH', replayed: false, payouts: [] } });
    expect(await post(manage, body)).toMatchObject({ status: 200, body: { id: first.body.id, replayed: true } });
    for (const bad of [{ weekOf: '2026-13-01', countryCode: 'GH' }, { weekOf: body.weekOf }, { ...body, extra: 1 }])
      expect((await post(manage, bad)).status).toBe(400);
  });
});

describe('payout methods in review', () => {
  it('a method whose name does not match waits for an admin, who verifies it with a note', async () => {
    const driver = await verifiedDriver();
    const set = await setMethod(driver.token, { ...bankAccount(digits(10)), accountName: 'Someone Else' });
    expect(set).toMatchObject({ status: 201, body: { status: 'PENDING_REVIEW' } });
    const listed = await client.call('GET', '/api/admin/payout-methods?status=PENDING_REVIEW', { token: viewPayouts });
    // The reviewer sees whose account it is and the legal name to check the account's name against.
    expect(listed.body.methods.find((m: { id: string }) => m.id === set.body.id)).toMatchObject({
      ownerId: driver.id,
      ownerEmail: driver.email,
      accountName: 'Someone Else',
      ownerLegalName: 'Adaeze Okafor',
    });
    const path = `/api/admin/payout-methods/${set.body.id}/verify`;
    expectProblem(await client.call('POST', path, { token: viewPayouts, body: { note: 'checked' } }), 403, 'PERMISSION_DENIED');
    expectProblem(await client.call('POST', path, { token: managePayouts, body: { note: ' ' } }), 400, 'VALIDATION_FAILED');
    expect(
      await client.call('POST', path, { token: managePayouts, body: { note: 'account statement shows the legal name as a second holder' } }),
    ).toMatchObject({ status: 200, body: { status: 'VERIFIED' } });
    expectProblem(
      await client.call('POST', `/api/admin/payout-methods/${set.body.id}/reject`, { token: managePayouts, body: { note: 'no' } }),
      409,
      'METHOD_NOT_IN_REVIEW',
    );
    // The trail says what the review changed and what the admin checked; the account's own link, where it started.
    const trail = await eventually(
      async () => (await client.call('GET', `/api/admin/audit?entityType=payout_method&entityId=${set.body.id}`, { token: viewPayouts })).body.records,
      (records: Array<Record<string, unknown>>) => expect(records).toHaveLength(2),
    );
    expect(trail.map((r) => [r.actorType, r.fromState, r.toState, r.reason])).toEqual([
      ['ADMIN', 'PENDING_REVIEW', 'VERIFIED', 'account statement shows the legal name as a second holder'],
      ['USER', null, 'PENDING_REVIEW', null],
    ]);
  });
});

describe('the order of the admin payout list', () => {
  it('is newest first, or oldest first to work a queue from who has waited longest; pages go on in the order asked', async () => {
    const everyPayout = async (order: string) => {
      const rows: Array<{ id: string; createdAt: string }> = [];
      for (let cursor = ''; ;) {
        const page = await client.call('GET', `/api/admin/payouts?limit=7${order}${cursor ? `&cursor=${cursor}` : ''}`, { token: viewPayouts });
        expect(page.status).toBe(200);
        rows.push(...page.body.payouts);
        if (!page.body.page.nextCursor) return rows;
        cursor = page.body.page.nextCursor;
      }
    };
    const newest = await everyPayout('');
    const oldest = await everyPayout('&order=oldest');
    expect(newest.length).toBeGreaterThan(7);
    expect(oldest.map((p) => p.id)).toEqual(newest.map((p) => p.id).reverse());
    expect(oldest.map((p) => p.createdAt)).toEqual(oldest.map((p) => p.createdAt).sort());
    expect((await everyPayout('&order=newest')).map((p) => p.id)).toEqual(newest.map((p) => p.id));
    expectProblem(await client.call('GET', '/api/admin/payouts?order=random', { token: viewPayouts }), 400, 'VALIDATION_FAILED');
  });
});
