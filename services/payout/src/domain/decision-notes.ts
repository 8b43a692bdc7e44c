import { AppError } from '@ziba/service-kit/errors';
import { PayoutErrors } from './payout-state.ts';

/** The longest note an admin or provider leaves on a move (a reason), and the longest reference. */
export const NOTE_MAX = { reason: 500, reference: 200 } as const;

/** A note as kept: trimmed, empty when none; longer than `max` is INVALID_ARGUMENT (the field is named `reason` either way, as it always was). */
export function noteText(v: string, max: number): string {
  const t = (v ?? '').trim();
  if (t.length > max) throw PayoutErrors.invalid('reason', `must be at most ${max} characters`);
  return t;
}

/**
 * The words a payout move must carry before the payout is even read, REASON_REQUIRED naming the
 * missing field: a rejection tells the earner why (rejectionReason), a failure says what went
 * wrong so it can be retried or reversed (failureReason), a payment names the bank's reference so
 * finance can match it (externalReference), a return says what the bank said (returnReason). Every
 * other move needs none.
 */
export function requireMoveNote(action: string, note: { reason: string; reference: string }): void {
  if (action === 'reject' && !note.reason) throw PayoutErrors.reasonRequired('rejectionReason');
  if (action === 'mark_failed' && !note.reason) throw PayoutErrors.reasonRequired('failureReason');
  if (action === 'mark_paid' && !note.reference) throw PayoutErrors.reasonRequired('externalReference');
  if (action === 'mark_returned' && !note.reason) throw PayoutErrors.reasonRequired('returnReason');
}

/**
 * A flagged payout (rapid attempts, a new payout method, a return before...) is approved only with a
 * note, NOTE_REQUIRED: the approving admin says why the flags did not stop them.
 */
export function requireApprovalNote(action: string, reviewFlags: readonly string[], reason: string): void {
  if (action === 'approve' && reviewFlags.length > 0 && !reason)
    throw new AppError('INVALID', 'NOTE_REQUIRED', `this payout is flagged (${reviewFlags.join(', ')}); approve it with a note`);
}
