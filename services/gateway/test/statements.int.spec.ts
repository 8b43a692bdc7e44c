import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { digits, holderName, people } from './people.ts';
import { api, startStack, type Stack } from './stack.ts';

// Wallet statements (SPEC section 8: money leaving the owner, from available or locked, is a DEBIT,
// money arriving a CREDIT, HOLD and RELEASE as such) and the withdrawable balance (SPEC section 6).

let stack: Stack;
let client: ReturnType<typeof api>;
let payoutsAdmin: string;
let walletsAdmin: string;
const { adminToken, onlineDriver, fundedRider, wallet } = people(() => client);

beforeAll(async () => {
  stack = await startStack('gwstmt');
  client = api(stack.url);
  [payoutsAdmin, walletsAdmin] = await Promise.all([adminToken(stack, ['MANAGE_PAYOUTS', 'VIEW_PAYOUTS']), adminToken(stack, ['VIEW_WALLETS'])]);
});
afterAll(async () => stack?.stop());

interface Line {
  type: string;
  direction: string;
  amount: string;
  entryType: string;
  serviceType: string;
}
/** A statement, newest line first, reduced to what the rule decides. */
async function statement(token: string): Promise<Array<Pick<Line, 'type' | 'direction' | 'amount' | 'entryType' | 'serviceType'>>> {
  const r = await client.call('GET', '/api/wallet/transactions?limit=50', { token });
  expect(r.status).toBe(200);
  return r.body.transactions.map(({ type, direction, amount, entryType, serviceType }: Line) => ({ type, direction, amount, entryType, serviceType }));
}
const line = (type: string, amount: bigint | number, entryType: string, serviceType: string) => ({
  type,
  direction: type === 'DEBIT' || type === 'HOLD' ? 'debit' : 'credit',
  amount: String(amount),
  entryType,
  serviceType,
});

async function mustBe(status: number, call: Promise<{ status: number; text: string; body: any }>) {
  const r = await call;
  if (r.status !== status) throw new Error(`expected ${status}, got ${r.status}: ${r.text}`);
  return r.body;
}
const act = (token: string, tripId: string, action: string) => mustBe(200, client.call('POST', `/api/trips/${tripId}/${action}`, { token }));
const requestRide = (token: string, paymentMethod: 'CASH' | 'ONLINE', distanceMeters = 5_000) =>
  mustBe(201, client.call('POST', '/api/trips', { token, body: { serviceType: 'RIDE', paymentMethod, distanceMeters } }));

/** A ride driven to completion and settled by an admin; returns the settlement. */
async function settledRide(driverToken: string, riderToken: string, paymentMethod: 'CASH' | 'ONLINE', distanceMeters = 5_000) {
  const trip = await requestRide(riderToken, paymentMethod, distanceMeters);
  for (const action of ['accept', 'arrive', 'start', 'complete']) await act(driverToken, trip.id, action);
  return mustBe(200, client.call('POST', `/api/trips/${trip.id}/settle`, { token: payoutsAdmin }));
}

