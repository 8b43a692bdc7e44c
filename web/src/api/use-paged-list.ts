import { useInfiniteQuery, type QueryKey, type UseInfiniteQueryResult } from '@tanstack/react-query';

/** The paging part of a list request: a page of rows (50 unless the list says), after the cursor the page before ended on. */
export interface Paging {
  limit: number;
  cursor?: string;
}

/** A cursor-paged list read a page at a time; its `data` is every row loaded so far, in order. */
export type PagedList<T> = UseInfiniteQueryResult<T[]>;

const PAGE_SIZE = 50;

/** How often a list is read again: milliseconds, false (on focus only), or a function of the rows loaded that says it. */
export type RefetchEvery<T> = number | false | ((rows: T[]) => number | false);

/**
 * One cursor-paged endpoint as a growing list: `fetchPage` reads one page, `rowsOf` takes its rows
 * out; `pageSize` rows a page (the admin console's 50 unless said; a wallet's statement shows fewer).
 * `fetchNextPage` reads the next page while `hasNextPage` (the server's `page.nextCursor`).
 * `refetchEvery`: milliseconds between reads of the pages loaded, for a list others change (false: on
 * focus only), or a function of the rows loaded that says it.
 */
export function usePagedList<P extends { page: { nextCursor: string | null } }, T>(
  queryKey: QueryKey,
  fetchPage: (paging: Paging) => Promise<P>,
  rowsOf: (page: P) => T[],
  pageSize: number = PAGE_SIZE,
  refetchEvery: RefetchEvery<T> = false,
): PagedList<T> {
  return useInfiniteQuery({
    queryKey,
    refetchInterval:
      typeof refetchEvery === 'function'
        ? (q: { state: { data?: { pages: P[] } } }) => refetchEvery((q.state.data?.pages ?? []).flatMap(rowsOf))
        : refetchEvery,
    initialPageParam: '',
    queryFn: ({ pageParam }) => fetchPage({ limit: pageSize, ...(pageParam ? { cursor: pageParam } : {}) }),
    getNextPageParam: (last) => last.page.nextCursor ?? undefined,
    select: (data) => data.pages.flatMap(rowsOf),
  });
}
