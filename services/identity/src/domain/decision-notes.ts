import { KycErrors } from './kyc-errors.ts';

/**
 * An approval that decides open review flags (a name that is not the legal name, a number another
 * account has, a provider that found no match) carries a note, NOTE_REQUIRED: the admin says what
 * they checked that the flags did not, and the trail keeps it with the decision. An approval with no
 * open flag needs none; a rejection always gives its reason (parseDecision).
 */
export function requireNoteForFlags(decision: string, openFlags: readonly string[], note: string | null): void {
  if (decision === 'APPROVE' && openFlags.length > 0 && !note) throw KycErrors.noteRequired(openFlags);
}
