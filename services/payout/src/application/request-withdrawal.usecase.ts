import { UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { parseMinorUnits } from '@ziba/money';
import { inTransaction } from '@ziba/persistence';
import type { Actor } from '@ziba/service-kit';
import { requestHash as hashOf } from '@ziba/service-kit/canonical-json';
import { AppError } from '@ziba/service-kit/errors';
import { modeOf } from '@ziba/service-kit/mode';
import { randomUUID } from 'node:crypto';
import { maskAccountNumber } from '../domain/account-number.ts';
import { approvalsRequired } from '../domain/approval-rules.ts';
import { PayoutErrors } from '../domain/payout-state.ts';
import { modeRefusals, providerFor } from '../domain/provider-choice.ts';
import { allRefusals, reviewFlags, withdrawalRefusals } from '../domain/withdrawal-rules.ts';
import { MethodRepository } from '../persistence/payout-method.repository.ts';
import { PayoutRepository, type NewPayout, type PayoutRow, type PayoutView } from '../persistence/payout.repository.ts';
import type { PayoutContext } from './payout-context.ts';
import { recordStep } from './payout-events.ts';
import { payoutMessage, toPayoutMessage } from './payout-mapper.ts';
import { earnerOf } from './payout-methods.usecase.ts';
import { lockFunds } from './payout.saga.ts';

/**
 * An earner asks for their money. Every rule is checked here (identity's eligibility and the payout
 * rules); a refusal is kept as BLOCKED with every reason and answered 422, and nothing moves.
 * Otherwise the saga starts (payout.saga.ts): the row is written (REQUESTED), the amount is locked
 * in the wallet, and the payout waits for an admin (PENDING). The same Idempotency-Key and request
 * answer with the same payout; the same key with another amount or currency is 409
 * IDEMPOTENCY_KEY_REUSED.
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
  const recentAttempts = (await PayoutRepository.recentAttemptTimes(em, earner.id)).length;
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
    now: new Date(),
  });
  const reasons = allRefusals(eligibility.reasons, refusals, modeRefusals(mode, { simulated: !!ctx.providers.simulated }));
  const flags = reviewFlags({
    recentAttempts,
    origin: source.origin,
    recentAttemptsFromIp: await PayoutRepository.recentAttemptsFromIp(em, input.clientIp),
    method: method && { ...method, holderIsLegalName: (await ctx.identity.call('MatchLegalName', { userId: earner.id, name: method.accountName })).matches },
    now: new Date(),
    ...(await PayoutRepository.pastTrouble(em, earner.id)),
  });

  // One id for both tries: a first insert that lost a race was rolled back.
  const id = randomUUID();
  const row = (why: string[]): NewPayout => ({
    id,
    ownerId: earner.id,
    ownerType: earner.role,
    countryCode: user.countryCode,
    // What was asked: a refusal for the wrong currency is recorded in the currency asked for.
    currency: /^[A-Z]{3}$/.test(currency) ? currency : wallet.currency,
    mode,
    amount: amount > 0n ? amount : 0n,
    provider: providerFor(mode),
    methodId: method?.id ?? null,
    maskedAccount: method ? maskAccountNumber(`0000${method.last4}`) : null,
    requestHash,
    approvalsRequired: approvalsRequired(amount, ctx.fourEyesThreshold(user.countryCode)),
    status: why.length ? 'BLOCKED' : 'REQUESTED',
    reasons: why,
    reviewFlags: flags,
    origin: source.origin,
    autoRunId: source.autoRunId,
    idempotencyKey: input.idempotencyKey,
    clientIp: input.clientIp || null,
  });
  // Who asked: the earner, or the admin or scheduled job whose weekly run created it (audit trail).
  const requestedBy = source.origin === 'auto_weekly' && actor ? actor : ({ type: 'USER', id: earner.id } as const);
  const requested = { actor: requestedBy, note: source.origin === 'auto_weekly' ? 'weekly automatic payout' : null };
  // The weekly run asked for nothing on the earner's behalf that they should see refused: a refusal is
  // one of the run's skipped earners, with its reasons, and leaves no payout on the earner's list.
  const refusedRun = (why: string[]) => source.origin === 'auto_weekly' && why.length > 0;
  if (refusedRun(reasons)) throw PayoutErrors.blocked({ id, reasons });
  let payout: PayoutRow;
  try {
    payout = await insert(ctx, row(reasons), requested);
  } catch (err) {
    if (!(err instanceof UniqueConstraintViolationException)) throw err;
    // The same key at the same moment: its payout answers. Another open payout won the race: this one is blocked.
    const same = await PayoutRepository.byKey(ctx.orm.em.fork(), earner.id, input.idempotencyKey);
    if (same) return answer(ctx, same, requestHash);
    if (refusedRun([...reasons, 'OPEN_PAYOUT_EXISTS'])) throw PayoutErrors.blocked({ id, reasons: [...reasons, 'OPEN_PAYOUT_EXISTS'] });
    payout = await insert(ctx, row([...reasons, 'OPEN_PAYOUT_EXISTS']), requested);
  }
  ctx.logger.info(
    { payoutId: payout.id, ownerId: earner.id, amount: amount.toString(), currency, status: payout.status, reasons: payout.reasons },
    'withdrawal requested',
  );
  if (payout.status === 'BLOCKED') throw PayoutErrors.blocked(payout);
  await lockFunds(ctx, payout, wallet.id, requestedBy);
  return payoutMessage(ctx.orm.em.fork(), payout.id);
}

/** The saga's row: REQUESTED, or BLOCKED with every reason (then nothing moves), and its first step recorded. */
async function insert(ctx: PayoutContext, row: NewPayout, requested: { actor: Actor; note: string | null }): Promise<PayoutRow> {
  return inTransaction(ctx, async (em) => {
    await PayoutRepository.insert(em, row);
    const p = (await PayoutRepository.find(em, row.id))!;
    await recordStep(em, p, null, p.status, requested.actor, requested.note, { reasons: row.reasons });
    return p;
  });
}

/** A repeated key: the first answer for the same request; rows from before hashes were kept answer as before. */
async function answer(ctx: PayoutContext, p: PayoutView, requestHash: string) {
  if (p.requestHash !== null && p.requestHash !== requestHash) throw PayoutErrors.keyReused();
  if (p.status === 'BLOCKED') throw PayoutErrors.blocked(p);
  return toPayoutMessage(ctx.orm.em.fork(), p);
}
