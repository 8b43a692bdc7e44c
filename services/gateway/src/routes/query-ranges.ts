import { AppError } from '@ziba/service-kit/errors';

/**
 * A range given back to front matches nothing by construction, so the caller meant something else:
 * 400 naming both bounds, rather than an empty page that reads as "nothing happened". Runs after
 * validation, so each bound present is well-formed.
 */
const inverted = (low: string, high: string) => new AppError('INVALID', 'VALIDATION_FAILED', `querystring ${low} must not be after ${high}`);

/** `from` and `to` as days (YYYY-MM-DD) or instants. */
export function requireOrderedDates(q: { from?: string | undefined; to?: string | undefined }): void {
  if (q.from && q.to && Date.parse(q.from) > Date.parse(q.to)) throw inverted('from', 'to');
}

/** Two amount bounds in minor units, as decimal strings. */
export function requireOrderedAmounts(low: string | undefined, high: string | undefined, names: readonly [string, string]): void {
  if (low !== undefined && high !== undefined && BigInt(low) > BigInt(high)) throw inverted(...names);
}
