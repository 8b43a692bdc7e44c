import type { SqlExecutor } from '@ziba/messaging';
import { inTransaction } from '@ziba/persistence';
import type { Actor } from '@ziba/service-kit';
import { AppError } from '@ziba/service-kit/errors';
import { countryFilter, listMode } from '../domain/list-filters.ts';
import { cutPage, historyKind, historyPageSize } from '../domain/trip-history.ts';
import { TripErrors } from '../domain/trip-state.ts';
import { tripExists, type AdminListFilter } from '../persistence/oldest-first-page.ts';
import { SettlementQueueRepository } from '../persistence/settlement-queue.repository.ts';
import { TripsUnderWayRepository } from '../persistence/trips-under-way.repository.ts';
import type { TripRow } from '../persistence/trip.repository.ts';
import type { TripContext } from './trip-context.ts';
import { toTripMessages } from './trip-mapper.ts';

/** What an admin asks a trip list for: a page size and cursor, and the filters (each may be empty). */
export interface AdminListInput {
  pageSize: number;
  cursor: string;
  countryCode: string;
  mode: string;
  serviceType?: string;
}

/**
 * Trips completed and food orders delivered that wait for settlement, in the order they were
 * requested, for an admin to settle (settlement is explicit, SPEC 5).
 */
export const listUnsettledTrips = (ctx: TripContext, actor: Actor | null, input: AdminListInput) =>
  adminTripPage(ctx, actor, input, 'the settlement queue', SettlementQueueRepository.page);

/**
 * Trips and food orders under way (waiting for a driver, or on the road), the longest waiting
 * first, for support: a trip whose driver vanished, or a parcel whose driver holds the goods, is
 * cancelled from here (its held fare goes back).
 */
export const listTripsUnderWay = (ctx: TripContext, actor: Actor | null, input: AdminListInput) =>
  adminTripPage(ctx, actor, input, 'the trips under way', TripsUnderWayRepository.page);

/** A page of an admin's list, oldest requested first. A cursor must be a trip (it may have left the list since its page was read: the next page still starts after it). */
async function adminTripPage(
  ctx: TripContext,
  actor: Actor | null,
  input: AdminListInput,
  what: string,
  page: (em: SqlExecutor, filter: AdminListFilter) => Promise<TripRow[]>,
) {
  if (actor?.type !== 'ADMIN') throw new AppError('FORBIDDEN', 'ADMIN_ONLY', `${what} is for admins`);
  const limit = historyPageSize(input.pageSize);
  const filter = { mode: listMode(input.mode), countryCode: countryFilter(input.countryCode), serviceType: historyKind(input.serviceType) };
  return inTransaction(ctx, async (em) => {
    const after = input.cursor || null;
    if (after && !(await tripExists(em, after))) throw TripErrors.invalid('cursor', 'must be one this list gave');
    const rows = await page(em, { ...filter, after, limit: limit + 1 });
    const { shown, nextCursor } = cutPage(rows, limit);
    return { trips: await toTripMessages(em, shown, actor), page: { nextCursor } };
  });
}
