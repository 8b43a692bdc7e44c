import { inTransaction } from '@ziba/persistence';
import type { Actor } from '@ziba/service-kit';
import { AppError, isAppError, isRefusal } from '@ziba/service-kit/errors';
import { RECHECKED_STEPS } from '../domain/approval-rules.ts';
import { NOTE_MAX, noteText, requireApprovalNote, requireMoveNote } from '../domain/decision-notes.ts';
import {
  ADMIN_ACTIONS,
  adminMove,
  adminReports,
  isMoveOf,
  moveFields,
  OPEN_STATUSES,
  PayoutErrors,
  providerMove,
  reversalAtProvider,
  type ProviderAction,
} from '../domain/payout-state.ts';
import { MethodRepository } from '../persistence/payout-method.repository.ts';
import { PayoutRepository, type PayoutRow } from '../persistence/payout.repository.ts';
import type { ProviderOutcome } from '../providers/payout-provider.ts';
import { PayoutApprovals } from './payout-approvals.ts';
import { failpoint, SOURCE, type PayoutContext } from './payout-context.ts';
import { recordStep } from './payout-events.ts';
import { payoutMessage, toPayoutMessage } from './payout-mapper.ts';
import { PayoutWallet } from './payout-wallet.ts';
import { maskLongNumbers } from '@ziba/service-kit/free-text';

/*
 * The payout saga (SPEC section 6). Each step commits the payout's state before the next one starts,
 * so a crash between two steps leaves a row that recovery (step 5) finishes. Every wallet call is
 * keyed by the payout and the step (payout-wallet.ts): a repeat is the same ledger entry.
 *
 *   step                                           compensation
 *   1. lock funds: Hold on the ledger              refused: BLOCKED, nothing held
 *      (REQUESTED -> PENDING)                      no answer: step 5 holds again, then Releases (BLOCKED)
 *   2. approve: one admin, two at four-eyes        reject: Release the hold (PENDING/APPROVED -> REJECTED)
 *      (PENDING -> APPROVED -> PROCESSING)
 *   3. submit to the provider       <- the pivot: money may leave; from here the saga only goes forward
 *   4. apply the outcome (answer, webhook, reconciler or finance's mark):
 *        PAID      Capture the hold into payout clearing (PROCESSING -> PAID; from FAILED too when
 *                  the provider reports it paid after all; after REVERSED it only flags the earner)
 *        FAILED    the hold stays (PROCESSING -> FAILED); retry: step 3 again,
 *                  or reverse: Release the hold (FAILED -> REVERSED)
 *        RETURNED  the bank sent a paid payout back: Credit it back from clearing (PAID -> RETURNED)
 *   5. recover: REQUESTED left behind -> the hold made certain, then released (BLOCKED);
 *               PROCESSING without an outcome -> the provider is asked, step 4 applies its answer
 *               (one it never received failed: an admin retries or reverses it).
 *
 * Which move is legal and what it does to the funds is payout-state.ts; the SQL is in persistence/.
 */

const SYSTEM = { type: 'SYSTEM' as const, id: SOURCE };
const providerActor = (provider: string) => ({ type: 'SYSTEM' as const, id: `provider:${provider}` });

/** Step 1. The request wrote the payout REQUESTED; the amount is locked, or the payout is blocked. */
export async function lockFunds(ctx: PayoutContext, p: PayoutRow, walletId: string, requestedBy: Actor): Promise<void> {
  try {
    await PayoutWallet.hold(ctx, p, walletId, requestedBy);
  } catch (err) {
    // Unknown outcome (the wallet is down or slow): step 5 settles it; the earner may retry.
    if (!isRefusal(err)) throw err;
    const refused = await inTransaction(ctx, async (em) => {
      await PayoutRepository.move(em, p.id, 'REQUESTED', 'BLOCKED', { reasons: [err.code] });
      await recordStep(em, p, 'REQUESTED', 'BLOCKED', SYSTEM, err.message, { reasons: [err.code] });
      return (await PayoutRepository.find(em, p.id))!;
    });
    throw PayoutErrors.blocked(refused);
  }
  failpoint(ctx, 'after-hold');
  await inTransaction(ctx, async (em) => {
    if (await PayoutRepository.move(em, p.id, 'REQUESTED', 'PENDING')) await recordStep(em, p, 'REQUESTED', 'PENDING', SYSTEM, 'funds on hold');
  });
}

