import { useInfiniteQuery, type QueryKey, type UseInfiniteQueryResult } from '@tanstack/react-query';

/** The paging part of a list request: a page of rows (50 unless the list says), after the cursor the page before ended on. */
export interface Paging {
  limit: number;
  cursor?: string;
}

/** A cursor-paged list read a page at a time; its `data` is every row loaded so far, in order. */
export type PagedList<T> = UseInfiniteQueryResult<T[]>;

const PAGE_SIZE = 50;

/**
 * One cursor-paged endpoint as a growing list: `fetchPage` reads one page, `rowsOf` takes its rows
 * out; `pageSize` rows a page (the admin console's 50 unless said; a wallet's statement shows fewer).
 * `fetchNextPage` reads the next page while `hasNextPage` (the server's `page.nextCursor`).
 */
export function usePagedList<P extends { page: { nextCursor: string | null } }, T>(
  queryKey: QueryKey,
  fetchPage: (paging: Paging) => Promise<P>,
  rowsOf: (page: P) => T[],
  pageSize: number = PAGE_SIZE,
): PagedList<T> {
  return useInfiniteQuery({
    queryKey,
    initialPageParam: '',
    queryFn: ({ pageParam }) => fetchPage({ limit: pageSize, ...(pageParam ? { cursor: pageParam } : {}) }),
    getNextPageParam: (last) => last.page.nextCursor ?? undefined,
    select: (data) => data.pages.flatMap(rowsOf),
  });
}
