import type { Schemas } from '@ziba/api-client';

export type OwnerType = Schemas['Wallet']['ownerType'];
/** The owner filter: one kind of owner, USER (people's wallets, the list's default) or ALL (the platform's own accounts too). */
export type OwnerFilter = OwnerType | 'USER' | 'ALL';
export interface WalletSearch {
  /** One user's wallets (the Users page links here), in either mode unless `mode` says. */
  ownerId?: string;
  ownerType?: OwnerFilter;
  country?: string;
  mode?: 'live' | 'test';
  /** Available balance range in minor units of the country's currency (a range needs a country). */
  minAvailable?: string;
  maxAvailable?: string;
}
export const OWNER_FILTERS: OwnerFilter[] = ['USER', 'RIDER', 'DRIVER', 'RESTAURANT', 'PLATFORM', 'SYSTEM', 'ALL'];
/** The owner filter's choices in words. */
export const OWNER_CHOICES = [
  { value: 'USER', label: 'People' },
  { value: 'RIDER', label: 'Riders' },
  { value: 'DRIVER', label: 'Drivers' },
  { value: 'RESTAURANT', label: 'Restaurants' },
  { value: 'PLATFORM', label: 'Platform' },
  { value: 'SYSTEM', label: 'System' },
  { value: 'ALL', label: 'Everyone' },
] as const satisfies ReadonlyArray<{ value: OwnerFilter; label: string }>;

/**
 * The owner filter in force: the URL's, else people's wallets (riders, drivers, restaurants), as a
 * busy admin looks for a person's wallet far more often than at the platform's own accounts; one
 * user's wallets (ownerId) are theirs whatever their kind.
 */
export const ownerFilterOf = (search: WalletSearch): OwnerFilter => search.ownerType ?? (search.ownerId ? 'ALL' : 'USER');

/** What the list asks the server: the filters, with the owner filter in force (ALL asks for no owner type). */
export function walletListQuery(search: WalletSearch) {
  const { ownerType: _shown, ...rest } = search;
  const owner = ownerFilterOf(search);
  return owner === 'ALL' ? rest : { ...rest, ownerType: owner };
}

/** The wallet list's filters from the URL; anything invalid is dropped. */
export const parseWalletSearch = (s: Record<string, unknown>): WalletSearch => ({
  ownerId: typeof s.ownerId === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s.ownerId) ? s.ownerId : undefined,
  ownerType: OWNER_FILTERS.includes(s.ownerType as OwnerFilter) ? (s.ownerType as OwnerFilter) : undefined,
  country: typeof s.country === 'string' && /^[A-Z]{2}$/.test(s.country) ? s.country : undefined,
  mode: s.mode === 'test' ? 'test' : undefined,
  minAvailable: minorUnits(s.minAvailable),
  maxAvailable: minorUnits(s.maxAvailable),
});

const minorUnits = (v: unknown) => (typeof v === 'string' && /^(0|[1-9][0-9]{0,15})$/.test(v) ? v : undefined);
