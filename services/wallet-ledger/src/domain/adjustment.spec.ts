import { describe, expect, it } from '@jest/globals';
import { isAppError } from '@ziba/service-kit/errors';
import { planAdjustment, requireRefundable, requireWithinDailyCredit } from './adjustment.ts';

const refusal = (f: () => unknown) => {
  try {
    f();
    return null;
  } catch (err) {
    return isAppError(err) ? err.code : String(err);
  }
};
const base = {
  direction: 'CREDIT',
  kind: 'ADJUSTMENT',
  reason: 'goodwill for a late pickup',
  ownerType: 'RIDER' as const,
  amount: 174_500n,
  currency: 'NGN' as const,
  walletCurrency: 'NGN',
  tripId: '',
};

describe('planAdjustment', () => {
  it('a refund is a credit on the refund line; an adjustment goes either way; the reason is the entry’s description', () => {
    expect(planAdjustment({ ...base, kind: 'REFUND', reason: '  trip charged twice  ', tripId: 't-1' })).toEqual({
      direction: 'CREDIT',
      serviceType: 'refund',
      description: 'trip charged twice',
      refundOf: 't-1',
    });
    // Kept for good in the statement and the audit trail: a card or account number typed in keeps its last four.
    expect(planAdjustment({ ...base, reason: 'sent to 0123456789 by mistake' }).description).toBe('sent to ****6789 by mistake');
    expect(planAdjustment({ ...base, direction: 'DEBIT', ownerType: 'DRIVER' })).toEqual({
      direction: 'DEBIT',
      serviceType: 'adjustment',
      description: 'goodwill for a late pickup',
      refundOf: null,
    });
  });

  it('refuses a refund that debits or names no trip, a correction that names one, a missing or too long reason, an unknown direction or kind', () => {
    expect(refusal(() => planAdjustment({ ...base, kind: 'REFUND', direction: 'DEBIT', tripId: 't-1' }))).toBe('INVALID_ARGUMENT');
    expect(refusal(() => planAdjustment({ ...base, kind: 'REFUND' }))).toBe('INVALID_ARGUMENT'); // names no trip
    expect(refusal(() => planAdjustment({ ...base, kind: 'ADJUSTMENT', tripId: 't-1' }))).toBe('INVALID_ARGUMENT'); // a correction is tied to no trip
    expect(refusal(() => planAdjustment({ ...base, reason: '   ' }))).toBe('REASON_REQUIRED');
    expect(refusal(() => planAdjustment({ ...base, reason: 'x'.repeat(501) }))).toBe('INVALID_ARGUMENT');
    expect(refusal(() => planAdjustment({ ...base, direction: 'credit' }))).toBe('INVALID_ARGUMENT');
    expect(refusal(() => planAdjustment({ ...base, kind: 'BONUS' }))).toBe('INVALID_ARGUMENT');
  });

  it('moves at most the limit of its currency, the amount at which a payout needs two admins', () => {
    expect(refusal(() => planAdjustment({ ...base, amount: 50_000_000n }))).toBeNull();
    expect(refusal(() => planAdjustment({ ...base, amount: 50_000_001n }))).toBe('ADJUSTMENT_LIMIT');
    // Said in money, as the admin typed it, not in minor units.
    expect(() => planAdjustment({ ...base, amount: 50_000_001n })).toThrow('one adjustment moves at most NGN 500,000.00');
    expect(refusal(() => planAdjustment({ ...base, amount: 500_001n, currency: 'USD', walletCurrency: 'USD' }))).toBe('ADJUSTMENT_LIMIT');
  });

  it('refuses an amount in another currency than the wallet’s before any limit, whose minor units would be the wrong ones', () => {
    expect(refusal(() => planAdjustment({ ...base, currency: 'USD' }))).toBe('CURRENCY_MISMATCH');
    expect(refusal(() => planAdjustment({ ...base, amount: 1_000_000_000_000n, currency: 'USD' }))).toBe('CURRENCY_MISMATCH');
  });

  it('adjusts users’ wallets only, never the platform’s own accounts', () => {
    for (const ownerType of ['RIDER', 'DRIVER', 'RESTAURANT'] as const) expect(refusal(() => planAdjustment({ ...base, ownerType }))).toBeNull();
    // A refund is a customer's; an earner's wallet is corrected.
    expect(refusal(() => planAdjustment({ ...base, kind: 'REFUND', ownerType: 'RIDER', tripId: 't-1' }))).toBeNull();
    expect(refusal(() => planAdjustment({ ...base, kind: 'REFUND', ownerType: 'DRIVER', tripId: 't-1' }))).toBe('WALLET_NOT_ADJUSTABLE');
    for (const ownerType of ['PLATFORM', 'SYSTEM'] as const) expect(refusal(() => planAdjustment({ ...base, ownerType }))).toBe('WALLET_NOT_ADJUSTABLE');
  });
});

describe('requireWithinDailyCredit', () => {
  it('lets corrections credit one wallet up to the limit in 24 hours, counted together, and not a minor unit more', () => {
    expect(refusal(() => requireWithinDailyCredit(0n, 50_000_000n, 'NGN'))).toBeNull();
    expect(refusal(() => requireWithinDailyCredit(30_000_000n, 20_000_000n, 'NGN'))).toBeNull();
    expect(refusal(() => requireWithinDailyCredit(30_000_000n, 20_000_001n, 'NGN'))).toBe('ADJUSTMENT_LIMIT');
    expect(refusal(() => requireWithinDailyCredit(500_000n, 1n, 'USD'))).toBe('ADJUSTMENT_LIMIT');
    expect(() => requireWithinDailyCredit(30_000_000n, 20_000_001n, 'NGN')).toThrow(
      'corrections credited this wallet NGN 300,000.00 in the last 24 hours; together they stay at most NGN 500,000.00',
    );
  });
});

describe('requireRefundable', () => {
  it('gives back at most what the trip took from the wallet, and nothing for a trip that took nothing', () => {
    expect(refusal(() => requireRefundable(174_500n, 174_500n, 'NGN'))).toBeNull();
    expect(refusal(() => requireRefundable(174_500n, 174_501n, 'NGN'))).toBe('REFUND_EXCEEDS_CHARGE');
    expect(() => requireRefundable(174_500n, 174_501n, 'NGN')).toThrow('the trip charged this wallet NGN 1,745.00');
    expect(refusal(() => requireRefundable(0n, 1n, 'NGN'))).toBe('NOTHING_TO_REFUND');
  });
});
