import { assertCurrencyCode, MAX_AMOUNT, parseMinorUnits, type CurrencyCode } from '@ziba/money';
import { requireSequenceCursor, requireUuid } from '@ziba/service-kit';
import { AppError } from '@ziba/service-kit/errors';

/** Turns wire values into domain values, refusing anything malformed with INVALID_ARGUMENT. */
const invalid = (code: string, message: string) => new AppError('INVALID', code, message);

export function amount(text: string | undefined, field = 'amount'): bigint {
  let v: bigint;
  try {
    v = parseMinorUnits(text ?? '');
  } catch {
    throw invalid('INVALID_AMOUNT', `${field} must be an integer number of minor units`);
  }
  if (v <= 0n) throw invalid('INVALID_AMOUNT', `${field} must be greater than zero`);
  if (v > MAX_AMOUNT) throw invalid('INVALID_AMOUNT', `${field} must be at most 10^15`);
  return v;
}

export function optionalAmount(text: string | undefined): bigint | null {
  return text ? amount(text) : null;
}

export function signedAmount(text: string | undefined): bigint {
  try {
    return parseMinorUnits(text ?? '');
  } catch {
    throw invalid('INVALID_AMOUNT', 'leg amounts are signed integers of minor units');
  }
}

export function currency(text: string | undefined): CurrencyCode {
  try {
    return assertCurrencyCode(text ?? '');
  } catch {
    throw invalid('INVALID_CURRENCY', `unsupported currency ${String(text)}`);
  }
}

export function oneOf<T extends string>(values: readonly T[], text: string | undefined, field: string): T {
  if (!values.includes(text as T)) throw invalid('INVALID_ARGUMENT', `${field} must be one of ${values.join(', ')}`);
  return text as T;
}

export function required(text: string | undefined, field: string, max = 200): string {
  if (!text || text.length > max) throw invalid('INVALID_ARGUMENT', `${field} is required (at most ${max} characters)`);
  return text;
}

export function uuid(text: string | undefined, field: string): string {
  return requireUuid(field, text);
}

export const sequenceCursor = requireSequenceCursor;

export function pageSize(n: number | undefined): number {
  return Math.min(Math.max(n || 20, 1), 100);
}
