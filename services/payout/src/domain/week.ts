import { PayoutErrors } from './payout-state.ts';

/** Weeks start on Monday (UTC); any date in the week names it. */
export function weekStartOf(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate ?? '');
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!d || d.toISOString().slice(0, 10) !== isoDate) throw PayoutErrors.invalid('weekOf', 'must be a date as YYYY-MM-DD');
  return new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * 86_400_000).toISOString().slice(0, 10);
}
