import type { CurrencyCode } from '@ziba/money';
import { AppError } from '@ziba/service-kit/errors';
import type { OwnerType, ServiceType } from './ledger-model.ts';

export const ADJUSTMENT_DIRECTIONS = ['CREDIT', 'DEBIT'] as const;
export type AdjustmentDirection = (typeof ADJUSTMENT_DIRECTIONS)[number];
export const ADJUSTMENT_KINDS = ['ADJUSTMENT', 'REFUND'] as const;
export type AdjustmentKind = (typeof ADJUSTMENT_KINDS)[number];

/** The longest reason an adjustment carries (it is the entry's description). */
export const ADJUSTMENT_REASON_MAX = 500;

/**
 * The most one admin's adjustment moves, in minor units: below the amount a payout needs two admins
 * for (₦500,000, $5,000, ৳50,000), since an adjustment has one. More is a finance decision, not a
 * support correction.
 */
export const ADJUSTMENT_LIMIT: Record<CurrencyCode, bigint> = {
  NGN: 50_000_000n,
  USD: 500_000n,
  BDT: 5_000_000n,
  GHS: 500_000n,
  KES: 5_000_000n,
};

export interface AdjustmentPlan {
  direction: AdjustmentDirection;
  serviceType: Extract<ServiceType, 'adjustment' | 'refund'>;
  description: string;
}

/**
 * An admin's adjustment of a wallet (SPEC 4: an entry with a reason and the admin's id). It moves a
 * user's available balance against the platform's revenue: a refund gives a customer money back (a
 * disputed trip), an adjustment corrects either way. A refund only credits; the platform's own
 * accounts are not adjusted this way (they are the other side of it); a reason is always given, and
 * one adjustment stays under ADJUSTMENT_LIMIT.
 */
export function planAdjustment(input: {
  direction: string;
  kind: string;
  reason: string;
  ownerType: OwnerType;
  amount: bigint;
  currency: CurrencyCode;
}): AdjustmentPlan {
  if (!(ADJUSTMENT_DIRECTIONS as readonly string[]).includes(input.direction))
    throw new AppError('INVALID', 'INVALID_ARGUMENT', `direction must be one of ${ADJUSTMENT_DIRECTIONS.join(', ')}`);
  if (!(ADJUSTMENT_KINDS as readonly string[]).includes(input.kind))
    throw new AppError('INVALID', 'INVALID_ARGUMENT', `kind must be one of ${ADJUSTMENT_KINDS.join(', ')}`);
  if (input.kind === 'REFUND' && input.direction !== 'CREDIT') throw new AppError('INVALID', 'INVALID_ARGUMENT', 'a refund credits the wallet');
  // Customers are refunded; an earner's wallet is corrected (their statement would call it a refund of nothing they paid).
  if (input.kind === 'REFUND' && input.ownerType !== 'RIDER')
    throw new AppError('REFUSED', 'WALLET_NOT_ADJUSTABLE', 'a refund goes to a customer’s wallet; correct a driver’s or restaurant’s with an ADJUSTMENT');
  const reason = input.reason.trim();
  if (!reason) throw new AppError('INVALID', 'REASON_REQUIRED', 'reason is required');
  // Counted in characters, as the gateway's schema counts them (an emoji is one, not two).
  if ([...reason].length > ADJUSTMENT_REASON_MAX)
    throw new AppError('INVALID', 'INVALID_ARGUMENT', `reason must be at most ${ADJUSTMENT_REASON_MAX} characters`);
  if (input.amount > ADJUSTMENT_LIMIT[input.currency])
    throw new AppError(
      'REFUSED',
      'ADJUSTMENT_LIMIT',
      `one adjustment moves at most ${ADJUSTMENT_LIMIT[input.currency]} minor units of ${input.currency}: more is a finance decision, not a support correction`,
    );
  if (input.ownerType !== 'RIDER' && input.ownerType !== 'DRIVER' && input.ownerType !== 'RESTAURANT')
    throw new AppError('REFUSED', 'WALLET_NOT_ADJUSTABLE', 'only a rider’s, driver’s or restaurant’s wallet is adjusted');
  return {
    direction: input.direction as AdjustmentDirection,
    serviceType: input.kind === 'REFUND' ? 'refund' : 'adjustment',
    description: reason,
  };
}
