import { enqueueEvent } from '@ziba/messaging';
import { parseMinorUnits } from '@ziba/money';
import { inTransaction } from '@ziba/persistence';
import type { Actor } from '@ziba/service-kit';
import { AppError } from '@ziba/service-kit/errors';
import { modeOf } from '@ziba/service-kit/mode';
import { SOURCE, type TripContext } from './trip-context.ts';

const invalid = (message: string) => new AppError('INVALID', 'INVALID_ARGUMENT', message);

/**
 * Commission owed that the earner paid outside the app: the platform's cash-received account gives,
 * the earner's owed bucket is reduced by the same amount. Never more than is owed (the ledger
 * refuses an owed balance above zero); keyed by the admin's idempotency key.
 */
export async function settleNegativeBalance(
  ctx: TripContext,
  actor: Actor | null,
  input: { idempotencyKey: string; ownerId: string; amount: { amount: string; currency: string } | null; reason: string; externalReference: string },
) {
  if (actor?.type !== 'ADMIN') throw new AppError('FORBIDDEN', 'ADMIN_ONLY', 'negative balances are settled by admins');
  if (!input.idempotencyKey || input.idempotencyKey.length > 200) throw invalid('an idempotency key is required');
  const reason = input.reason?.trim() ?? '';
  const reference = input.externalReference?.trim() ?? '';
  if (!reason || reason.length > 500) throw invalid('reason is required (at most 500 characters)');
  if (!reference || reference.length > 200) throw invalid('externalReference is required (at most 200 characters)');
  let amount: bigint;
  try {
    amount = parseMinorUnits(input.amount?.amount ?? '');
  } catch {
    throw invalid('amount must be an integer of minor units');
  }
  if (amount <= 0n) throw invalid('amount must be greater than zero');
  const user = await ctx.identity.call('GetUser', { userId: input.ownerId });
  if (user.currency !== input.amount?.currency) throw new AppError('REFUSED', 'CURRENCY_MISMATCH', `this earner's wallet is in ${user.currency}`);
  const wallet = await ctx.wallet.call('GetWallet', { owner: { ownerId: input.ownerId, currency: user.currency, mode: modeOf(user.testMode) } });
  const entry = await ctx.wallet.call('Transfer', {
    meta: {
      idempotencyKey: `negative-balance:${actor.id}:${input.idempotencyKey}`,
      serviceType: 'commission_settlement',
      reference: { type: 'manual_adjustment', id: reference },
      description: `owed commission paid outside the app: ${reason}`,
      createdByAdminId: actor.id,
    },
    currency: user.currency,
    mode: wallet.mode,
    legs: [
      { systemAccount: 'CASH_RECEIVED', bucket: 'AVAILABLE', amount: `-${amount}` },
      { walletId: wallet.id, bucket: 'OWED', amount: amount.toString() },
    ],
  });
  if (!entry.replayed) {
    await inTransaction(ctx, (em) =>
      enqueueEvent(em, SOURCE, {
        type: 'trip.negative-balance-settled.v1',
        aggregateType: 'wallet',
        aggregateId: wallet.id,
        actor,
        data: {
          ownerId: input.ownerId,
          walletId: wallet.id,
          entryId: entry.entryId,
          amount: amount.toString(),
          currency: user.currency,
          reason,
          externalReference: reference,
          adminId: actor.id,
        },
      }),
    );
  }
  const after = entry.postings.find((p) => p.walletId === wallet.id);
  return {
    ownerId: input.ownerId,
    walletId: wallet.id,
    entryId: entry.entryId,
    amount: { amount: amount.toString(), currency: user.currency },
    owedAfter: { amount: after?.negativeAfter ?? '0', currency: user.currency },
    replayed: entry.replayed,
  };
}
