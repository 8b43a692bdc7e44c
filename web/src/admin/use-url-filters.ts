import { useNavigate, useSearch } from '@tanstack/react-router';
import { parseAuditSearch } from './audit/audit-search.ts';
import { parseEarningsSearch } from './earnings/earnings-search.ts';
import { parseKycSearch } from './kyc/kyc-search.ts';
import { parsePayoutSearch } from './payouts/payout-search.ts';
import { parsePricingSearch } from './pricing/pricing-search.ts';
import { parseSettlementSearch } from './settlements/settlement-search.ts';
import { parseTripsSearch } from './trips/trips-search.ts';
import { parseUserSearch } from './users/user-search.ts';
import { parseWalletSearch } from './wallets/wallet-search.ts';

/** What each filtered page's URL carries: the parser its route's validateSearch uses (router.tsx). */
const PARSERS = {
  '/admin/payouts': parsePayoutSearch,
  '/admin/wallets': parseWalletSearch,
  '/admin/earnings': parseEarningsSearch,
  '/admin/audit': parseAuditSearch,
  '/admin/users': parseUserSearch,
  '/admin/pricing': parsePricingSearch,
  '/admin/kyc': parseKycSearch,
  '/admin/settlements': parseSettlementSearch,
  '/admin/trips': parseTripsSearch,
};
type UrlFilters = { [R in keyof typeof PARSERS]: ReturnType<(typeof PARSERS)[R]> };

/**
 * A page's filters as its URL carries them (so a view can be bookmarked and shared), and `filter` to
 * change some of them, keeping the others. Only the page's own filters come out: the router also
 * hands a route the URL's other parameters (`?country=NG` from an old link, `?mode=test`), which
 * must not reach the API, where they would be refused or, worse, change what a report shows.
 */
export function useUrlFilters<R extends keyof UrlFilters>(from: R) {
  // The router types these routes' search as `any` (hence the table above) and refuses a generic route.
  const route: keyof UrlFilters = from;
  const parse = PARSERS[from] as (s: Record<string, unknown>) => UrlFilters[R];
  const search = parse(useSearch({ from: route }) as Record<string, unknown>);
  const navigate = useNavigate({ from: route });
  const filter = (change: Partial<UrlFilters[R]>) => navigate({ search: (prev: Record<string, unknown>) => ({ ...parse(prev), ...change }) });
  return { search, filter };
}
