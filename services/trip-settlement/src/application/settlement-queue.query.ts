import { inTransaction } from '@ziba/persistence';
import type { Actor } from '@ziba/service-kit';
import { AppError } from '@ziba/service-kit/errors';
import { countryFilter, listMode } from '../domain/list-filters.ts';
import { cutPage, historyPageSize } from '../domain/trip-history.ts';
import { TripErrors } from '../domain/trip-state.ts';
import { SettlementQueueRepository } from '../persistence/settlement-queue.repository.ts';
import type { TripContext } from './trip-context.ts';
import { toTripMessages } from './trip-mapper.ts';

/**
 * Trips completed and food orders delivered that wait for settlement, in the order they were
 * requested, a page at a time, for an admin to settle (settlement is explicit, SPEC 5). A cursor must be a trip (it may
 * have been settled since its page was read: the next page still starts after it).
 */
export async function listUnsettledTrips(
  ctx: TripContext,
  actor: Actor | null,
  input: { pageSize: number; cursor: string; countryCode: string; mode: string },
) {
  if (actor?.type !== 'ADMIN') throw new AppError('FORBIDDEN', 'ADMIN_ONLY', 'the settlement queue is for admins');
  const limit = historyPageSize(input.pageSize);
  const mode = listMode(input.mode);
  const countryCode = countryFilter(input.countryCode);
  return inTransaction(ctx, async (em) => {
    const after = input.cursor || null;
    if (after && !(await SettlementQueueRepository.exists(em, after))) throw TripErrors.invalid('cursor', 'must be one this list gave');
    const rows = await SettlementQueueRepository.page(em, { mode, countryCode, after, limit: limit + 1 });
    const { shown, nextCursor } = cutPage(rows, limit);
    return { trips: await toTripMessages(em, shown, actor), page: { nextCursor } };
  });
}
