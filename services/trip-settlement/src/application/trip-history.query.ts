import { inTransaction } from '@ziba/persistence';
import type { Actor } from '@ziba/service-kit';
import { cutPage, historyKind, historyOwnerOf, historyPageSize } from '../domain/trip-history.ts';
import { TripErrors } from '../domain/trip-state.ts';
import { TripHistoryRepository } from '../persistence/trip-history.repository.ts';
import type { TripContext } from './trip-context.ts';
import { toTripMessages } from './trip-mapper.ts';

/**
 * The caller's trips and food orders, newest first, a page at a time. Whose they are comes from the
 * verified actor only; a cursor must be a trip of the same list (else INVALID_ARGUMENT, so another
 * user's trip id cannot be used to probe positions). The reads share one transaction but not one
 * snapshot (inTransaction is READ COMMITTED): a step committed between the page read and the
 * transitions read can show among a trip's transitions while its status is still the one before;
 * the next read shows both. A food order's lines and first transition are written with the order,
 * so a listed trip always has them.
 */
export async function listMyTrips(ctx: TripContext, actor: Actor | null, input: { pageSize: number; cursor: string; serviceType: string }) {
  const { party, ownerId } = historyOwnerOf(actor);
  const limit = historyPageSize(input.pageSize);
  const kind = historyKind(input.serviceType);
  return inTransaction(ctx, async (em) => {
    const after = input.cursor || null;
    if (after && !(await TripHistoryRepository.isOwnedBy(em, party, ownerId, after))) throw TripErrors.invalid('cursor', 'must be one this list gave');
    const rows = await TripHistoryRepository.page(em, { party, ownerId, kind, after, limit: limit + 1 });
    const { shown, nextCursor } = cutPage(rows, limit);
    return { trips: await toTripMessages(em, shown, actor), page: { nextCursor } };
  });
}
