import { queryOptions } from '@tanstack/react-query';
import { api } from './client.ts';
import { read } from './queries.ts';
import { usePagedList } from './use-paged-list.ts';

/** Which list a history page reads: the user's trips of every kind (riders, drivers) or their food orders (restaurants). */
export type TripList = 'trips' | 'food-orders';

/** The signed-in user's trips or food orders, newest first, a page at a time; whose they are is the server's decision. */
export function useTripHistory(list: TripList) {
  return usePagedList(
    ['trip-history', list],
    (paging) => read(list === 'trips' ? api.GET('/api/trips', { params: { query: paging } }) : api.GET('/api/food-orders', { params: { query: paging } })),
    (page) => page.trips,
    undefined,
    // A restaurant's new orders arrive, and their steps happen, while the list is open.
    list === 'food-orders' ? 10_000 : false,
  );
}

/** One trip or food order as its receipt shows it (GET /api/trips/{tripId} answers for every kind). */
export const tripQuery = (tripId: string) =>
  queryOptions({ queryKey: ['trip', tripId], queryFn: () => read(api.GET('/api/trips/{tripId}', { params: { path: { tripId } } })) });
