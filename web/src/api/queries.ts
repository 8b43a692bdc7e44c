import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { Problem } from '@ziba/api-client';
import { api } from './client.ts';

/** A failed read: the problem the server answered, for the page to show in words. */
export class ApiProblem extends Error {
  readonly problem: Problem | undefined;
  readonly status: number;
  constructor(problem: Problem | undefined, status: number) {
    super(problem?.detail ?? problem?.code ?? `HTTP ${status}`);
    this.problem = problem;
    this.status = status;
  }
}

/** The problem behind a failed read or a refused action (actions throw the problem itself). */
export function problemOf(error: unknown): Problem | undefined {
  if (error instanceof ApiProblem) return error.problem;
  if (typeof error === 'object' && error !== null && 'code' in error) return error as Problem;
  return undefined;
}

/** The data of a read, or an ApiProblem TanStack Query keeps as the query's error. */
export async function read<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (error !== undefined || data === undefined) throw new ApiProblem(error as never, response.status);
  return data;
}

export const meQuery = queryOptions({ queryKey: ['me'], queryFn: () => read(api.GET('/api/me')), retry: false });
export const walletQuery = queryOptions({ queryKey: ['wallet'], queryFn: () => read(api.GET('/api/wallet')) });

/** The query of one page of a cursor-paged list: `pageSize` rows, after the cursor the page before ended on (none for the first). */
const pageQuery = (pageSize: number, cursor: string) => ({ limit: pageSize, ...(cursor ? { cursor } : {}) });

/**
 * The wallet's statement, newest first, `pageSize` lines a page; `data` is every line loaded so far,
 * and `fetchNextPage` reads the next page while `hasNextPage` (the server's `page.nextCursor`).
 */
export const transactionsQuery = (pageSize: number) =>
  infiniteQueryOptions({
    queryKey: ['transactions', pageSize],
    initialPageParam: '',
    queryFn: ({ pageParam }) => read(api.GET('/api/wallet/transactions', { params: { query: pageQuery(pageSize, pageParam) } })),
    getNextPageParam: (last) => last.page.nextCursor ?? undefined,
    select: (data) => data.pages.flatMap((p) => p.transactions),
  });

/** An earner's payouts, newest first, `pageSize` a page, read on like transactionsQuery. */
export const payoutsQuery = (earner: 'driver' | 'restaurant', pageSize: number) =>
  infiniteQueryOptions({
    queryKey: ['payouts', earner, pageSize],
    initialPageParam: '',
    queryFn: ({ pageParam }) => read(api.GET(`/api/${earner}/payouts`, { params: { query: pageQuery(pageSize, pageParam) } })),
    getNextPageParam: (last) => last.page.nextCursor ?? undefined,
    select: (data) => data.pages.flatMap((p) => p.payouts),
  });
export const eligibilityQuery = (action: 'WITHDRAW' | 'GO_ONLINE' | 'TRANSACT') =>
  queryOptions({ queryKey: ['eligibility', action], queryFn: () => read(api.GET('/api/me/eligibility', { params: { query: { action } } })) });
export const verificationQuery = queryOptions({ queryKey: ['verification'], queryFn: () => read(api.GET('/api/me/verification')) });
