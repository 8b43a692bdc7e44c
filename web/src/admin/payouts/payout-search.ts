import type { Schemas } from '@ziba/api-client';

type Status = Schemas['Payout']['status'];
export const PAYOUT_STATUSES: Status[] = ['PENDING', 'APPROVED', 'PROCESSING', 'PAID', 'FAILED', 'REJECTED', 'REVERSED', 'RETURNED', 'BLOCKED', 'REQUESTED'];

/** One status, or ANY: every status (the list opens on PENDING, so "no filter" needs a name of its own). */
export type StatusFilter = Status | 'ANY';

/** The payout list's filters, kept in the URL so a view can be bookmarked and shared. */
export interface PayoutSearch {
  status?: StatusFilter;
  ownerType?: 'DRIVER' | 'RESTAURANT';
  countryCode?: string;
  mode?: 'live' | 'test';
  from?: string;
  to?: string;
  methodKind?: 'BANK' | 'MOBILE_MONEY';
  flagged?: 'yes' | 'no';
  order?: ListOrder;
}

export type ListOrder = 'oldest' | 'newest';

/** Statuses an admin still has to act on: a queue, worked from the payout that has waited longest. */
const WAITING: readonly StatusFilter[] = ['REQUESTED', 'PENDING', 'APPROVED', 'PROCESSING', 'FAILED'];

/** The order asked for in the URL; else oldest first for a queue of payouts waiting, newest first for a history. */
export const orderOf = ({ status, order }: Pick<PayoutSearch, 'status' | 'order'>): ListOrder =>
  order ?? (status && WAITING.includes(status) ? 'oldest' : 'newest');

const DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
const pick = <T extends string>(value: unknown, allowed: readonly T[]): T | undefined => (allowed.includes(value as T) ? (value as T) : undefined);

/** Whatever the URL says, only valid filters come out; pending payouts first when none is chosen. */
export function parsePayoutSearch(search: Record<string, unknown>): PayoutSearch {
  return {
    status: search.status === undefined ? 'PENDING' : pick(search.status, [...PAYOUT_STATUSES, 'ANY'] as const),
    ownerType: pick(search.ownerType, ['DRIVER', 'RESTAURANT'] as const),
    countryCode: typeof search.countryCode === 'string' && /^[A-Z]{2}$/.test(search.countryCode) ? search.countryCode : undefined,
    mode: pick(search.mode, ['live', 'test'] as const),
    from: typeof search.from === 'string' && DATE.test(search.from) ? search.from : undefined,
    to: typeof search.to === 'string' && DATE.test(search.to) ? search.to : undefined,
    methodKind: pick(search.methodKind, ['BANK', 'MOBILE_MONEY'] as const),
    flagged: pick(search.flagged, ['yes', 'no'] as const),
    order: pick(search.order, ['oldest', 'newest'] as const),
  };
}

/** The API's query for these filters: ANY asks for no status at all; the order is always said. */
export const payoutQuery = (search: PayoutSearch) => ({ ...search, status: search.status === 'ANY' ? undefined : search.status, order: orderOf(search) });

/**
 * The filters of the list last shown in this tab (kept through a reload), so "Back to payouts" on a
 * payout returns to the view the admin opened it from (failed payouts, say), not the default pending ones.
 */
const LIST_SEARCH = 'ziba-admin-payouts-search';
export function rememberListSearch(search: PayoutSearch): void {
  try {
    sessionStorage.setItem(LIST_SEARCH, JSON.stringify(search));
  } catch {
    // Storage turned off: "Back to payouts" opens the default list.
  }
}
export function listSearchToReturnTo(): PayoutSearch {
  try {
    return parsePayoutSearch(JSON.parse(sessionStorage.getItem(LIST_SEARCH) ?? '{}') as Record<string, unknown>);
  } catch {
    return parsePayoutSearch({}); // not ours to trust: the default list
  }
}
