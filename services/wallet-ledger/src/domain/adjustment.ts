import { AppError } from '@ziba/service-kit/errors';
import type { OwnerType, ServiceType } from './ledger-model.ts';

export const ADJUSTMENT_DIRECTIONS = ['CREDIT', 'DEBIT'] as const;
export type AdjustmentDirection = (typeof ADJUSTMENT_DIRECTIONS)[number];
export const ADJUSTMENT_KINDS = ['ADJUSTMENT', 'REFUND'] as const;
export type AdjustmentKind = (typeof ADJUSTMENT_KINDS)[number];

/** The longest reason an adjustment carries (it is the entry's description). */
export const ADJUSTMENT_REASON_MAX = 500;

export interface AdjustmentPlan {
  direction: AdjustmentDirection;
  serviceType: Extract<ServiceType, 'adjustment' | 'refund'>;
  description: string;
}

/**
 * An admin's adjustment of a wallet (SPEC 4: an entry with a reason and the admin's id). It moves a
 * user's available balance against the platform's revenue: a refund gives a customer money back (a
 * disputed trip), an adjustment corrects either way. A refund only credits; the platform's own
 * accounts are not adjusted this way (they are the other side of it); a reason is always given.
 */
export function planAdjustment(input: { direction: string; kind: string; reason: string; ownerType: OwnerType }): AdjustmentPlan {
  if (!(ADJUSTMENT_DIRECTIONS as readonly string[]).includes(input.direction))
    throw new AppError('INVALID', 'INVALID_ARGUMENT', `direction must be one of ${ADJUSTMENT_DIRECTIONS.join(', ')}`);
  if (!(ADJUSTMENT_KINDS as readonly string[]).includes(input.kind))
    throw new AppError('INVALID', 'INVALID_ARGUMENT', `kind must be one of ${ADJUSTMENT_KINDS.join(', ')}`);
  if (input.kind === 'REFUND' && input.direction !== 'CREDIT') throw new AppError('INVALID', 'INVALID_ARGUMENT', 'a refund credits the wallet');
  const reason = input.reason.trim();
  if (!reason) throw new AppError('INVALID', 'REASON_REQUIRED', 'reason is required');
  // Counted in characters, as the gateway's schema counts them (an emoji is one, not two).
  if ([...reason].length > ADJUSTMENT_REASON_MAX)
    throw new AppError('INVALID', 'INVALID_ARGUMENT', `reason must be at most ${ADJUSTMENT_REASON_MAX} characters`);
  if (input.ownerType !== 'RIDER' && input.ownerType !== 'DRIVER' && input.ownerType !== 'RESTAURANT')
    throw new AppError('REFUSED', 'WALLET_NOT_ADJUSTABLE', 'only a rider’s, driver’s or restaurant’s wallet is adjusted');
  return {
    direction: input.direction as AdjustmentDirection,
    serviceType: input.kind === 'REFUND' ? 'refund' : 'adjustment',
    description: reason,
  };
}
