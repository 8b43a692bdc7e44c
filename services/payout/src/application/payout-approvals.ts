import type { SqlExecutor } from '@ziba/messaging';
import type { Actor } from '@ziba/service-kit';
import { approvalsRequired, creditBarsApproval, ineligibleFlags, nextApproval } from '../domain/approval-rules.ts';
import { PayoutErrors } from '../domain/payout-state.ts';
import { PayoutRepository, type PayoutRow } from '../persistence/payout.repository.ts';
import type { PayoutContext } from './payout-context.ts';
import { PayoutWallet } from './payout-wallet.ts';
import { announceApproval } from './payout-events.ts';

/**
 * The approval and eligibility checks of an admin's decision, run with the payout row locked (see
 * the saga's move in payout.saga.ts), so concurrent approvals are counted one at a time.
 */
export const PayoutApprovals = {
  /**
   * Checks this admin may approve now: 409 ALREADY_APPROVED_BY_YOU for a second approval by the same
   * admin, 409 APPROVER_CREDITED_WALLET for an admin who credited the earner's wallet by hand lately
   * (creditBarsApproval). The payout needs what it was created with, or more if the threshold has since come down.
   */
  async check(em: SqlExecutor, ctx: PayoutContext, p: PayoutRow, actor: Actor) {
    const required = Math.max(p.approvalsRequired, approvalsRequired(p.amount, ctx.fourEyesThreshold(p.countryCode)));
    const approvedBy = (await PayoutRepository.approvals(em, p.id)).map((a) => a.admin_id);
    const outcome = nextApproval({ adminId: actor.id, approvedBy, required });
    if ('refused' in outcome) throw PayoutErrors.alreadyApproved();
    if (creditBarsApproval(await PayoutWallet.lastCreditBy(ctx, p, actor), new Date())) throw PayoutErrors.creditedByApprover();
    return { ...outcome, required };
  },

  /** Records the approval (who, when, the note) and announces it for the audit trail. */
  async record(em: SqlExecutor, p: PayoutRow, actor: Actor, approval: { given: number; required: number }, note: string | null, requestKey: string | null) {
    await PayoutRepository.recordApproval(em, p.id, actor.id, note, requestKey);
    if (approval.required !== p.approvalsRequired) await PayoutRepository.setApprovalsRequired(em, p.id, approval.required);
    await announceApproval(em, p, actor, approval.given, approval.required);
  },

  /**
   * Asks identity again, as the request did, whether the earner may be paid (a driver suspended or
   * blocked since is not). Refused: the reasons become review flags; the caller keeps the status.
   */
  async ineligibility(em: SqlExecutor, ctx: PayoutContext, p: PayoutRow, actor: Actor): Promise<string[]> {
    const eligibility = await ctx.identity.call('CheckEligibility', { userId: p.ownerId, action: 'WITHDRAW', mode: p.mode }, { actor });
    if (eligibility.allowed) return [];
    await PayoutRepository.setReviewFlags(em, p.id, ineligibleFlags(p.reviewFlags, eligibility.reasons));
    return eligibility.reasons;
  },
};
