import type { Schemas } from '@ziba/api-client';

export type OwnerType = Schemas['Wallet']['ownerType'];
export interface WalletSearch {
  /** One user's wallets (the Users page links here), in either mode unless `mode` says. */
  ownerId?: string;
  ownerType?: OwnerType;
  country?: string;
  mode?: 'live' | 'test';
  /** Available balance range in minor units of the country's currency (a range needs a country). */
  minAvailable?: string;
  maxAvailable?: string;
}
export const OWNER_TYPES: OwnerType[] = ['RIDER', 'DRIVER', 'RESTAURANT', 'PLATFORM', 'SYSTEM'];
/** The owner filter's choices in words. */
export const OWNER_CHOICES = [
  { value: 'RIDER', label: 'Riders' },
  { value: 'DRIVER', label: 'Drivers' },
  { value: 'RESTAURANT', label: 'Restaurants' },
  { value: 'PLATFORM', label: 'Platform' },
  { value: 'SYSTEM', label: 'System' },
] as const satisfies ReadonlyArray<{ value: OwnerType; label: string }>;

/** The wallet list's filters from the URL; anything invalid is dropped. */
export const parseWalletSearch = (s: Record<string, unknown>): WalletSearch => ({
  ownerId: typeof s.ownerId === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s.ownerId) ? s.ownerId : undefined,
  ownerType: OWNER_TYPES.includes(s.ownerType as OwnerType) ? (s.ownerType as OwnerType) : undefined,
  country: typeof s.country === 'string' && /^[A-Z]{2}$/.test(s.country) ? s.country : undefined,
  mode: s.mode === 'test' ? 'test' : undefined,
  minAvailable: minorUnits(s.minAvailable),
  maxAvailable: minorUnits(s.maxAvailable),
});

const minorUnits = (v: unknown) => (typeof v === 'string' && /^(0|[1-9][0-9]{0,15})$/.test(v) ? v : undefined);