/**
 * Step 2, and an admin's every later move (SPEC section 6): approve, reject, retry, reverse, and the
 * manual provider's mark paid, failed or returned. An approval hands the payout to its provider (step 3) after
 * the commit, so the provider is only ever asked about a payout whose state is saved.
 */
export async function decidePayout(
  ctx: PayoutContext,
  actor: Actor | null,
  payoutId: string,
  action: string,
  reasonInput: string,
  referenceInput: string,
  requestKey: string | null = null,
) {
  if (actor?.type !== 'ADMIN') throw new AppError('FORBIDDEN', 'ADMIN_ONLY', 'payouts are decided by admins');
  if (!(ADMIN_ACTIONS as readonly string[]).includes(action)) throw PayoutErrors.unknownAction();
  if (action === 'reverse') await confirmFailedAtProvider(ctx, payoutId);
  let moved: PayoutRow;
  try {
    moved = await move(ctx, actor, payoutId, action, reasonInput, referenceInput, requestKey);
  } catch (err) {
    // The retry of a decision whose answer was lost (a 5xx, a cut connection): SPEC 8 answers a repeat
    // with the first result, so it gets the payout as it is, not ILLEGAL_PAYOUT_TRANSITION or
    // ALREADY_APPROVED_BY_YOU. Only the same decision under the key: a key reused for another is not
    // its retry. Asked only after a refusal, so a first decision costs nothing more.
    if (!requestKey || !isAppError(err) || err.kind !== 'CONFLICT') throw err;
    const em = ctx.orm.em.fork();
    const earlier = await PayoutRepository.decisionsWith(em, payoutId, actor.id, requestKey);
    if ((action === 'approve' && earlier.approved) || earlier.steps.some((step) => isMoveOf(step, action))) return payoutMessage(em, payoutId, actor.id);
    throw err;
  }
  if (moved.status === 'PROCESSING') {
    // After the commit: the provider is only ever asked about a payout whose state is saved.
    await submitToProvider(ctx, moved).catch((err: Error) =>
      ctx.logger.warn({ payoutId, err: err.message }, 'provider submission failed; the reconciler will ask'),
    );
    return payoutMessage(ctx.orm.em.fork(), payoutId, actor.id);
  }
  // The payout as this decision left it: a concurrent second approval may have moved it on since.
  const em = ctx.orm.em.fork();
  return toPayoutMessage(em, { ...(await PayoutRepository.view(em, payoutId))!, ...moved }, actor.id);
}

/**
 * Before a reversal gives a failed payout's money back, its provider is asked where it stands
 * (reversalAtProvider): paid after all, the payout is made PAID and the reversal refused; not
 * confirmed failed, refused with nothing moved. The manual provider's outcome is finance's own mark.
 */
async function confirmFailedAtProvider(ctx: PayoutContext, payoutId: string): Promise<void> {
  const p = await PayoutRepository.find(ctx.orm.em.fork(), payoutId);
  // Not failed (move() refuses the reversal under the payout's lock), or finance's own mark.
  if (!p || p.status !== 'FAILED' || p.provider === 'manual') return;
  const provider = ctx.providers[p.provider];
  const verdict = provider ? reversalAtProvider(await provider.status(p)) : 'wait'; // no provider to ask: not confirmed
  if (verdict === 'reverse') return;
  // Made PAID only if it still was FAILED (an admin's retry may have moved it meanwhile).
  if (verdict === 'capture' && (await applyOutcome(ctx, p, 'PAID'))) throw PayoutErrors.paidByProvider(p.provider);
  throw PayoutErrors.failureUnconfirmed(p.provider);
}

/** Step 3, the pivot: handed to the provider under the payout's own id; a definite answer is step 4 at once. */
async function submitToProvider(ctx: PayoutContext, p: PayoutRow): Promise<void> {
  const provider = ctx.providers[p.provider];
  // The manual provider is finance's queue: its outcome comes as an admin's mark (step 4 through decidePayout).
  if (!provider || p.provider === 'manual' || !p.methodId) return;
  const sealed = await MethodRepository.sealed(ctx.orm.em.fork(), p.methodId);
  if (!sealed) return;
  failpoint(ctx, 'before-provider-submit');
  const outcome = await provider.submit(p, { number: ctx.vault.decrypt(sealed.keyId, sealed.ciphertext), name: sealed.accountName, bankCode: sealed.bankCode });
  failpoint(ctx, 'after-provider-submit');
  ctx.logger.info({ payoutId: p.id, provider: p.provider, outcome }, 'payout submitted to provider');
  await applyOutcome(ctx, p, outcome);
}

