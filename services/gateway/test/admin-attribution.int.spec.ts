import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { digits, expectProblem, holderName, people } from './people.ts';
import { api, startStack, type Stack } from './stack.ts';

// Through REST, as an outside reviewer reads it: every ledger line an admin caused names that admin
// (SPEC section 4), and one outside receipt of owed commission is recorded once.

let stack: Stack;
let client: ReturnType<typeof api>;
/** An admin who settles and decides payouts, and one who reads wallets. */
let financeAdmin: { token: string; id: string };
let walletsAdmin: string;
const { adminToken, verifiedDriver, fundedRider, wallet } = people(() => client);

beforeAll(async () => {
  stack = await startStack('gwattrib');
  client = api(stack.url);
  const token = await adminToken(stack, ['MANAGE_PAYOUTS', 'VIEW_PAYOUTS']);
  financeAdmin = { token, id: (await client.call('GET', '/api/me', { token })).body.id };
  walletsAdmin = await adminToken(stack, ['VIEW_WALLETS']);
});
afterAll(async () => stack?.stop());

type Line = { entryId: string; entryType: string; serviceType: string; referenceType: string; referenceId: string; amount: string; createdByAdminId: string };

/** The driver's wallet lines as GET /api/admin/wallets/{id}/transactions shows them. */
async function ledgerLines(driverToken: string): Promise<Line[]> {
  const { id } = await wallet(driverToken);
  const r = await client.call('GET', `/api/admin/wallets/${id}/transactions?limit=50`, { token: walletsAdmin });
  expect(r.status).toBe(200);
  return r.body.transactions;
}

/** A ride driven to COMPLETED and settled by the finance admin through REST. */
async function settledRide(driverToken: string, riderToken: string, paymentMethod: 'CASH' | 'ONLINE') {
  expect((await client.call('POST', '/api/driver/online', { token: driverToken })).status).toBe(200);
  const requested = await client.call('POST', '/api/trips', { token: riderToken, body: { serviceType: 'RIDE', paymentMethod, distanceMeters: 20_000 } });
  expect(requested.status).toBe(201);
  for (const action of ['accept', 'arrive', 'start', 'complete'])
    expect((await client.call('POST', `/api/trips/${requested.body.id}/${action}`, { token: driverToken })).status).toBe(200);
  const settled = await client.call('POST', `/api/trips/${requested.body.id}/settle`, { token: financeAdmin.token });
  expect(settled.status).toBe(200);
  return { tripId: requested.body.id as string, settlement: settled.body };
}

describe('GET /api/admin/wallets/{id}/transactions names the admin who caused a line', () => {
  it('the settlement of a ride and the capture of a payout marked paid name the finance admin; the withdrawal’s hold names nobody', async () => {
    const driver = await verifiedDriver();
    const rider = await fundedRider(1_000_000);
    const { tripId, settlement } = await settledRide(driver.token, rider.token, 'ONLINE');
    expect((await ledgerLines(driver.token)).find((l) => l.referenceId === tripId)).toMatchObject({
      entryId: settlement.entryId,
      serviceType: 'ride',
      createdByAdminId: financeAdmin.id,
    });

    const number = `0${digits(9)}`;
    const method = await client.call('POST', '/api/driver/bank-account', {
      token: driver.token,
      body: { type: 'BANK', bankName: 'Zenith Bank', bankCode: '057', accountNumber: number, accountName: holderName },
    });
    expect(method.status).toBe(201);
    const payout = await client.call('POST', '/api/driver/withdraw', {
      token: driver.token,
      body: { amount: 100_000, currency: 'NGN' },
      headers: { 'idempotency-key': randomUUID() },
    });
    expect(payout).toMatchObject({ status: 201, body: { status: 'PENDING' } });
    const decide = (action: string, body?: unknown) =>
      client.call('POST', `/api/admin/payouts/${payout.body.id}/${action}`, { token: financeAdmin.token, body });
    expect(await decide('approve')).toMatchObject({ status: 200, body: { status: 'PROCESSING' } });
    expect(await decide('mark-paid', { externalReference: `NIP-${payout.body.id}` })).toMatchObject({ status: 200, body: { status: 'PAID' } });

    const forPayout = (await ledgerLines(driver.token)).filter((l) => l.referenceType === 'payout' && l.referenceId === payout.body.id);
    expect(Object.fromEntries(forPayout.map((l) => [l.entryType, l.createdByAdminId]))).toEqual({ HOLD: '', CAPTURE: financeAdmin.id });

    // The driver's own statement has the same lines and names no admin.
    const own = await client.call('GET', '/api/wallet/transactions?limit=50', { token: driver.token });
    expect(own.body.transactions.map((l: Line) => l.entryId).sort()).toEqual((await ledgerLines(driver.token)).map((l) => l.entryId).sort());
    expect(own.text).not.toContain(financeAdmin.id);
  });
});

describe('POST /api/admin/settlements/negative-balance', () => {
  it('records one outside receipt once: under a new Idempotency-Key the same request gets the first settlement, another amount 409', async () => {
    const driver = await verifiedDriver();
    const rider = await fundedRider(1_000_000);
    const owed = BigInt((await settledRide(driver.token, rider.token, 'CASH')).settlement.platformAmount.amount);
    const receipt = `HUB-LAG-${randomUUID()}`;
    const body = { ownerId: driver.id, amount: 1_000, currency: 'NGN', reason: 'paid at the Lagos hub', externalReference: receipt };
    const post = (b: unknown) =>
      client.call('POST', '/api/admin/settlements/negative-balance', { token: financeAdmin.token, body: b, headers: { 'idempotency-key': randomUUID() } });

    const first = await post(body);
    expect(first).toMatchObject({ status: 200, body: { replayed: false, owedAfter: { amount: String(owed - 1_000n), currency: 'NGN' } } });
    const again = await post(body);
    expect(again).toMatchObject({ status: 200, body: { ...first.body, replayed: true } });
    expectProblem(await post({ ...body, amount: 2_000 }), 409, 'EXTERNAL_REFERENCE_USED');

    expect(await wallet(driver.token)).toMatchObject({ negativeBalance: String(owed - 1_000n) });
    expect((await ledgerLines(driver.token)).filter((l) => l.serviceType === 'commission_settlement')).toEqual([
      expect.objectContaining({ entryId: first.body.entryId, amount: '1000', referenceId: receipt.toUpperCase(), createdByAdminId: financeAdmin.id }),
    ]);
  });
});
