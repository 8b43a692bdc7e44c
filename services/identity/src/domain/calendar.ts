import { KycErrors } from './kyc-errors.ts';

/** A calendar date as YYYY-MM-DD; such strings compare correctly as text. */
export type IsoDate = string;

export function parseIsoDate(field: string, value: string): IsoDate {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) throw KycErrors.invalidDate(field, 'must be a date as YYYY-MM-DD');
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (d.getUTCFullYear() !== Number(m[1]) || d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3])) {
    throw KycErrors.invalidDate(field, 'is not a calendar date');
  }
  return value;
}

export const isoDateOf = (at: Date): IsoDate => at.toISOString().slice(0, 10);

/** Whole years from `from` to `to`. */
export function yearsBetween(from: IsoDate, to: IsoDate): number {
  const years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  return to.slice(5) >= from.slice(5) ? years : years - 1;
}
