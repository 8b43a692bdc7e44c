/**
 * Who must approve a payout before it reaches the provider (SPEC section 6, four-eyes), and what an
 * earner who is no longer eligible leaves on it. No I/O: the use case brings the facts.
 */

/** At or above the country's threshold, two different admins approve; below it, one. */
export function approvalsRequired(amount: bigint, fourEyesThreshold: bigint): number {
  return amount >= fourEyesThreshold ? 2 : 1;
}

/**
 * How long an admin's own credit to an earner's wallet (a correction or a refund) keeps them from
 * approving that earner's payouts: one admin may not both make money and pay it out. Another admin
 * approves instead.
 */
export const OWN_CREDIT_BARS_APPROVAL_MS = 30 * 24 * 3_600_000;

/** Whether an admin who last credited the earner's wallet at `creditedAt` (null: never) may approve their payout `now`. */
export const creditBarsApproval = (creditedAt: Date | null, now: Date): boolean =>
  creditedAt !== null && now.getTime() - creditedAt.getTime() < OWN_CREDIT_BARS_APPROVAL_MS;

export type ApprovalOutcome =
  /** The same admin cannot be both pairs of eyes. */
  | { refused: 'ALREADY_APPROVED_BY_YOU' }
  /** Recorded; `complete` when this approval is the last one needed and the payout moves on. */
  | { given: number; complete: boolean };

/** What one more approval by `adminId` does, given who approved before. */
export function nextApproval(f: { adminId: string; approvedBy: readonly string[]; required: number }): ApprovalOutcome {
  if (f.approvedBy.includes(f.adminId)) return { refused: 'ALREADY_APPROVED_BY_YOU' };
  const given = f.approvedBy.length + 1;
  return { given, complete: given >= f.required };
}

/** Admin steps after which money can leave: each asks identity again whether the earner may be paid. */
export const RECHECKED_STEPS: readonly string[] = ['approve', 'mark_paid', 'retry'];

/** The actions left to an admin while identity says the earner may not be paid: none that can pay them. */
export const actionsWhileIneligible = <A extends string>(actions: readonly A[]): A[] => actions.filter((a) => !RECHECKED_STEPS.includes(a));

/** The review flags of a refused step, one per identity reason (DRIVER_SUSPENDED -> EARNER_NOT_ELIGIBLE:DRIVER_SUSPENDED). */
export function ineligibleFlags(existing: readonly string[], reasons: readonly string[]): string[] {
  return [...new Set([...existing, ...reasons.map((r) => `EARNER_NOT_ELIGIBLE:${r}`)])];
}