describe("a rider's and a driver's statements", () => {
  it("read add funds as CREDIT, the fare held and released as HOLD and RELEASE, the settled fare as the rider's DEBIT and the driver's CREDIT", async () => {
    const rider = await fundedRider(1_000_000);
    const driver = await onlineDriver();

    // Started, then cancelled by the driver: the fare is held, then released.
    const cancelled = await requestRide(rider.token, 'ONLINE');
    for (const action of ['accept', 'arrive', 'start', 'cancel']) await act(driver.token, cancelled.id, action);
    // Driven and settled: the held fare leaves the rider, the driver earns.
    const settled = await settledRide(driver.token, rider.token, 'ONLINE');
    const fare = BigInt(settled.fare.amount);
    const earned = BigInt(settled.driverAmount.amount);
    const cancelledFare = BigInt(cancelled.fare.amount);

    const riderLines = await statement(rider.token);
    expect(riderLines).toEqual([
      line('DEBIT', fare, 'TRANSFER', 'ride'),
      line('HOLD', fare, 'HOLD', 'ride'),
      line('RELEASE', cancelledFare, 'RELEASE', 'ride'),
      line('HOLD', cancelledFare, 'HOLD', 'ride'),
      line('CREDIT', 1_000_000, 'ADD_FUNDS', 'funding'),
    ]);
    expect(await statement(driver.token)).toEqual([line('CREDIT', earned, 'TRANSFER', 'ride')]);

    // The admin ledger view reads the same way.
    const riderWallet = await wallet(rider.token);
    const ledger = await mustBe(200, client.call('GET', `/api/admin/wallets/${riderWallet.id}/transactions?limit=50`, { token: walletsAdmin }));
    expect(
      ledger.transactions.map(({ type, direction, amount, entryType, serviceType }: Line) => ({ type, direction, amount, entryType, serviceType })),
    ).toEqual(riderLines);
  });

  it('read a withdrawal locked as HOLD, rejected as RELEASE, and paid out of locked funds as DEBIT', async () => {
    const rider = await fundedRider(2_000_000);
    const driver = await onlineDriver();
    const earned = BigInt((await settledRide(driver.token, rider.token, 'ONLINE', 20_000)).driverAmount.amount);
    const amount = 100_000n; // the NG minimum
    expect(earned).toBeGreaterThanOrEqual(2n * amount);
    const number = `0${digits(9)}`;
    await mustBe(
      201,
      client.call('POST', '/api/driver/bank-account', {
        token: driver.token,
        body: { type: 'BANK', bankName: 'Zenith Bank', bankCode: '057', accountNumber: number, accountName: holderName },
      }),
    );
    const withdraw = () =>
      mustBe(
        201,
        client.call('POST', '/api/driver/withdraw', {
          token: driver.token,
          body: { amount: Number(amount), currency: 'NGN' },
          headers: { 'idempotency-key': randomUUID() },
        }),
      );
    const decide = (id: string, action: string, body: unknown = {}) =>
      mustBe(200, client.call('POST', `/api/admin/payouts/${id}/${action}`, { token: payoutsAdmin, body }));

    const rejected = await withdraw();
    await decide(rejected.id, 'reject', { rejectionReason: 'bank details under review' });
    const paid = await withdraw();
    await decide(paid.id, 'approve');
    await decide(paid.id, 'mark-paid', { externalReference: 'NIP-0001' });

    expect(await statement(driver.token)).toEqual([
      line('DEBIT', amount, 'CAPTURE', 'payout'),
      line('HOLD', amount, 'HOLD', 'payout'),
      line('RELEASE', amount, 'RELEASE', 'payout'),
      line('HOLD', amount, 'HOLD', 'payout'),
      line('CREDIT', earned, 'TRANSFER', 'ride'),
    ]);
    expect(await wallet(driver.token)).toMatchObject({ availableBalance: String(earned - amount), lockedBalance: '0' });
  });
});

describe('the withdrawable balance', () => {
  it('is available minus the commission a driver owes, never below zero, in the wallet and the admin views', async () => {
    const rider = await fundedRider(2_000_000);
    const driver = await onlineDriver();

    // Owed commission from a cash ride and nothing available: nothing may be withdrawn.
    const owed = BigInt((await settledRide(driver.token, rider.token, 'CASH')).platformAmount.amount);
    expect(await wallet(driver.token)).toMatchObject({ availableBalance: '0', negativeBalance: String(owed), withdrawableBalance: '0' });

    // Earnings from an online ride: what is left after the owed commission.
    const earned = BigInt((await settledRide(driver.token, rider.token, 'ONLINE', 20_000)).driverAmount.amount);
    expect(earned).toBeGreaterThan(owed);
    const mine = await wallet(driver.token);
    // An earner's wallet is not topped up: no room is offered.
    expect(mine).toMatchObject({ availableBalance: String(earned), negativeBalance: String(owed), withdrawableBalance: String(earned - owed), topUpRoom: '0' });

    const byId = await mustBe(200, client.call('GET', `/api/admin/wallets/${mine.id}`, { token: walletsAdmin }));
    expect(byId).toMatchObject({ id: mine.id, withdrawableBalance: String(earned - owed) });
    const listed = await mustBe(200, client.call('GET', '/api/admin/wallets?ownerType=DRIVER&limit=100', { token: walletsAdmin }));
    expect(listed.wallets.find((w: { id: string }) => w.id === mine.id)).toMatchObject({ withdrawableBalance: String(earned - owed) });
  });

  it('is nothing for a rider, who never withdraws, however much is available', async () => {
    const rider = await fundedRider(150_000);
    expect(await wallet(rider.token)).toMatchObject({ availableBalance: '150000', negativeBalance: '0', withdrawableBalance: '0' });
    const added = await mustBe(
      200,
      client.call('POST', '/api/wallet/add-funds', { token: rider.token, body: { amount: 50_000 }, headers: { 'idempotency-key': randomUUID() } }),
    );
    expect(added.wallet).toMatchObject({ availableBalance: '200000', withdrawableBalance: '0' });
  });
});
