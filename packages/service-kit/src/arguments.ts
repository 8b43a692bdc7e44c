import { AppError } from './errors.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (text: unknown): text is string => typeof text === 'string' && UUID.test(text);

/**
 * An id argument of a call: a UUID, or INVALID_ARGUMENT naming the field. Ids arrive in any case and
 * are used lower-case, so an upper-case id finds its row and is written the one way everywhere.
 */
export function requireUuid(field: string, text: string | undefined): string {
  if (!isUuid(text)) throw new AppError('INVALID', 'INVALID_ARGUMENT', `${field} must be a UUID`);
  return text.toLowerCase();
}

const COUNTRY = /^[A-Z]{2}$/;

/** An ISO 3166 alpha-2 country code as the platform writes it: two capital letters (NG, US, BD). */
export const isCountryCode = (text: unknown): text is string => typeof text === 'string' && COUNTRY.test(text);

/** A country argument: two capital letters, or INVALID_ARGUMENT naming the field. */
export function requireCountryCode(field: string, text: string | undefined): string {
  if (!isCountryCode(text)) throw new AppError('INVALID', 'INVALID_ARGUMENT', `${field} must be an ISO 3166 alpha-2 code (two capital letters, such as NG)`);
  return text;
}

/** A country filter: null when not given (every country), else as requireCountryCode. */
export const optionalCountryCode = (field: string, text: string | undefined): string | null => (text ? requireCountryCode(field, text) : null);

const MAX_INT64 = 9_223_372_036_854_775_807n;

/** A page cursor that is a sequence number (a bigint column): digits within int64, or INVALID_ARGUMENT. */
export function requireSequenceCursor(text: string): bigint {
  if (!/^[0-9]{1,19}$/.test(text) || BigInt(text) > MAX_INT64) throw new AppError('INVALID', 'INVALID_ARGUMENT', 'cursor must be one this list gave');
  return BigInt(text);
}

/**
 * A week argument: any real calendar date in it (YYYY-MM-DD) names the week, which starts on
 * Monday (UTC). Returns that Monday, or INVALID_ARGUMENT naming the field.
 */
export function requireWeekStart(field: string, isoDate: string | undefined): string {
  // Parsed as an ISO date-time, not Date.UTC(y, m, d), which reads the years 0 to 99 as 1900 to 1999.
  const d = /^\d{4}-\d{2}-\d{2}$/.test(isoDate ?? '') ? new Date(`${isoDate}T00:00:00Z`) : null;
  if (!d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== isoDate)
    throw new AppError('INVALID', 'INVALID_ARGUMENT', `${field} must be a real calendar date as YYYY-MM-DD`);
  return new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * 86_400_000).toISOString().slice(0, 10);
}

/** How far back a weekly run may be started: catching up on missed runs, not relabelling history. */
export const WEEKLY_RUN_LOOKBACK_WEEKS = 8;

/**
 * The week of a weekly run (netting, auto-payouts): it must have ended (a run takes its week's
 * slot, so running early would leave the scheduled run nothing to do) and be one of the last
 * `WEEKLY_RUN_LOOKBACK_WEEKS` weeks. Returns its Monday, or a named refusal (422).
 */
export function requireEndedWeek(field: string, isoDate: string | undefined, now = new Date()): string {
  const weekStart = requireWeekStart(field, isoDate);
  const thisWeek = requireWeekStart(field, now.toISOString().slice(0, 10));
  if (weekStart >= thisWeek)
    throw new AppError(
      'REFUSED',
      'WEEK_NOT_ENDED',
      `the week of ${weekStart} has not ended; a weekly run is for a week that has (the latest is the week of ${previousWeek(thisWeek)})`,
    );
  const earliest = new Date(Date.parse(thisWeek) - WEEKLY_RUN_LOOKBACK_WEEKS * 7 * 86_400_000).toISOString().slice(0, 10);
  if (weekStart < earliest)
    throw new AppError(
      'REFUSED',
      'WEEK_TOO_OLD',
      // The date as asked: the Monday of a week in year 0 would read as -000001-12.
      `${isoDate} is more than ${WEEKLY_RUN_LOOKBACK_WEEKS} weeks ago; the earliest a run may name is the week of ${earliest}`,
    );
  return weekStart;
}

const previousWeek = (monday: string) => new Date(Date.parse(monday) - 7 * 86_400_000).toISOString().slice(0, 10);

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (text: string | undefined): text is string => !!text && DAY.test(text) && !Number.isNaN(Date.parse(text));

/** A report's range of whole days, YYYY-MM-DD, both included: real days, from not after to; or INVALID_ARGUMENT. */
export function requireDayRange(from: string | undefined, to: string | undefined): { from: string; to: string } {
  if (!isDay(from) || !isDay(to)) throw new AppError('INVALID', 'INVALID_ARGUMENT', 'from and to are dates as YYYY-MM-DD');
  if (from > to) throw new AppError('INVALID', 'INVALID_ARGUMENT', 'from must not be after to');
  return { from, to };
}

export const REPORT_PERIODS = ['day', 'week', 'month'] as const;
export type ReportPeriod = (typeof REPORT_PERIODS)[number];

/** How a report groups its rows in time: day when not given. */
export function reportPeriod(groupBy: string | undefined): ReportPeriod {
  if (!groupBy) return 'day';
  if (!(REPORT_PERIODS as readonly string[]).includes(groupBy)) throw new AppError('INVALID', 'INVALID_ARGUMENT', 'groupBy must be day, week or month');
  return groupBy as ReportPeriod;
}
