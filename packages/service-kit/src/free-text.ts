/**
 * Staff free text (a reason, a note, a provider's failure message) is kept for good in the audit
 * chain, sent in events and shown to earners; a full account or identity document number typed into
 * it must not be (SPEC 10). A run of 8 or more digits, single spaces or dashes between them allowed,
 * is kept as its last four: "paid to 0123 456 789" -> "paid to ****6789". Shorter runs (amounts,
 * the last four an admin quotes) and dates (2026-11-28) stay as written.
 */
export function maskLongNumbers(text: string): string {
  return text.replace(LONG_NUMBER, (run) => (DATE.test(run) ? run : `****${run.replace(/\D/g, '').slice(-4)}`));
}

const LONG_NUMBER = /(?<![\p{L}\p{N}])\d(?:[ -]?\d){7,}(?![\p{L}\p{N}])/gu;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
