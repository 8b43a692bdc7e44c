import { queryOptions } from '@tanstack/react-query';
import type { Problem, Schemas } from '@ziba/api-client';
import { api } from './client.ts';
import { usePagedList, type RefetchEvery } from './use-paged-list.ts';

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

/** The gateway's readable, secret-free cookie beside its httpOnly session cookies (browser-session.ts). */
const SESSION_HINT = '__Host-ziba-signed-in=1';
/** Set once this browser has asked who is signed in: a session from before the hint existed gets its hint from that answer. */
const ASKED_ONCE = 'ziba-asked-who-is-signed-in';

/** Whether this browser may hold a session. Without it, asking who is signed in could only be refused (a 401 in the console). */
export const mayHaveSession = () => document.cookie.split('; ').includes(SESSION_HINT) || localStorage.getItem(ASKED_ONCE) === null;

/** Who is signed in; a visitor without a session is answered 401 here, as the server would, without a request. */
export const meQuery = queryOptions({
  queryKey: ['me'],
  queryFn: async () => {
    if (!mayHaveSession()) throw new ApiProblem({ type: 'about:blank', title: 'Unauthorized', status: 401, code: 'UNAUTHENTICATED' }, 401);
    // Noted before the answer: a second ask while this one is on its way (the sign-in redirect a
    // refused refresh makes clears the cache and asks again) is answered by this one, not sent too.
    localStorage.setItem(ASKED_ONCE, '1');
    return read(api.GET('/api/me'));
  },
  retry: false,
});
export const walletQuery = queryOptions({ queryKey: ['wallet'], queryFn: () => read(api.GET('/api/wallet')) });

/** The wallet statement's query key for `pageSize` lines a page; ['transactions'] is every size of it. */
export const transactionsKey = (pageSize: number) => ['transactions', pageSize] as const;

/** The wallet's statement, newest first, `pageSize` lines a page, read on a page at a time (usePagedList). */
export const useTransactions = (pageSize: number) =>
  usePagedList(
    transactionsKey(pageSize),
    (paging) => read(api.GET('/api/wallet/transactions', { params: { query: paging } })),
    (page) => page.transactions,
    pageSize,
  );

/** The reader's own statement lines of one trip or food order (its charge, hold and refunds): its receipt's. Under ['transactions'], so what refreshes the statement refreshes these. */
export const tripLinesQuery = (tripId: string) =>
  queryOptions({
    queryKey: ['transactions', 'trip', tripId],
    queryFn: () => read(api.GET('/api/wallet/transactions', { params: { query: { tripId, limit: 50 } } })),
  });

/** An earner's payouts, newest first, `pageSize` a page, read on like useTransactions (`refetchEvery`: see usePagedList). */
export const usePayouts = (earner: 'driver' | 'restaurant', pageSize: number, refetchEvery: RefetchEvery<Schemas['Payout']> = false) =>
  usePagedList(
    ['payouts', earner, pageSize],
    (paging) => read(api.GET(`/api/${earner}/payouts`, { params: { query: paging } })),
    (page) => page.payouts,
    pageSize,
    refetchEvery,
  );

export const verificationQuery = queryOptions({ queryKey: ['verification'], queryFn: () => read(api.GET('/api/me/verification')) });
