import { AppError } from '@ziba/service-kit/errors';

/**
 * SPEC section 6. REQUESTED is the saga's first, internal step (the row exists, the hold is being
 * asked for); every other state is the table's.
 */
export type PayoutStatus = 'REQUESTED' | 'BLOCKED' | 'PENDING' | 'APPROVED' | 'PROCESSING' | 'PAID' | 'FAILED' | 'REJECTED' | 'REVERSED' | 'RETURNED';

export const ADMIN_ACTIONS = ['approve', 'reject', 'mark_paid', 'mark_failed', 'retry', 'reverse', 'mark_returned'] as const;
export type AdminAction = (typeof ADMIN_ACTIONS)[number];

/**
 * A bank returning money it had paid out is reported by the payout's provider (its webhook); the
 * manual provider's outcomes are finance's marks, so for it an admin records the return.
 */
export const adminReports = (action: string, provider: string): boolean => action !== 'mark_returned' || provider === 'manual';

/** An outcome a provider's webhook reports: paid, failed, or (after paid) returned by the bank. */
export type WebhookOutcome = 'PAID' | 'FAILED' | 'RETURNED';

/** The move a provider's outcome asks for (PROVIDER_MOVES). */
export const REPORTED: Record<WebhookOutcome, ProviderAction> = { PAID: 'mark_paid', FAILED: 'mark_failed', RETURNED: 'mark_returned' };

/**
 * Whether a provider's outcome applies to a payout now: 'apply' from a status its move starts from
 * (PROVIDER_MOVES); 'early' when the payout has not got there yet but may (webhooks arrive out of
 * order: a return before its payment, a payment before the send is recorded, a return while a
 * failed payout may still be retried), so it must be sent again later; 'past' when the payout moved
 * on without it (a repeat, or an outcome overtaken), so it changes nothing.
 */
export function providerOutcomeTiming(status: PayoutStatus, outcome: WebhookOutcome): 'apply' | 'early' | 'past' {
  if (PROVIDER_MOVES[REPORTED[outcome]].from.includes(status)) return 'apply';
  const notYetSent: readonly PayoutStatus[] = ['REQUESTED', 'PENDING', 'APPROVED'];
  const early = outcome === 'RETURNED' ? [...notYetSent, 'PROCESSING', 'FAILED'] : notYetSent;
  return early.includes(status) ? 'early' : 'past';
}

/** Money still locked in the earner's wallet: at most one such payout per earner. */
export const OPEN_STATUSES: readonly PayoutStatus[] = ['REQUESTED', 'PENDING', 'APPROVED', 'PROCESSING', 'FAILED'];

/** What each admin action does: from which states, to which, and what happens to the locked funds. */
export const ADMIN_MOVES: Record<AdminAction, { from: readonly PayoutStatus[]; to: PayoutStatus; funds: 'keep' | 'release' | 'capture' | 'credit_back' }> = {
  approve: { from: ['PENDING'], to: 'APPROVED', funds: 'keep' },
  reject: { from: ['PENDING', 'APPROVED'], to: 'REJECTED', funds: 'release' },
  mark_paid: { from: ['PROCESSING'], to: 'PAID', funds: 'capture' },
  mark_failed: { from: ['PROCESSING'], to: 'FAILED', funds: 'keep' },
  retry: { from: ['FAILED'], to: 'PROCESSING', funds: 'keep' },
  reverse: { from: ['FAILED'], to: 'REVERSED', funds: 'release' },
  mark_returned: { from: ['PAID'], to: 'RETURNED', funds: 'credit_back' },
};

export type ProviderAction = 'mark_paid' | 'mark_failed' | 'mark_returned';

/**
 * What a provider's report does: as an admin's mark, and one more. A payment reported after the
 * provider had reported the payout failed means the money left after all; its funds are still
 * locked (neither retried nor reversed yet), so they are captured and the payout is PAID. Left
 * FAILED, a retry would send it twice and a reversal would give the earner the money as well.
 */
export const PROVIDER_MOVES: Record<ProviderAction, (typeof ADMIN_MOVES)[AdminAction]> = {
  mark_paid: { from: ['PROCESSING', 'FAILED'], to: 'PAID', funds: 'capture' },
  mark_failed: ADMIN_MOVES.mark_failed,
  mark_returned: ADMIN_MOVES.mark_returned,
};

