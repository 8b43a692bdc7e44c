import type { Actor } from '@ziba/service-kit';
import { TripErrors } from './trip-state.ts';
import { maskLongNumbers } from '@ziba/service-kit/free-text';

/** The most a reason holds, as the gateway's schema says it. */
const MOST = 500;

/** An admin's reason for a money decision on a trip, trimmed: 3 to 500 characters, for the audit trail. */
export function requireReason(text: string | undefined): string {
  const why = maskLongNumbers(text?.trim() ?? '');
  // Counted in characters (code points), as the gateway's schema counts them: an emoji is one.
  const length = [...why].length;
  if (length < 3 || length > MOST) throw TripErrors.invalid('reason', `must be 3 to ${MOST} characters`);
  return why;
}

/**
 * The reason a step records. Support's cancel gives a customer's money back and ends the work of a
 * driver or restaurant, so it says why, as a stuck hold's release does; a rider's, driver's or
 * restaurant's step carries none (the app has no place for one, and a stray one is refused).
 */
export function stepReason(actor: Actor | null, action: string, text: string | undefined): string | null {
  if (actor?.type === 'ADMIN' && action === 'cancel') return requireReason(text);
  if (text) throw TripErrors.invalid('reason', 'must be left out: only support gives one, when it cancels a trip');
  return null;
}
