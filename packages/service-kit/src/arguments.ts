import { AppError } from './errors.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (text: unknown): text is string => typeof text === 'string' && UUID.test(text);

/** An id argument of a call: a UUID, or INVALID_ARGUMENT naming the field. */
export function requireUuid(field: string, text: string | undefined): string {
  if (!isUuid(text)) throw new AppError('INVALID', 'INVALID_ARGUMENT', `${field} must be a UUID`);
  return text;
}

/**
 * A week argument: any real calendar date in it (YYYY-MM-DD) names the week, which starts on
 * Monday (UTC). Returns that Monday, or INVALID_ARGUMENT naming the field.
 */
export function requireWeekStart(field: string, isoDate: string | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate ?? '');
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!d || d.toISOString().slice(0, 10) !== isoDate) throw new AppError('INVALID', 'INVALID_ARGUMENT', `${field} must be a date as YYYY-MM-DD`);
  return new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * 86_400_000).toISOString().slice(0, 10);
}
