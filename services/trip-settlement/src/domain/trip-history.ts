import type { Actor } from '@ziba/service-kit';
import { AppError } from '@ziba/service-kit/errors';
import { SERVICE_TYPES, TripErrors, type ServiceType } from './trip-state.ts';

/** Whose column a history is read by: the rider who asked, the driver who drove, the restaurant ordered from. */
export type HistoryParty = 'RIDER' | 'DRIVER' | 'RESTAURANT';

/**
 * Whose trips a caller lists, from the verified actor alone (never from a request field): riders
 * (food customers too) their own rides, parcels and orders, drivers what they drove, restaurants the
 * orders placed with them. Staff and jobs have no history of their own here.
 */
export function historyOwnerOf(actor: Actor | null): { party: HistoryParty; ownerId: string } {
  if (actor?.type === 'USER' && (actor.role === 'RIDER' || actor.role === 'DRIVER' || actor.role === 'RESTAURANT'))
    return { party: actor.role, ownerId: actor.id };
  throw new AppError('FORBIDDEN', 'ACTION_NOT_ALLOWED', 'trip history is for riders, drivers and restaurants');
}

export const DEFAULT_HISTORY_PAGE = 20;
export const MAX_HISTORY_PAGE = 100;

/** The page size asked for: 0 (unset) is the default; anything outside 1 to 100 is refused rather than clamped. */
export function historyPageSize(n: number | undefined): number {
  if (!n) return DEFAULT_HISTORY_PAGE;
  if (!Number.isInteger(n) || n < 1 || n > MAX_HISTORY_PAGE) throw TripErrors.invalid('page size', `must be from 1 to ${MAX_HISTORY_PAGE}`);
  return n;
}

/** The kind filter: empty for every kind, else one service type. */
export function historyKind(text: string | undefined): ServiceType | null {
  if (!text) return null;
  if (!SERVICE_TYPES.includes(text as ServiceType)) throw TripErrors.invalid('serviceType', `must be one of ${SERVICE_TYPES.join(', ')}`);
  return text as ServiceType;
}

/** A page cut from `limit + 1` rows read: the extra row only says there is a next page, which starts after the last row shown. */
export function cutPage<T extends { id: string }>(rows: readonly T[], limit: number): { shown: T[]; nextCursor: string } {
  const shown = rows.slice(0, limit);
  return { shown, nextCursor: rows.length > limit ? shown[shown.length - 1]!.id : '' };
}