export const PayoutErrors = {
  illegal: (from: PayoutStatus, action: string) =>
    new AppError('CONFLICT', 'ILLEGAL_PAYOUT_TRANSITION', `cannot ${action.replace('_', ' ')} a payout that is ${from}`),
  unknownAction: () => new AppError('INVALID', 'UNKNOWN_ACTION', `action must be one of ${ADMIN_ACTIONS.join(', ')}`),
  notFound: () => new AppError('NOT_FOUND', 'PAYOUT_NOT_FOUND', 'no such payout'),
  referenceUsed: () =>
    new AppError(
      'CONFLICT',
      'EXTERNAL_REFERENCE_USED',
      'this externalReference is recorded already on another payout; check the bank’s reference. Nothing moved',
    ),
  reasonRequired: (what: string) => new AppError('INVALID', 'REASON_REQUIRED', `${what} is required`),
  outcomeTooEarly: (status: PayoutStatus, outcome: WebhookOutcome) =>
    new AppError(
      'CONFLICT',
      'PAYOUT_OUTCOME_TOO_EARLY',
      `the payout is ${status}, so ${outcome} cannot apply to it yet; send the callback again later (it was not recorded)`,
    ),
  paidByProvider: (provider: string) =>
    new AppError(
      'CONFLICT',
      'PAYOUT_PAID_BY_PROVIDER',
      `the ${provider} provider says this payout was paid after all: it is now PAID, its funds captured, and nothing was given back`,
    ),
  failureUnconfirmed: (provider: string) =>
    new AppError(
      'CONFLICT',
      'PROVIDER_FAILURE_UNCONFIRMED',
      `the ${provider} provider has not confirmed that this payout failed, so giving the money back could pay the earner twice; nothing moved. Retry the payout, or reverse it once the provider confirms`,
    ),
  returnReportedByProvider: (provider: string) =>
    new AppError('CONFLICT', 'RETURN_REPORTED_BY_PROVIDER', `a return of a payout the ${provider} provider paid is reported by that provider`),
  invalid: (field: string, why: string) => new AppError('INVALID', 'INVALID_ARGUMENT', `${field} ${why}`),
  keyReused: () => new AppError('CONFLICT', 'IDEMPOTENCY_KEY_REUSED', 'this idempotency key was used for a different withdrawal'),
  creditedByApprover: () =>
    new AppError(
      'CONFLICT',
      'APPROVER_CREDITED_WALLET',
      'you credited this earner’s wallet by hand (a correction or a refund) in the last 30 days; another admin approves this payout',
    ),
  alreadyApproved: () =>
    new AppError('CONFLICT', 'ALREADY_APPROVED_BY_YOU', 'you have approved this payout already; another admin must give the second approval'),
  notEligible: (reasons: string[]) => new AppError('REFUSED', 'EARNER_NOT_ELIGIBLE', 'the earner may not be paid now; see reasons', reasons),
  blocked: (p: { id: string; reasons: string[] }) => new AppError('REFUSED', 'PAYOUT_BLOCKED', `withdrawal ${p.id} was refused; see reasons`, p.reasons),
};

/** The admin actions allowed from a status with a provider, in the order a console shows them. */
export const adminActionsFrom = (status: PayoutStatus, provider: string) =>
  ADMIN_ACTIONS.filter((action) => ADMIN_MOVES[action].from.includes(status) && adminReports(action, provider));

/** What one admin may do: as from the status, but approve only once (the second approval is another admin's). */
export const adminActionsFor = (status: PayoutStatus, provider: string, approvedByThisAdmin: boolean) =>
  adminActionsFrom(status, provider).filter((action) => !(action === 'approve' && approvedByThisAdmin));

export function adminMove(status: PayoutStatus, action: string) {
  if (!(action in ADMIN_MOVES)) throw PayoutErrors.unknownAction();
  const move = ADMIN_MOVES[action as AdminAction];
  if (!move.from.includes(status)) throw PayoutErrors.illegal(status, action);
  return move;
}

/** As adminMove, for a provider's report (PROVIDER_MOVES). */
export function providerMove(status: PayoutStatus, action: string) {
  if (!(action in PROVIDER_MOVES)) throw PayoutErrors.unknownAction();
  const move = PROVIDER_MOVES[action as ProviderAction];
  if (!move.from.includes(status)) throw PayoutErrors.illegal(status, action);
  return move;
}

/**
 * Whether a failed payout may be reversed (its money given back to the earner) on what its provider
 * says now (SPEC 6: never on a guess): 'reverse' when it failed there or never reached it; 'capture'
 * when the provider says it was paid after all (the payout is made PAID, nothing given back);
 * 'wait' when the provider has not confirmed the failure (still processing, or no answer).
 */
export function reversalAtProvider(said: string): 'reverse' | 'capture' | 'wait' {
  if (said === 'FAILED' || said === 'NOT_FOUND') return 'reverse'; // never received: no money left through it
  return said === 'PAID' ? 'capture' : 'wait';
}

/**
 * A provider reporting paid a payout an admin had reversed: the earner has the money back and the
 * bank sent it too. Nothing can be captured any more; the earner's payouts are flagged so that
 * finance recovers the double payment before paying them anything else.
 */
export const PAID_AFTER_REVERSAL = 'PROVIDER_PAID_AFTER_REVERSAL';

/**
 * Whether a recorded step is what `action` does: the step a retry under the same Idempotency-Key may
 * be answered with. A key reused for another decision is not its retry.
 */
export function isMoveOf(step: { from: PayoutStatus | null; to: PayoutStatus }, action: string): boolean {
  if (!step.from) return false;
  try {
    return adminMove(step.from, action).to === step.to;
  } catch {
    return false;
  }
}

/**
 * What a move keeps on the payout besides its status: the rejection's reason for the earner, the
 * failure's reason, the bank's reference of a payment, and a return's review flag.
 */
export function moveFields(
  action: string,
  note: { reason: string; reference: string },
  reviewFlags: readonly string[],
): { rejectionReason?: string; failureReason?: string; externalReference?: string; reviewFlags?: string[] } {
  if (action === 'reject') return { rejectionReason: note.reason };
  if (action === 'mark_failed') return { failureReason: note.reason };
  if (action === 'mark_paid') return { externalReference: note.reference };
  // What the bank said is kept as the payout's failure, so the earner reads why (an account closed) as for a failed one.
  if (action === 'mark_returned') return { failureReason: note.reason, reviewFlags: [...new Set([...reviewFlags, 'PAYOUT_RETURNED'])] };
  return {};
}
