import type { Actor } from '@ziba/service-kit';
import { AppError } from '@ziba/service-kit/errors';
import type { Mode } from '@ziba/service-kit/mode';
import { TripErrors } from './trip-state.ts';

/** The queue of trips waiting for settlement is the admins' to work through: they settle (SPEC 5). */
export function requireAdmin(actor: Actor | null): void {
  if (actor?.type !== 'ADMIN') throw new AppError('FORBIDDEN', 'ADMIN_ONLY', 'the settlement queue is for admins');
}

/** The mode a list is read in: live unless test is asked for, so test money never mixes into live work. */
export function listMode(text: string | undefined): Mode {
  const mode = text || 'live';
  if (mode !== 'live' && mode !== 'test') throw TripErrors.invalid('mode', 'must be live or test');
  return mode;
}

/** The country filter: empty for every country, else a two-letter code. */
export function countryFilter(text: string | undefined): string | null {
  if (!text) return null;
  if (!/^[A-Z]{2}$/.test(text)) throw TripErrors.invalid('countryCode', 'must be two capital letters (NG, US, BD)');
  return text;
}