/**
 * Step 4 from the provider's answer (submission or reconciler): only a definite one moves the payout.
 * A transfer the provider says it never received (the process stopped between saving the hand-off
 * and making it) failed: no money left, the funds stay locked, and an admin retries it (sent then,
 * under the same reference) or reverses it. Never re-sent here: a send racing an admin's reversal
 * could pay twice.
 */
async function applyOutcome(ctx: PayoutContext, p: PayoutRow, outcome: ProviderOutcome): Promise<boolean> {
  if (outcome !== 'PAID' && outcome !== 'FAILED' && outcome !== 'NOT_FOUND') return false;
  const failure =
    outcome === 'NOT_FOUND' ? `the ${p.provider} provider has no record of this transfer: it was never sent` : `reported failed by the ${p.provider} provider`;
  try {
    if (outcome === 'PAID') await reportedByProvider(ctx, p.provider, p.id, { action: 'mark_paid', reason: '', reference: `${p.provider}:${p.id}` });
    else await reportedByProvider(ctx, p.provider, p.id, { action: 'mark_failed', reason: failure, reference: '' });
    return true;
  } catch (err) {
    // Already moved by the webhook or an admin: nothing to do.
    if (isAppError(err) && err.code === 'ILLEGAL_PAYOUT_TRANSITION') return false;
    throw err;
  }
}

/** Step 4 as a provider reports it (its answer or its webhook): PAID captures, FAILED keeps the hold, RETURNED credits back. */
export function reportedByProvider(
  ctx: PayoutContext,
  provider: string,
  payoutId: string,
  report: { action: ProviderAction; reason: string; reference: string },
): Promise<PayoutRow> {
  return move(ctx, providerActor(provider), payoutId, report.action, report.reason, report.reference, null, 'provider');
}

/**
 * One move under the payout's row lock: twenty concurrent approvals or marks queue, and all but the
 * first find it moved. Approve, mark paid and retry by an admin ask identity again whether the earner
 * may be paid (a provider reporting PAID is not asked: that money has left). The move's funds effect
 * is where the saga's compensations and its pivot's capture happen.
 */
