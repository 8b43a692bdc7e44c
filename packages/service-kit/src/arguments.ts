import { AppError } from './errors.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (text: unknown): text is string => typeof text === 'string' && UUID.test(text);

/** An id argument of a call: a UUID, or INVALID_ARGUMENT naming the field. */
export function requireUuid(field: string, text: string | undefined): string {
  if (!isUuid(text)) throw new AppError('INVALID', 'INVALID_ARGUMENT', `${field} must be a UUID`);
  return text;
}
