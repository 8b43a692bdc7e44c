import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTripHarness, type TripHarness } from './harness.ts';
import { endedWeek, sql } from '@ziba/testing';

let h: TripHarness;
beforeAll(async () => {
  h = await startTripHarness();
});
afterAll(async () => {
  await h?.stop();
});

const today = new Date().toISOString().slice(0, 10);

describe('seed 003 scenario 1: a Bangladesh cash ride and weekly netting', () => {
  it('the commission grows the negative balance; netting takes it from later online earnings, partly when short, once per week', async () => {
    const driver = await h.user('DRIVER', { country: 'BD', verified: true, online: true });
    const cashRider = await h.user('RIDER', { country: 'BD' });
    const onlineRider = await h.user('RIDER', { country: 'BD', funds: 10_000_000n });

    // 100 km cash ride: 4,000 + 2,500 x 100 = 254,000 poisha; 20% commission = 50,800 owed.
    const cash = await h.settledRide(cashRider, driver, 'CASH', 100_000);
    expect(cash).toMatchObject({ platformAmount: { amount: '50800', currency: 'BDT' }, driverAmount: { amount: '203200' } });
    expect(await h.balance(driver.walletId)).toMatchObject({ availableBalance: '0', negativeBalance: '50800' });

    // A short online ride: 4,000 + 2,500 x 2 = 9,000; the driver earns 7,200, less than is owed.
    await h.settledRide(onlineRider, driver, 'ONLINE', 2_000);
    expect(await h.balance(driver.walletId)).toMatchObject({ availableBalance: '7200', negativeBalance: '50800' });

    const first = await h.tc.call('RunWeeklyNetting', { weekOf: endedWeek(2), countryCode: 'BD' }, { actor: h.admin });
    expect(first.runs).toHaveLength(1);
    expect(first.runs[0]).toMatchObject({ countryCode: 'BD', status: 'COMPLETED', replayed: false });
    expect(first.runs[0]!.items).toEqual([
      expect.objectContaining({
        ownerId: driver.id,
        owedBefore: { amount: '50800', currency: 'BDT' },
        netted: { amount: '7200', currency: 'BDT' },
        owedAfter: { amount: '43600', currency: 'BDT' },
      }),
    ]);
    expect(await h.balance(driver.walletId)).toMatchObject({ availableBalance: '0', negativeBalance: '43600' });

    // The same week again: reported, nothing moves.
    await h.settledRide(onlineRider, driver, 'ONLINE', 2_000);
    const again = await h.tc.call('RunWeeklyNetting', { weekOf: endedWeek(2), countryCode: 'BD' }, { actor: h.admin });
    expect(again.runs[0]).toMatchObject({ id: first.runs[0]!.id, replayed: true });
    expect(await h.balance(driver.walletId)).toMatchObject({ availableBalance: '7200', negativeBalance: '43600' });

    // Next week, a long online ride earns more than is owed: the debt is cleared in full.
    await h.settledRide(onlineRider, driver, 'ONLINE', 100_000);
    const later = await h.tc.call('RunWeeklyNetting', { weekOf: endedWeek(1), countryCode: 'BD' }, { actor: h.admin });
    expect(later.runs[0]!.items[0]).toMatchObject({ netted: { amount: '43600' }, owedAfter: { amount: '0' } });
    expect(await h.balance(driver.walletId)).toMatchObject({ availableBalance: (7200n + 203_200n - 43_600n).toString(), negativeBalance: '0' });
  });

  it('only staff start a run, and the week must be a date', async () => {
    const driver = await h.user('DRIVER', { country: 'BD' });
    await expect(h.tc.call('RunWeeklyNetting', { weekOf: today, countryCode: 'BD' }, { actor: driver.actor })).rejects.toMatchObject({
      code: 'ACTION_NOT_ALLOWED',
    });
    await expect(h.tc.call('RunWeeklyNetting', { weekOf: '2026-02-30', countryCode: 'BD' }, { actor: h.admin })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
    // A country the platform prices no trips in is refused, and no run is recorded for it.
    await expect(h.tc.call('RunWeeklyNetting', { weekOf: endedWeek(3), countryCode: 'ZZ' }, { actor: h.admin })).rejects.toMatchObject({
      code: 'UNSUPPORTED_COUNTRY',
    });
    const [runs] = await sql<{ n: string }>(h.tripDbUrl, `select count(*)::text n from netting_run where country_code = 'ZZ'`);
    expect(runs?.n).toBe('0');
  });
});

describe('owed commission paid outside the app', () => {
  it('an admin records it with reason and reference; once per receipt, never more than is owed', async () => {
    const driver = await h.user('DRIVER', { country: 'BD', verified: true, online: true });
    await h.settledRide(await h.user('RIDER', { country: 'BD' }), driver, 'CASH', 100_000); // owes 50,800
    const paid = {
      idempotencyKey: 'office-receipt-1',
      ownerId: driver.id,
      amount: { amount: '30000', currency: 'BDT' },
      reason: 'paid at the Dhaka office',
      externalReference: 'RCPT-2026-0042',
    };
    const first = await h.tc.call('SettleNegativeBalance', paid, { actor: h.admin });
    expect(first).toMatchObject({ owedAfter: { amount: '20800', currency: 'BDT' }, replayed: false });
    expect(await h.tc.call('SettleNegativeBalance', paid, { actor: h.admin })).toMatchObject({ entryId: first.entryId, replayed: true });
    expect(await h.balance(driver.walletId)).toMatchObject({ negativeBalance: '20800', availableBalance: '0' });
    // The same receipt for another amount is not recorded twice (negative-balance.int.spec.ts has the rest).
    await expect(
      h.tc.call('SettleNegativeBalance', { ...paid, idempotencyKey: 'office-receipt-2', amount: { amount: '20800', currency: 'BDT' } }, { actor: h.admin }),
    ).rejects.toMatchObject({ code: 'EXTERNAL_REFERENCE_USED' });
    await expect(
      h.tc.call(
        'SettleNegativeBalance',
        { ...paid, idempotencyKey: 'office-receipt-2', externalReference: 'RCPT-2026-0043', amount: { amount: '20801', currency: 'BDT' } },
        { actor: h.admin },
      ),
    ).rejects.toMatchObject({ code: 'OWED_EXCEEDED' });
    await expect(h.tc.call('SettleNegativeBalance', { ...paid, idempotencyKey: 'office-receipt-3', reason: '' }, { actor: h.admin })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
    await expect(
      h.tc.call('SettleNegativeBalance', { ...paid, idempotencyKey: 'office-receipt-4', amount: { amount: '100', currency: 'USD' } }, { actor: h.admin }),
    ).rejects.toMatchObject({ code: 'CURRENCY_MISMATCH' });
    await expect(h.tc.call('SettleNegativeBalance', { ...paid, idempotencyKey: 'office-receipt-5' }, { actor: driver.actor })).rejects.toMatchObject({
      code: 'ADMIN_ONLY',
    });
    expect(await h.balance(driver.walletId)).toMatchObject({ negativeBalance: '20800' });
  });
});

describe('commission analytics', () => {
  it('totals platform commission by day, service and country from settled trips', async () => {
    const driver = await h.user('DRIVER', { country: 'US', verified: true, online: true });
    const rider = await h.user('RIDER', { country: 'US', funds: 1_000_000n });
    const a = await h.settledRide(rider, driver, 'ONLINE', 10_000);
    const b = await h.settledRide(rider, driver, 'ONLINE', 3_000);
    const { rows } = await h.tc.call('GetEarnings', { from: today, to: today, groupBy: 'day', serviceType: 'RIDE', countryCode: 'US' });
    expect(rows).toEqual([
      expect.objectContaining({
        periodStart: today,
        serviceType: 'RIDE',
        countryCode: 'US',
        trips: 2,
        commission: { amount: (BigInt(a.platformAmount!.amount) + BigInt(b.platformAmount!.amount)).toString(), currency: 'USD' },
        gross: { amount: (BigInt(a.fare!.amount) + BigInt(b.fare!.amount)).toString(), currency: 'USD' },
      }),
    ]);
    const monthly = await h.tc.call('GetEarnings', { from: today, to: today, groupBy: 'month', serviceType: '', countryCode: '' });
    expect(monthly.rows.map((r) => r.countryCode).sort()).toEqual(['BD', 'US']);
    await expect(h.tc.call('GetEarnings', { from: today, to: today, groupBy: 'year', serviceType: '', countryCode: '' })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
  });
});