async function move(
  ctx: PayoutContext,
  actor: Actor,
  payoutId: string,
  action: string,
  reasonInput: string,
  referenceInput: string,
  requestKey: string | null,
  movesBy: 'admin' | 'provider' = 'admin',
): Promise<PayoutRow> {
  // A provider's failure message may quote the account, as an admin may: kept as its last four.
  const reason = maskLongNumbers(noteText(reasonInput, NOTE_MAX.reason));
  const reference = noteText(referenceInput, NOTE_MAX.reference);
  requireMoveNote(action, { reason, reference });

  const result = await inTransaction(ctx, async (em): Promise<PayoutRow | { ineligible: string[] }> => {
    const p = await PayoutRepository.find(em, payoutId, { lock: true });
    if (!p) throw PayoutErrors.notFound();
    const next = movesBy === 'provider' ? providerMove(p.status, action) : adminMove(p.status, action);
    if (actor.type === 'ADMIN' && !adminReports(action, p.provider)) throw PayoutErrors.returnReportedByProvider(p.provider);
    const approval = action === 'approve' ? await PayoutApprovals.check(em, ctx, p, actor) : null;
    if (actor.type === 'ADMIN' && RECHECKED_STEPS.includes(action)) {
      const ineligible = await PayoutApprovals.ineligibility(em, ctx, p, actor);
      if (ineligible.length) return { ineligible };
    }
    // After eligibility: an earner who may not be paid is told first, not the note a flag asks for.
    requireApprovalNote(action, p.reviewFlags, reason);
    // An admin's mark is typed: a reference already on another payout is a slip that would record an
    // earner as paid by a transfer that paid someone else. A provider's report is what its bank did.
    if (action === 'mark_paid' && actor.type === 'ADMIN' && (await PayoutRepository.referenceUsedElsewhere(em, p, reference)))
      throw PayoutErrors.referenceUsed();
    if (approval) {
      await PayoutApprovals.record(em, p, actor, approval, reason || null, requestKey);
      // The first of two: recorded, and the payout waits for the second admin.
      if (!approval.complete) return (await PayoutRepository.find(em, p.id))!;
    }

    // The entry names the admin whose decision this is (mark paid, reject, reverse); a provider's
    // report names none, even for a payout an admin approved: the money moves because the provider
    // says so, whenever its answer comes, and the approvals are on the payout's own record.
    if (next.funds === 'release') await PayoutWallet.release(ctx, p, action === 'reject' ? 'reject' : 'reverse', actor); // compensation
    if (next.funds === 'capture') await PayoutWallet.capture(ctx, p, actor); // the pivot's outcome: the money left
    if (next.funds === 'credit_back') {
      await PayoutWallet.creditBack(ctx, p, actor); // the bank sent it back
      // A payout of the earner still open goes to the same account: whoever approves or pays it sees the return first.
      await PayoutRepository.flagPayoutsOf(em, p.ownerId, OPEN_STATUSES, 'PAYOUT_RETURNED_BEFORE');
    }

    if (!(await PayoutRepository.move(em, p.id, p.status, next.to, moveFields(action, { reason, reference }, p.reviewFlags))))
      throw PayoutErrors.illegal(p.status, action);
    await recordStep(em, p, p.status, next.to, actor, reason || reference || null, { requestKey });
    if (action === 'approve') {
      // Approved is handed on at once (step 3 follows the commit), under its own reference.
      await PayoutRepository.move(em, p.id, 'APPROVED', 'PROCESSING', { providerReference: p.providerReference ?? `manual-${p.id}` });
      await recordStep(em, p, 'APPROVED', 'PROCESSING', SYSTEM, `handed to the ${p.provider} provider`);
    }
    return (await PayoutRepository.find(em, p.id))!;
  });
  if ('ineligible' in result) {
    ctx.logger.warn({ payoutId, action, actorId: actor.id, reasons: result.ineligible }, 'payout step refused: the earner is not eligible now');
    throw PayoutErrors.notEligible(result.ineligible);
  }
  ctx.logger.info({ payoutId, action, actorId: actor.id, status: result.status }, 'payout decided');
  return result;
}

/**
 * Step 5 for payouts left REQUESTED (the process died, or the wallet did not answer): the same hold
 * request again makes its outcome certain, then it is released and the payout blocked, so no lock
 * is left behind a request the earner was told had failed.
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
        if (!isRefusal(err)) throw err;
      };
      // Made certain first (the same key replays it, or refuses it for good), then given back whatever the answer.
      await PayoutWallet.hold(ctx, p, wallet.id).catch(refusedOnly);
      await PayoutWallet.release(ctx, p, 'recover').catch(refusedOnly);
      await PayoutRepository.move(em, id, 'REQUESTED', 'BLOCKED', { reasons: ['WALLET_UNAVAILABLE'] });
      await recordStep(em, p, 'REQUESTED', 'BLOCKED', SYSTEM, 'the wallet did not confirm the lock in time; nothing is held', {
        reasons: ['WALLET_UNAVAILABLE'],
      });
      return true;
    });
    if (!acted) continue;
    resolved++;
    ctx.logger.warn({ payoutId: id }, 'stuck withdrawal request resolved: blocked, nothing held');
  }
  return resolved;
}

/** Step 5 for payouts at a provider whose outcome has not arrived: the provider is asked, step 4 applies what it says. */
export async function reconcileWithProviders(ctx: PayoutContext, olderThanMs: number): Promise<number> {
  const waiting = await PayoutRepository.awaitingProvider(ctx.orm.em.fork(), new Date(Date.now() - olderThanMs));
  let settled = 0;
  for (const p of waiting) {
    const provider = ctx.providers[p.provider];
    if (!provider) continue;
    const outcome = await provider.status(p);
    if (await applyOutcome(ctx, p, outcome)) settled++;
    ctx.logger.info({ payoutId: p.id, provider: p.provider, outcome }, 'payout reconciled with provider');
  }
  return settled;
}
