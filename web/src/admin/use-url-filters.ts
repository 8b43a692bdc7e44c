import { useNavigate, useSearch } from '@tanstack/react-router';
import type { AuditSearch } from './audit/audit-search.ts';
import type { EarningsSearch } from './earnings/earnings-search.ts';
import type { PayoutSearch } from './payouts/payout-search.ts';
import type { parsePricingSearch } from './pricing/pricing-search.ts';
import type { UserSearch } from './users/user-search.ts';
import type { WalletSearch } from './wallets/wallet-search.ts';

/** What each filtered page's URL carries, as its route's validateSearch (router.tsx) parses it. */
interface UrlFilters {
  '/admin/payouts': PayoutSearch;
  '/admin/wallets': WalletSearch;
  '/admin/earnings': EarningsSearch;
  '/admin/audit': AuditSearch;
  '/admin/users': UserSearch;
  '/admin/pricing': ReturnType<typeof parsePricingSearch>;
}

/**
 * A page's filters as its URL carries them (so a view can be bookmarked and shared), and `filter` to
 * change some of them, keeping the others.
 */
export function useUrlFilters<R extends keyof UrlFilters>(from: R) {
  // The router types these routes' search as `any` (hence the names above) and refuses a generic route.
  const route: keyof UrlFilters = from;
  const current = useSearch({ from: route });
  const search: UrlFilters[R] = current;
  const navigate = useNavigate({ from: route });
  const filter = (change: Partial<UrlFilters[R]>) => navigate({ search: (prev: UrlFilters[R]) => ({ ...prev, ...change }) });
  return { search, filter };
}
