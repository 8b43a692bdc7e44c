import type { CurrencyCode } from '@ziba/money';
import { inTransaction } from '@ziba/persistence';
import type { Actor } from '@ziba/service-kit';
import { AppError, isAppError } from '@ziba/service-kit/errors';
import { createHash } from 'node:crypto';
import { planAdjustment, requireRefundable, requireWithinDailyCredit, type AdjustmentPlan } from '../domain/adjustment.ts';
import type { OwnerType, ReferenceType } from '../domain/ledger-model.ts';
import { WalletReadRepository } from '../persistence/wallet-reads.repository.ts';
import type { LedgerContext } from './ledger-context.ts';
import { LedgerOperations, type WriteMeta } from './ledger-operations.usecase.ts';
import { WalletQueries } from './wallet-queries.ts';

type Call = { actor: Actor | null; caller: string; correlationId: string | null };

/**
 * An admin credits or debits a user's available balance against the platform's revenue (SPEC 4):
 * one entry, with the reason as its description and the admin's id. A correction is referenced as a
 * manual adjustment and keyed by the admin's Idempotency-Key, so a retry posts once and the same key
 * with another request is 409 IDEMPOTENCY_KEY_REUSED; a debit never overdraws (INSUFFICIENT_FUNDS),
 * and credits of one wallet stay within the day's limit (requireWithinDailyCredit).
 * A refund names the trip it gives back, is at most what that trip took from the wallet, and is
 * made once a trip (keyed by the trip): its retry under the same Idempotency-Key is answered with
 * it, and any other, whichever admin or key asks, is 409 ALREADY_REFUNDED.
 */
export async function adjustWallet(
  ctx: LedgerContext,
  call: Call,
  input: { idempotencyKey: string; walletId: string; amount: bigint; currency: CurrencyCode; direction: string; kind: string; reason: string; tripId: string },
) {
  const admin = call.actor;
  if (admin?.type !== 'ADMIN') throw new AppError('FORBIDDEN', 'ADMIN_ONLY', 'wallets are adjusted by admins');
  const wallet = await WalletQueries.byId(ctx, input.walletId);
  const plan = planAdjustment({
    direction: input.direction,
    kind: input.kind,
    reason: input.reason,
    ownerType: wallet.ownerType as OwnerType,
    amount: input.amount,
    currency: input.currency,
    walletCurrency: wallet.currency,
    tripId: input.tripId,
  });
  const money = { amount: input.amount, currency: input.currency };
  if (plan.refundOf) return refund(ctx, call, admin, plan, { walletId: wallet.id, tripId: plan.refundOf, clientKey: input.idempotencyKey }, money);
  const key = `${call.caller}:adjust:${admin.id}:${input.idempotencyKey}`;
  const reference = { type: 'manual_adjustment' as const, id: createHash('sha256').update(key).digest('hex').slice(0, 32) };
  const meta = entryMeta(call, admin, plan, key, reference);
  if (plan.direction === 'DEBIT') return LedgerOperations.debit(ctx, meta, wallet.id, money, 'REVENUE');
  // The wallet's correction lock is held until the credit has posted (the ledger writes on its own
  // pool), so each credit reads the day's total after the one before it; a repeat of a posted one is
  // answered with it, not counted again.
  return inTransaction(ctx, async (em) => {
    const today = await WalletReadRepository.correctionCreditsToday(em, wallet.id, reference.id);
    if (!today.posted) requireWithinDailyCredit(today.credited, money.amount, money.currency);
    return LedgerOperations.credit(ctx, meta, wallet.id, money, 'REVENUE');
  });
}

/** A refund of one trip, on the trip's own reference so the statement shows it beside the trip. */
async function refund(
  ctx: LedgerContext,
  call: Call,
  admin: Actor,
  plan: AdjustmentPlan,
  { walletId, tripId, clientKey }: { walletId: string; tripId: string; clientKey: string },
  money: { amount: bigint; currency: CurrencyCode },
) {
  const charge = await WalletReadRepository.tripCharge(ctx.orm.em.fork(), walletId, tripId);
  requireRefundable(charge?.charged ?? 0n, money.amount, money.currency);
  const meta = {
    ...entryMeta(call, admin, plan, `${call.caller}:refund:${tripId}`, { type: charge!.referenceType as ReferenceType, id: tripId }),
    clientKey: `${admin.id}:${clientKey}`,
  };
  try {
    return await LedgerOperations.credit(ctx, meta, walletId, money, 'REVENUE');
  } catch (err) {
    // The trip's key holds another refund: the same request again is answered with it (replayed), any other is refused.
    if (isAppError(err) && err.code === 'IDEMPOTENCY_KEY_REUSED')
      throw new AppError('CONFLICT', 'ALREADY_REFUNDED', 'this trip was refunded already; a further amount is a correction (ADJUSTMENT)');
    throw err;
  }
}

const entryMeta = (call: Call, admin: Actor, plan: AdjustmentPlan, key: string, reference: WriteMeta['reference']): WriteMeta => ({
  idempotencyKey: key,
  serviceType: plan.serviceType,
  reference,
  description: plan.description,
  createdByAdminId: admin.id,
  actor: admin,
  correlationId: call.correlationId,
});
