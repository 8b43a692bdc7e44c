import { useInfiniteQuery, type QueryKey, type UseInfiniteQueryResult } from '@tanstack/react-query';

/** The paging part of a list request: a page of 50 rows, after the cursor the page before ended on. */
export interface Paging {
  limit: number;
  cursor?: string;
}

/** A cursor-paged list read a page at a time; its `data` is every row loaded so far, in order. */
export type PagedList<T> = UseInfiniteQueryResult<T[]>;

const PAGE_SIZE = 50;

/** One cursor-paged endpoint as a growing list: `fetchPage` reads one page, `rowsOf` takes its rows out. */
export function usePagedList<P extends { page: { nextCursor: string | null } }, T>(
  queryKey: QueryKey,
  fetchPage: (paging: Paging) => Promise<P>,
  rowsOf: (page: P) => T[],
): PagedList<T> {
  return useInfiniteQuery({
    queryKey,
    initialPageParam: '',
    queryFn: ({ pageParam }) => fetchPage({ limit: PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}) }),
    getNextPageParam: (last) => last.page.nextCursor ?? undefined,
    select: (data) => data.pages.flatMap(rowsOf),
  });
}
