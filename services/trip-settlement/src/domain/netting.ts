import { TripErrors } from './trip-state.ts';

/** Weeks start on Monday (UTC); any date in the week names it. */
export function weekStartOf(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!d || d.toISOString().slice(0, 10) !== isoDate) throw TripErrors.invalid('weekOf', 'must be a date as YYYY-MM-DD');
  const back = (d.getUTCDay() + 6) % 7;
  return new Date(d.getTime() - back * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Seed 003's netting: what is owed is taken from what is available, as much as there is; partial
 * when available is short, nothing when either is zero.
 */
export function nettingAmount(available: bigint, owed: bigint): bigint {
  if (available <= 0n || owed <= 0n) return 0n;
  return available < owed ? available : owed;
}
