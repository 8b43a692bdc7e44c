/**
 * Staff free text (a reason, a note, a provider's failure message) is kept for good in the audit
 * chain, sent in events and shown to earners; a full account or identity document number typed into
 * it must not be (SPEC 10). A run of 8 or more digits (any script's), single spaces or dashes between
 * them allowed, is kept as its last four: "paid to 0123 456 789" -> "paid to ****6789"; so is a word
 * of 7 or more letters and digits holding 6 or more digits, as licence and passport numbers are:
 * "ABC12345DL79" -> "****DL79". Left as written: ids (UUIDs), runs holding a date (2026-11-28,
 * 28-11-2026), amounts grouped in thousands (15 000 000), and shorter runs and words.
 */
export function maskLongNumbers(text: string): string {
  let kept = '';
  let from = 0;
  for (const id of text.matchAll(UUID)) {
    kept += maskRuns(text.slice(from, id.index)) + id[0];
    from = id.index + id[0].length;
  }
  return kept + maskRuns(text.slice(from));
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const LONG_RUN = /(?<!\p{Nd})\p{Nd}(?:[ -]?\p{Nd}){7,}(?!\p{Nd})/gu;
const DATE = /(?<!\p{Nd})(?:\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2}|\p{Nd}{2}-\p{Nd}{2}-\p{Nd}{4})(?!\p{Nd})/u;
const THOUSANDS = /^\p{Nd}{1,3}(?: \p{Nd}{3})+$/u;

// A word of letters and digits, 7 or more long, with a letter and 6 or more digits in it.
const CODE_WORD = /(?<![\p{L}\p{Nd}])(?=[\p{Nd}]*\p{L})(?=(?:\p{L}*\p{Nd}){6})[\p{L}\p{Nd}]{7,}(?![\p{L}\p{Nd}])/gu;
// An amount written with its currency's code glued on (NGN150000, 1500USD): the platform's currencies.
const AMOUNT_WORD = /^(?:(?:NGN|USD|BDT|GHS|KES)\d+|\d+(?:NGN|USD|BDT|GHS|KES))$/;

// Digit runs first: a run split by a space from the word it starts in ("AB1234567 890") is masked whole.
const maskRuns = (text: string) =>
  text
    .replace(LONG_RUN, (run) => (DATE.test(run) || THOUSANDS.test(run) ? run : `****${run.replace(/[^\p{Nd}]/gu, '').slice(-4)}`))
    .replace(CODE_WORD, (word) => (AMOUNT_WORD.test(word) ? word : `****${word.slice(-4)}`));
