import type { SqlExecutor } from '@ziba/messaging';
import { oldestFirstPageSql, readOldestFirstPage, type AdminListFilter } from './oldest-first-page.ts';
import type { TripRow } from './trip.repository.ts';

/**
 * Which trips wait for settlement: done, with a driver, and what a settle would take
 * (domain/settlement.ts assertSettleable): paid in cash, or paid online with the fare still held. A
 * done online trip whose hold was given back cannot be settled and is not waiting. The predicate of
 * trip_unsettled_idx (migration UnsettledTripIndex), word for word, so the planner can use the index.
 */
export const WAITING_FOR_SETTLEMENT = `status in ('COMPLETED', 'DELIVERED') and (payment_method = 'CASH' or hold_state = 'HELD') and driver_id is not null`;

/** A page of the queue: a mode's waiting trips in the order they were requested, after the cursor trip. */
export const QUEUE_PAGE_SQL = oldestFirstPageSql(WAITING_FOR_SETTLEMENT);

/**
 * The trips waiting for settlement through trip_unsettled_idx, which holds only the waiting trips:
 * it stays small however many trips were ever settled, and a page is one index range.
 */
export const SettlementQueueRepository = {
  page: (em: SqlExecutor, filter: AdminListFilter): Promise<TripRow[]> => readOldestFirstPage(em, QUEUE_PAGE_SQL, filter),
};
