import { enqueueEvent } from '@ziba/messaging';
import { parseMinorUnits } from '@ziba/money';
import { inTransaction } from '@ziba/persistence';
import type { Actor } from '@ziba/service-kit';
import { AppError, isAppError } from '@ziba/service-kit/errors';
import { modeOf } from '@ziba/service-kit/mode';
import { createHash } from 'node:crypto';
import { NegativeBalanceRepository, type NegativeBalanceSettlementRow } from '../persistence/negative-balance.repository.ts';
import { SOURCE, type TripContext } from './trip-context.ts';
import { maskLongNumbers } from '@ziba/service-kit/free-text';
import { owesCommission } from '../domain/netting.ts';

const invalid = (message: string) => new AppError('INVALID', 'INVALID_ARGUMENT', message);
const referenceUsed = () =>
  new AppError('CONFLICT', 'EXTERNAL_REFERENCE_USED', 'this externalReference is recorded already for another earner or amount; nothing moved');

/**
 * Commission owed that the earner paid outside the app: the platform's cash-received account gives,
 * the earner's owed bucket is reduced by the same amount. Never more than is owed (the ledger
 * refuses an owed balance above zero).
 *
 * One outside receipt is recorded once (per mode; the reference compared trimmed and without case),
 * whatever Idempotency-Key or admin asks: the same earner and amount again is answered with the
 * first settlement (`replayed`), anything else under the reference is 409 EXTERNAL_REFERENCE_USED.
 * The ledger entry is keyed by the receipt, so concurrent requests move money once; its record and
 * its event are written together afterwards, so a retry after that write failed (a 503) finds the
 * entry replayed and writes both then, once.
 */
export async function settleNegativeBalance(
  ctx: TripContext,
  actor: Actor | null,
  input: { idempotencyKey: string; ownerId: string; amount: { amount: string; currency: string } | null; reason: string; externalReference: string },
) {
  if (actor?.type !== 'ADMIN') throw new AppError('FORBIDDEN', 'ADMIN_ONLY', 'negative balances are settled by admins');
  if (!input.idempotencyKey || input.idempotencyKey.length > 200) throw invalid('an idempotency key is required');
  const reason = maskLongNumbers(input.reason?.trim() ?? '');
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
  if (!owesCommission(user.role)) throw new AppError('REFUSED', 'OWNER_NOT_EARNER', 'only drivers and restaurants owe commission, and this account is neither');
  if (user.currency !== input.amount?.currency) throw new AppError('REFUSED', 'CURRENCY_MISMATCH', `this earner's wallet is in ${user.currency}`);
  const mode = modeOf(user.testMode);
  const referenceKey = reference.toUpperCase();
  const asked = { ownerId: input.ownerId, amount, currency: user.currency };
  const recorded = () => NegativeBalanceRepository.find(ctx.orm.em.fork(), mode, referenceKey);

  const earlier = await recorded();
  if (earlier) return answerWith(earlier, asked);
  const wallet = await ctx.wallet.call('GetWallet', { owner: { ownerId: input.ownerId, currency: user.currency, mode } });
  let entry;
  try {
    entry = await ctx.wallet.call('Transfer', {
      meta: {
        // Hashed: a reference may be as long as the ledger's whole key.
        idempotencyKey: `negative-balance:${mode}:${createHash('sha256').update(referenceKey).digest('base64url')}`,
        serviceType: 'commission_settlement',
        // The entry is the receipt's alone (its reference as compared, no reason): a retry whose record
        // write had failed replays it even with the reason retyped, so the record and event follow.
        reference: { type: 'manual_adjustment', id: referenceKey },
        description: `owed commission paid outside the app (receipt ${referenceKey})`,
        createdByAdminId: actor.id,
      },
      currency: user.currency,
      mode,
      legs: [
        { systemAccount: 'CASH_RECEIVED', bucket: 'AVAILABLE', amount: `-${amount}` },
        { walletId: wallet.id, bucket: 'OWED', amount: amount.toString() },
      ],
    });
  } catch (err) {
    // The receipt's entry exists for another request (earner, amount or reason): a concurrent one, or
    // one whose record is not written yet. Recorded and the same earner and amount: that answers.
    if (!isAppError(err) || err.code !== 'IDEMPOTENCY_KEY_REUSED') throw err;
    const first = await recorded();
    if (first) return answerWith(first, asked);
    throw referenceUsed();
  }

  const settlement: NegativeBalanceSettlementRow = {
    mode,
    referenceKey,
    externalReference: reference,
    ownerId: input.ownerId,
    walletId: wallet.id,
    currency: user.currency,
    amount,
    owedAfter: BigInt(entry.postings.find((p) => p.walletId === wallet.id)?.negativeAfter ?? '0'),
    entryId: entry.entryId,
    reason,
    adminId: actor.id,
    requestKey: input.idempotencyKey,
  };
  const mine = await inTransaction(ctx, async (em) => {
    if (!(await NegativeBalanceRepository.insert(em, settlement))) return false;
    await enqueueEvent(em, SOURCE, {
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
    });
    return true;
  });
  // A concurrent twin wrote the record (and the event) first.
  if (!mine) return answerWith((await recorded())!, asked);
  // Replayed: the entry was posted by an earlier attempt whose record was not written; nothing moved now.
  return toMessage(settlement, entry.replayed);
}

/** A receipt already recorded answers the same earner and amount with its first settlement; anything else is refused. */
function answerWith(first: NegativeBalanceSettlementRow, asked: { ownerId: string; amount: bigint; currency: string }) {
  if (first.ownerId !== asked.ownerId || first.amount !== asked.amount || first.currency !== asked.currency) throw referenceUsed();
  return toMessage(first, true);
}

function toMessage(s: NegativeBalanceSettlementRow, replayed: boolean) {
  return {
    ownerId: s.ownerId,
    walletId: s.walletId,
    entryId: s.entryId,
    amount: { amount: s.amount.toString(), currency: s.currency },
    owedAfter: { amount: s.owedAfter.toString(), currency: s.currency },
    replayed,
  };
}
