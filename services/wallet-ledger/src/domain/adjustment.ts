import { formatMinorUnits, type CurrencyCode } from '@ziba/money';
import { AppError } from '@ziba/service-kit/errors';
import type { OwnerType, ServiceType } from './ledger-model.ts';
import { LedgerErrors } from './ledger-errors.ts';
import { maskLongNumbers } from '@ziba/service-kit/free-text';

export const ADJUSTMENT_DIRECTIONS = ['CREDIT', 'DEBIT'] as const;
export type AdjustmentDirection = (typeof ADJUSTMENT_DIRECTIONS)[number];
export const ADJUSTMENT_KINDS = ['ADJUSTMENT', 'REFUND'] as const;
export type AdjustmentKind = (typeof ADJUSTMENT_KINDS)[number];

/** The longest reason an adjustment carries (it is the entry's description). */
export const ADJUSTMENT_REASON_MAX = 500;

/**
 * The most one admin's adjustment moves, in minor units: the amount at which a payout needs two admins
 * (₦500,000, $5,000, ৳50,000), since an adjustment has one (and its admin may not approve the
 * earner's payouts). More is a finance decision, not a support correction.
 */
export const ADJUSTMENT_LIMIT: Record<CurrencyCode, bigint> = {
  NGN: 50_000_000n,
  USD: 500_000n,
  BDT: 5_000_000n,
  GHS: 500_000n,
  KES: 5_000_000n,
};

/**
 * Corrections that credit one wallet add up to at most ADJUSTMENT_LIMIT in any 24 hours, whichever
 * admins make them: a large credit split into pieces is still the finance decision one piece may not
 * be. Refunds are not counted (each is capped by what its trip charged), nor debits (they never
 * overdraw, and money taken back is the platform's).
 */
export function requireWithinDailyCredit(creditedToday: bigint, amount: bigint, currency: CurrencyCode): void {
  const limit = ADJUSTMENT_LIMIT[currency];
  if (creditedToday + amount > limit)
    throw new AppError(
      'REFUSED',
      'ADJUSTMENT_LIMIT',
      `corrections credited this wallet ${formatMinorUnits(creditedToday, currency)} in the last 24 hours; together they stay at most ${formatMinorUnits(limit, currency)}: more is a finance decision`,
    );
}

export interface AdjustmentPlan {
  direction: AdjustmentDirection;
  serviceType: Extract<ServiceType, 'adjustment' | 'refund'>;
  description: string;
  /** The trip or order a refund gives back; null for a correction. */
  refundOf: string | null;
}

/**
 * What a refund of a trip may give back: what the trip took from this wallet (its postings under the
 * trip's reference; a hold and its release net to nothing), counting no refund (one a trip). Refused
 * when the trip took nothing from it, or less than asked.
 */
export function requireRefundable(charged: bigint, amount: bigint, currency: CurrencyCode): void {
  if (charged <= 0n) throw new AppError('REFUSED', 'NOTHING_TO_REFUND', 'this wallet paid nothing for that trip or order');
  if (amount > charged)
    throw new AppError('REFUSED', 'REFUND_EXCEEDS_CHARGE', `the trip charged this wallet ${formatMinorUnits(charged, currency)}; a refund is at most that`);
}

/**
 * An admin's adjustment of a wallet (SPEC 4: an entry with a reason and the admin's id). It moves a
 * user's available balance against the platform's revenue: a refund gives a customer money back for
 * a trip or order they paid for (named, see requireRefundable), an adjustment corrects either way. A refund only credits; the platform's own
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
  /** The wallet's own currency: an amount in another is refused before any limit (whose minor units would be the wrong ones). */
  walletCurrency: string;
  tripId: string;
}): AdjustmentPlan {
  if (!(ADJUSTMENT_DIRECTIONS as readonly string[]).includes(input.direction))
    throw new AppError('INVALID', 'INVALID_ARGUMENT', `direction must be one of ${ADJUSTMENT_DIRECTIONS.join(', ')}`);
  if (!(ADJUSTMENT_KINDS as readonly string[]).includes(input.kind))
    throw new AppError('INVALID', 'INVALID_ARGUMENT', `kind must be one of ${ADJUSTMENT_KINDS.join(', ')}`);
  if (input.kind === 'REFUND' && input.direction !== 'CREDIT')
    throw new AppError('INVALID', 'INVALID_ARGUMENT', 'direction must be CREDIT for a refund (a refund credits the wallet)');
  // Customers are refunded; an earner's wallet is corrected (their statement would call it a refund of nothing they paid).
  if (input.kind === 'REFUND' && input.ownerType !== 'RIDER')
    throw new AppError('REFUSED', 'WALLET_NOT_ADJUSTABLE', 'a refund goes to a customer’s wallet; correct a driver’s or restaurant’s with an ADJUSTMENT');
  if (input.kind === 'REFUND' && !input.tripId)
    throw new AppError('INVALID', 'INVALID_ARGUMENT', 'tripId must be given for a refund: it names the trip or order it gives back');
  // Only a refund is tied to a trip (and checked against its charge); a correction taking one would
  // drop it unchecked, and the admin would think the two linked.
  if (input.kind !== 'REFUND' && input.tripId)
    throw new AppError('INVALID', 'INVALID_ARGUMENT', 'tripId is for a REFUND only; a correction (ADJUSTMENT) names no trip: say which one in its reason');
  const reason = maskLongNumbers(input.reason.trim());
  if (!reason) throw new AppError('INVALID', 'REASON_REQUIRED', 'reason is required');
  // Counted in characters, as the gateway's schema counts them (an emoji is one, not two).
  if ([...reason].length > ADJUSTMENT_REASON_MAX)
    throw new AppError('INVALID', 'INVALID_ARGUMENT', `reason must be at most ${ADJUSTMENT_REASON_MAX} characters`);
  if (input.ownerType !== 'RIDER' && input.ownerType !== 'DRIVER' && input.ownerType !== 'RESTAURANT')
    throw new AppError('REFUSED', 'WALLET_NOT_ADJUSTABLE', 'only a rider’s, driver’s or restaurant’s wallet is adjusted');
  if (input.currency !== input.walletCurrency) throw LedgerErrors.currencyMismatch();
  if (input.amount > ADJUSTMENT_LIMIT[input.currency])
    throw new AppError(
      'REFUSED',
      'ADJUSTMENT_LIMIT',
      `one adjustment moves at most ${formatMinorUnits(ADJUSTMENT_LIMIT[input.currency], input.currency)}: more is a finance decision, not a support correction`,
    );
  return {
    direction: input.direction as AdjustmentDirection,
    serviceType: input.kind === 'REFUND' ? 'refund' : 'adjustment',
    description: reason,
    refundOf: input.kind === 'REFUND' ? input.tripId : null,
  };
}
