import type { Actor } from '@ziba/service-kit';
import { AppError } from '@ziba/service-kit/errors';
import { RECHECKED_STEPS } from '../domain/approval-rules.ts';
import { ADMIN_ACTIONS, adminMove, PayoutErrors } from '../domain/payout-state.ts';
import { PayoutRepository, type PayoutRow } from '../persistence/payout.repository.ts';
import { PayoutApprovals } from './payout-approvals.ts';
import type { PayoutContext } from './payout-context.ts';
import { recordStep } from './payout-events.ts';
import { toPayoutMessage } from './payout-mapper.ts';
import { PayoutWallet } from './payout-wallet.ts';
import { submitToProvider } from './provider-submission.ts';

const text = (v: string, max: number) => {
  const t = (v ?? '').trim();
  if (t.length > max) throw PayoutErrors.invalid('reason', `must be at most ${max} characters`);
  return t;
};

/**
 * An admin moves a payout (SPEC section 6). The payout row stays locked while its wallet step runs,
 * so twenty concurrent approvals or mark-paids queue and all but the first find it moved; each
 * wallet step is keyed by the payout and the step, so a repeat after a crash is the same entry.
 * With the manual provider an approval is handed to finance at once (PROCESSING); finance then marks
 * it paid (locked funds captured) or failed (funds stay locked until retried or reversed).
 * Approve, mark paid and retry first ask identity again whether the earner may be paid (422
 * EARNER_NOT_ELIGIBLE, the payout keeps its status and gains review flags); at or above the
 * country's four-eyes threshold an approval needs a second, different admin before it moves.
 */
export async function decidePayout(ctx: PayoutContext, actor: Actor | null, payoutId: string, action: string, reasonInput: string, referenceInput: string) {
  if (actor?.type !== 'ADMIN') throw new AppError('FORBIDDEN', 'ADMIN_ONLY', 'payouts are decided by admins');
  if (!(ADMIN_ACTIONS as readonly string[]).includes(action)) throw PayoutErrors.unknownAction();
  return applyMove(ctx, actor, payoutId, action, reasonInput, referenceInput);
}

/** The move itself, for admins (checked above) and for provider outcomes (a system actor). */
export async function applyMove(ctx: PayoutContext, actor: Actor, payoutId: string, action: string, reasonInput: string, referenceInput: string) {
  const reason = text(reasonInput, 500);
  const reference = text(referenceInput, 200);
  if (action === 'reject' && !reason) throw PayoutErrors.reasonRequired('rejectionReason');
  if (action === 'mark_failed' && !reason) throw PayoutErrors.reasonRequired('failureReason');
  if (action === 'mark_paid' && !reference) throw PayoutErrors.reasonRequired('externalReference');

  const result = await ctx.orm.em.fork().transactional(async (em): Promise<PayoutRow | { ineligible: string[] }> => {
    const p = await PayoutRepository.find(em, payoutId, { lock: true });
    if (!p) throw PayoutErrors.notFound();
    const move = adminMove(p.status, action);
    if (action === 'approve' && p.reviewFlags.length > 0 && !reason) throw new AppError('INVALID', 'NOTE_REQUIRED', `this payout is flagged (${p.reviewFlags.join(', ')}); approve it with a note`);
    const approval = action === 'approve' ? await PayoutApprovals.check(em, ctx, p, actor) : null;
    // A provider reporting PAID is not asked about: that money has left already and must be recorded.
    if (actor.type === 'ADMIN' && RECHECKED_STEPS.includes(action)) {
      const ineligible = await PayoutApprovals.ineligibility(em, ctx, p, actor);
      if (ineligible.length) return { ineligible };
    }
    if (approval) {
      await PayoutApprovals.record(em, p, actor, approval, reason || null);
      // The first of two: recorded, and the payout waits for the second admin.
      if (!approval.complete) return (await PayoutRepository.find(em, p.id))!;
    }

    if (move.funds === 'release') await PayoutWallet.release(ctx, p, action === 'reject' ? 'reject' : 'reverse');
    if (move.funds === 'capture') await PayoutWallet.capture(ctx, p);
    if (move.funds === 'credit_back') await PayoutWallet.creditBack(ctx, p);

    const patch: Record<string, unknown> = {};
    if (action === 'reject') patch.rejection_reason = reason;
    if (action === 'mark_failed') patch.failure_reason = reason;
    if (action === 'mark_paid') patch.external_reference = reference;
    if (action === 'mark_returned') patch.review_flags = `{${[...new Set([...p.reviewFlags, 'PAYOUT_RETURNED'])].join(',')}}`;
    if (!(await PayoutRepository.move(em, p.id, p.status, move.to, patch))) throw PayoutErrors.illegal(p.status, action);
    await recordStep(em, p, p.status, move.to, actor, reason || reference || null);
    if (action === 'approve') {
      // Manual provider: the approved payout goes to finance's transfer queue now, under its own reference.
      await PayoutRepository.move(em, p.id, 'APPROVED', 'PROCESSING', { provider_reference: p.providerReference ?? `manual-${p.id}` });
      await recordStep(em, p, 'APPROVED', 'PROCESSING', { type: 'SYSTEM', id: 'payout' }, `handed to the ${p.provider} provider`);
    }
    return (await PayoutRepository.find(em, p.id))!;
  });
  ctx.onCommit();
  if ('ineligible' in result) {
    ctx.logger.warn({ payoutId, action, actorId: actor.id, reasons: result.ineligible }, 'payout step refused: the earner is not eligible now');
    throw PayoutErrors.notEligible(result.ineligible);
  }
  ctx.logger.info({ payoutId, action, actorId: actor.id, status: result.status }, 'payout decided');
  if (result.status === 'PROCESSING') {
    // After the commit: the provider is only ever asked about a payout whose state is saved.
    await submitToProvider(ctx, result).catch((err: Error) => ctx.logger.warn({ payoutId, err: err.message }, 'provider submission failed; the reconciler will ask'));
    return toPayoutMessage(ctx.orm.em.fork(), (await PayoutRepository.find(ctx.orm.em.fork(), payoutId))!);
  }
  return toPayoutMessage(ctx.orm.em.fork(), result);
}
