import { inTransaction } from '@ziba/persistence';
import type { Actor } from '@ziba/service-kit';
import { RECHECKED_STEPS } from '../domain/approval-rules.ts';
import { NOTE_MAX, noteText, requireApprovalNote, requireMoveNote } from '../domain/decision-notes.ts';
import { adminMove, PayoutErrors } from '../domain/payout-state.ts';
import { PayoutRepository, type PayoutRow } from '../persistence/payout.repository.ts';
import { PayoutApprovals } from './payout-approvals.ts';
import type { PayoutContext } from './payout-context.ts';
import { recordStep } from './payout-events.ts';
import { PayoutWallet } from './payout-wallet.ts';

/**
 * One move of a payout under its row lock, for admins (checked by decidePayout) and for provider
 * outcomes (a system actor, which never moves a payout into PROCESSING). Returns the payout as
 * saved; handing a PROCESSING payout to its provider is the caller's step, after this commit.
 */
export async function applyMove(
  ctx: PayoutContext,
  actor: Actor,
  payoutId: string,
  action: string,
  reasonInput: string,
  referenceInput: string,
): Promise<PayoutRow> {
  const reason = noteText(reasonInput, NOTE_MAX.reason);
  const reference = noteText(referenceInput, NOTE_MAX.reference);
  requireMoveNote(action, { reason, reference });

  const result = await inTransaction(ctx, async (em): Promise<PayoutRow | { ineligible: string[] }> => {
    const p = await PayoutRepository.find(em, payoutId, { lock: true });
    if (!p) throw PayoutErrors.notFound();
    const move = adminMove(p.status, action);
    requireApprovalNote(action, p.reviewFlags, reason);
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
  if ('ineligible' in result) {
    ctx.logger.warn({ payoutId, action, actorId: actor.id, reasons: result.ineligible }, 'payout step refused: the earner is not eligible now');
    throw PayoutErrors.notEligible(result.ineligible);
  }
  ctx.logger.info({ payoutId, action, actorId: actor.id, status: result.status }, 'payout decided');
  return result;
}
