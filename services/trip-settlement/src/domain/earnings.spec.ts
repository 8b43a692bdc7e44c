import { describe, expect, it } from '@jest/globals';
import { earningsLines, type CommissionTotal, type RefundTotal } from './earnings.ts';

const commission = (over: Partial<CommissionTotal>): CommissionTotal => ({
  periodStart: '2026-11-30',
  serviceType: 'RIDE',
  countryCode: 'NG',
  currency: 'NGN',
  commission: 10_000n,
  gross: 50_000n,
  trips: 2,
  ...over,
});
const refund = (over: Partial<RefundTotal>): RefundTotal => ({
  periodStart: '2026-11-30',
  referenceType: 'ride',
  countryCode: 'NG',
  currency: 'NGN',
  amount: 3_000n,
  ...over,
});

describe('the earnings report’s lines', () => {
  it('sets a period’s refunds against the commission of the same service and country: what the platform kept', () => {
    expect(earningsLines([commission({})], [refund({})])).toEqual([{ ...commission({}), refunds: 3_000n, netCommission: 7_000n }]);
  });

  it('names each kind of trip’s refunds by its service (a parcel is a delivery in the ledger), apart from the others', () => {
    const lines = earningsLines(
      [commission({}), commission({ serviceType: 'PARCEL', commission: 500n })],
      [refund({ referenceType: 'delivery', amount: 200n }), refund({ referenceType: 'food_order', amount: 900n })],
    );
    expect(lines.map((l) => [l.serviceType, l.commission, l.refunds, l.netCommission])).toEqual([
      ['FOOD', 0n, 900n, -900n],
      ['PARCEL', 500n, 200n, 300n],
      ['RIDE', 10_000n, 0n, 10_000n],
    ]);
  });

  it('gives a period with refunds and no settled trip a line of its own, in period order; a refund of no trip kind is left out', () => {
    const lines = earningsLines([commission({ periodStart: '2026-11-02' })], [refund({ periodStart: '2026-11-01' }), refund({ referenceType: 'payout' })]);
    expect(lines.map((l) => [l.periodStart, l.trips, l.commission, l.refunds, l.netCommission])).toEqual([
      ['2026-11-01', 0, 0n, 3_000n, -3_000n],
      ['2026-11-02', 2, 10_000n, 0n, 10_000n],
    ]);
  });

  it('keeps currencies and countries apart', () => {
    const lines = earningsLines([commission({})], [refund({ countryCode: 'US', currency: 'USD', amount: 150n })]);
    expect(lines.map((l) => [l.countryCode, l.currency, l.refunds])).toEqual([
      ['NG', 'NGN', 0n],
      ['US', 'USD', 150n],
    ]);
  });
});
