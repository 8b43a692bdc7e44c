import { splitReason } from '../../api/problem-words.ts';
import { flagLabel } from '../payouts/flag-label.ts';

/** The auto-payout's own reasons for passing an earner by; any other is a withdrawal rule's code. */
const SKIP_WORDS: Record<string, string> = {
  BELOW_AUTO_PAYOUT_THRESHOLD: 'Below the threshold',
  OPEN_PAYOUT_EXISTS: 'A payout already open',
};

/**
 * Why a weekly run skipped an earner, as an admin reads it, a sentence each: "Driver not verified.
 * Missing document: NIN." What follows a colon (the documents) stays as sent.
 */
export function skipReasonWords(reasons: readonly string[]): string {
  return reasons
    .map((r) => {
      if (SKIP_WORDS[r]) return SKIP_WORDS[r];
      const { code, documents } = splitReason(r);
      return documents.length ? `${flagLabel(code)}: ${documents.join(' or ')}` : flagLabel(code);
    })
    .map((words) => `${words}.`)
    .join(' ');
}
