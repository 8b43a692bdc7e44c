import { UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { parseMinorUnits } from '@ziba/money';
import { inTransaction } from '@ziba/persistence';
import type { Actor } from '@ziba/service-kit';
import { requestHash as hashOf } from '@ziba/service-kit/canonical-json';
import { AppError, isAppError } from '@ziba/service-kit/errors';
import { modeOf } from '@ziba/service-kit/mode';
import { randomUUID } from 'node:crypto';
import { maskAccountNumber } from '../domain/account-number.ts';
import { approvalsRequired } from '../domain/approval-rules.ts';
import { PayoutErrors } from '../domain/payout-state.ts';
import { modeRefusals, providerFor } from '../domain/provider-choice.ts';
import { reviewFlags, withdrawalRefusals } from '../domain/withdrawal-rules.ts';
import { MethodRepository } from '../persistence/payout-method.repository.ts';
import { PayoutRepository, type PayoutRow } from '../persistence/payout.repository.ts';
import { failpoint, SOURCE, type PayoutContext } from './payout-context.ts';
import { recordStep } from './payout-events.ts';
import { toPayoutMessage } from './payout-mapper.ts';
import { earnerOf } from './payout-methods.usecase.ts';
import { PayoutWallet } from './payout-wallet.ts';

const SYSTEM = { type: 'SYSTEM' as const, id: SOURCE };

const blocked = (p: PayoutRow) => new AppError('REFUSED', 'PAYOUT_BLOCKED', `withdrawal ${p.id} was refused; see reasons`, p.reasons);

/**
 * An earner asks for their money. Every rule is checked here (identity's eligibility and the payout
 * rules); a refusal is kept as BLOCKED with every reason and answered 422, and nothing moves.
 * Otherwise the saga starts: the row is written (REQUESTED), the amount is locked in the wallet, and
 * the payout waits for an admin (PENDING). The same Idempotency-Key and request answer with the same
 * payout; the same key with another amount or currency is 409 IDEMPOTENCY_KEY_REUSED.
 */
export async function requestWithdrawal(
  ctx: PayoutContext,
  actor: Actor | null,
  input: { idempotencyKey: string; amount: { amount: string; currency: string } | null; clientIp: string },
) {
  return startWithdrawal(ctx, earnerOf(actor), actor, input, { origin: 'manual_request', autoRunId: null });
}

/**
 * A withdrawal for an earner, asked by the earner (manual_request) or created by the weekly run
 * (auto_weekly): the same rules, the same saga.
 */
export async function startWithdrawal(
  ctx: PayoutContext,
  earner: { id: string; role: 'DRIVER' | 'RESTAURANT' },
  actor: Actor | null,
  input: { idempotencyKey: string; amount: { amount: string; currency: string } | null; clientIp: string },
  source: { origin: 'manual_request' | 'auto_weekly'; autoRunId: string | null },
) {
  if (!input.idempotencyKey || input.idempotencyKey.length > 200) throw new AppError('INVALID', 'INVALID_ARGUMENT', 'an idempotency key is required');
  let amount: bigint;
  try {
    amount = parseMinorUnits(input.amount?.amount ?? '');
  } catch {
    throw new AppError('INVALID', 'INVALID_AMOUNT', 'amount must be an integer of minor units');
  }
  const currency = input.amount?.currency ?? '';
  // What the request asks for, so a reused key is told apart from a repeat.
  const requestHash = hashOf({ amount, currency });
  const replay = await PayoutRepository.byKey(ctx.orm.em.fork(), earner.id, input.idempotencyKey);
  if (replay) return answer(ctx, replay, requestHash);

  const user = await ctx.identity.call('GetUser', { userId: earner.id });
  const mode = modeOf(user.testMode);
  const eligibility = await ctx.identity.call('CheckEligibility', { userId: earner.id, action: 'WITHDRAW', mode }, { actor });
  const wallet = await ctx.wallet.call('GetWallet', { owner: { ownerId: earner.id, currency: user.currency, mode } });
  const em = ctx.orm.em.fork();
  const method = await MethodRepository.active(em, earner.id);
  const recentAttempts = await PayoutRepository.recentAttempts(em, earner.id);
  const refusals = withdrawalRefusals({
    amount,
    currency,
    walletCurrency: wallet.currency,
    available: BigInt(wallet.availableBalance),
    owed: BigInt(wallet.negativeBalance || '0'),
    minimum: ctx.minimumWithdrawal(user.countryCode),
    hasOpenPayout: await PayoutRepository.hasOpen(em, earner.id),
    method: method ? { status: method.status, usableFrom: method.usableFrom } : null,
    recentAttempts,
    recentAttemptsFromIp: await PayoutRepository.recentAttemptsFromIp(em, input.clientIp),
    now: new Date(),
  });
  const reasons = [...new Set([...eligibility.reasons, ...refusals, ...modeRefusals(mode, { simulated: !!ctx.providers.simulated })])];
  const flags = reviewFlags({ recentAttempts, method, now: new Date(), returnedBefore: await PayoutRepository.hasReturned(em, earner.id) });

  const row = {
    id: randomUUID(),
    ownerId: earner.id,
    ownerType: earner.role,
    countryCode: user.countryCode,
    currency: wallet.currency,
    mode,
    amount: amount > 0n ? amount : 0n,
    provider: providerFor(mode),
    methodId: method?.id ?? null,
    maskedAccount: method ? maskAccountNumber(`0000${method.last4}`) : null,
    requestHash,
    approvalsRequired: approvalsRequired(amount, ctx.fourEyesThreshold(user.countryCode)),
  };
  let payout: PayoutRow;
  try {
    payout = await insert(ctx, row, input, reasons, flags, source);
  } catch (err) {
    if (!(err instanceof UniqueConstraintViolationException)) throw err;
    // The same key at the same moment: its payout answers. Another open payout won the race: this one is blocked.
    const same = await PayoutRepository.byKey(ctx.orm.em.fork(), earner.id, input.idempotencyKey);
    if (same) return answer(ctx, same, requestHash);
    payout = await insert(ctx, row, input, [...reasons, 'OPEN_PAYOUT_EXISTS'], flags, source);
  }
  ctx.logger.info(
    { payoutId: payout.id, ownerId: earner.id, amount: amount.toString(), currency, status: payout.status, reasons: payout.reasons },
    'withdrawal requested',
  );
  if (payout.status === 'BLOCKED') throw blocked(payout);
  return lockFunds(ctx, payout, wallet.id);
}

async function insert(
  ctx: PayoutContext,
  row: Omit<
    PayoutRow,
    | 'status'
    | 'reasons'
    | 'reviewFlags'
    | 'origin'
    | 'providerReference'
    | 'rejectionReason'
    | 'failureReason'
    | 'externalReference'
    | 'createdAt'
    | 'updatedAt'
  >,
  input: { idempotencyKey: string; clientIp: string },
  reasons: string[],
  flags: string[],
  source: { origin: string; autoRunId: string | null },
) {
  return inTransaction(ctx, async (em) => {
    const status = reasons.length ? 'BLOCKED' : 'REQUESTED';
    await em.execute(
      `insert into payout (id, owner_id, owner_type, country_code, currency, mode, amount, status, reasons, review_flags, provider, method_id, masked_account, idempotency_key, client_ip, origin, auto_run_id, request_hash, approvals_required)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?::text[], ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        row.id,
        row.ownerId,
        row.ownerType,
        row.countryCode,
        row.currency,
        row.mode,
        row.amount.toString(),
        status,
        `{${reasons.join(',')}}`,
        `{${flags.join(',')}}`,
        row.provider,
        row.methodId,
        row.maskedAccount,
        input.idempotencyKey,
        input.clientIp || null,
        source.origin,
        source.autoRunId,
        row.requestHash,
        row.approvalsRequired,
      ],
      'run',
    );
    const p = (await PayoutRepository.find(em, row.id))!;
    await recordStep(em, p, null, p.status, { type: 'USER', id: p.ownerId }, null, reasons);
    return p;
  });
}

/** The saga's first step: lock the amount; refused by the ledger, the payout is blocked instead. */
async function lockFunds(ctx: PayoutContext, p: PayoutRow, walletId: string) {
  try {
    await PayoutWallet.hold(ctx, p, walletId);
  } catch (err) {
    if (isAppError(err) && err.kind !== 'UNAVAILABLE' && err.kind !== 'INTERNAL') {
      const refused = await inTransaction(ctx, async (em) => {
        await PayoutRepository.move(em, p.id, 'REQUESTED', 'BLOCKED', { reasons: `{${err.code}}` });
        await recordStep(em, p, 'REQUESTED', 'BLOCKED', SYSTEM, err.message, [err.code]);
        return (await PayoutRepository.find(em, p.id))!;
      });
      throw blocked(refused);
    }
    // Unknown outcome (the wallet is down or slow): the recovery worker settles it; the earner may retry.
    throw err;
  }
  failpoint(ctx, 'after-hold');
  const pending = await inTransaction(ctx, async (em) => {
    if (await PayoutRepository.move(em, p.id, 'REQUESTED', 'PENDING')) await recordStep(em, p, 'REQUESTED', 'PENDING', SYSTEM, 'funds locked');
    return (await PayoutRepository.find(em, p.id))!;
  });
  return toPayoutMessage(ctx.orm.em.fork(), pending);
}

/** A repeated key: the first answer for the same request; rows from before hashes were kept answer as before. */
async function answer(ctx: PayoutContext, p: PayoutRow, requestHash: string) {
  if (p.requestHash !== null && p.requestHash !== requestHash) throw PayoutErrors.keyReused();
  if (p.status === 'BLOCKED') throw blocked(p);
  return toPayoutMessage(ctx.orm.em.fork(), p);
}

/**
 * Payouts left REQUESTED (the process died, or the wallet did not answer): the same hold request
 * again makes its outcome certain, then it is released and the payout blocked, so no lock is left
 * behind a request the earner was told had failed.
 */
export async function recoverStuckRequests(ctx: PayoutContext, olderThanMs: number): Promise<number> {
  const ids = await PayoutRepository.stuckRequests(ctx.orm.em.fork(), new Date(Date.now() - olderThanMs));
  let resolved = 0;
  for (const id of ids) {
    // Re-read under the row lock: another replica (or the request itself) may have moved it meanwhile.
    const acted = await inTransaction(ctx, async (em) => {
      const p = await PayoutRepository.find(em, id, { lock: true });
      if (p?.status !== 'REQUESTED') return false;
      const wallet = await PayoutWallet.walletOf(ctx, p);
      const refusedOnly = (err: unknown) => {
        if (!(isAppError(err) && err.kind !== 'UNAVAILABLE' && err.kind !== 'INTERNAL')) throw err;
      };
      // Made certain first (the same key replays it, or refuses it for good), then given back whatever the answer.
      await PayoutWallet.hold(ctx, p, wallet.id).catch(refusedOnly);
      await PayoutWallet.release(ctx, p, 'recover').catch(refusedOnly);
      await PayoutRepository.move(em, id, 'REQUESTED', 'BLOCKED', { reasons: '{WALLET_UNAVAILABLE}' });
      await recordStep(em, p, 'REQUESTED', 'BLOCKED', SYSTEM, 'the wallet did not confirm the lock in time; nothing is held', ['WALLET_UNAVAILABLE']);
      return true;
    });
    if (!acted) continue;
    resolved++;
    ctx.logger.warn({ payoutId: id }, 'stuck withdrawal request resolved: blocked, nothing held');
  }
  return resolved;
}
