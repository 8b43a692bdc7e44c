import type { CurrencyCode } from '@ziba/money';
import type { Actor } from '@ziba/service-kit';
import { AppError } from '@ziba/service-kit/errors';
import { createHash } from 'node:crypto';
import { planAdjustment } from '../domain/adjustment.ts';
import type { OwnerType } from '../domain/ledger-model.ts';
import type { LedgerContext } from './ledger-context.ts';
import { LedgerOperations, type WriteMeta } from './ledger-operations.usecase.ts';
import { WalletQueries } from './wallet-queries.ts';

/**
 * An admin credits or debits a user's available balance against the platform's revenue (SPEC 4):
 * one entry, with the reason as its description and the admin's id, referenced as a manual
 * adjustment. The key is scoped to the admin, so a retry posts once and the same key with another
 * request is 409 IDEMPOTENCY_KEY_REUSED; a debit never overdraws (INSUFFICIENT_FUNDS).
 */
export async function adjustWallet(
  ctx: LedgerContext,
  call: { actor: Actor | null; caller: string; correlationId: string | null },
  input: { idempotencyKey: string; walletId: string; amount: bigint; currency: CurrencyCode; direction: string; kind: string; reason: string },
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
  });
  const key = `${call.caller}:adjust:${admin.id}:${input.idempotencyKey}`;
  const meta: WriteMeta = {
    idempotencyKey: key,
    serviceType: plan.serviceType,
    // One id per adjustment, the same for its retries, so its entry is found by its reference.
    reference: { type: 'manual_adjustment', id: createHash('sha256').update(key).digest('hex').slice(0, 32) },
    description: plan.description,
    createdByAdminId: admin.id,
    actor: admin,
    correlationId: call.correlationId,
  };
  const money = { amount: input.amount, currency: input.currency };
  return plan.direction === 'CREDIT'
    ? LedgerOperations.credit(ctx, meta, wallet.id, money, 'REVENUE')
    : LedgerOperations.debit(ctx, meta, wallet.id, money, 'REVENUE');
}
