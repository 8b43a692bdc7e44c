import type { CurrencyCode } from '@ziba/money';

export const OWNER_TYPES = ['RIDER', 'DRIVER', 'RESTAURANT', 'PLATFORM', 'SYSTEM'] as const;
export type OwnerType = (typeof OWNER_TYPES)[number];

/** The wallets of people (riders, drivers, restaurants), not the platform's own accounts: a list filter, USER. */
export const USER_OWNER_TYPES = ['RIDER', 'DRIVER', 'RESTAURANT'] as const satisfies readonly OwnerType[];
/** What a wallet list filters by: one kind of owner, or USER for any person's wallet. */
export const OWNER_FILTERS = [...OWNER_TYPES, 'USER'] as const;
export type OwnerFilter = (typeof OWNER_FILTERS)[number];

export const MODES = ['live', 'test'] as const;
export type Mode = (typeof MODES)[number];

/** Where in a wallet a posting lands: spendable, locked under a hold, or commission owed (<= 0). */
export const BUCKETS = ['AVAILABLE', 'HELD', 'OWED'] as const;
export type Bucket = (typeof BUCKETS)[number];

/**
 * Platform-side accounts. REVENUE is the PLATFORM wallet; the others mirror money outside the
 * ledger: FUNDING (payment gateway), PAYOUT_CLEARING (sent to banks), CASH_RECEIVED (commission paid
 * in cash outside the app). They may go negative; they are sharded because every entry touches one.
 */
export const SYSTEM_ACCOUNTS = ['REVENUE', 'FUNDING', 'PAYOUT_CLEARING', 'CASH_RECEIVED'] as const;
export type SystemAccount = (typeof SYSTEM_ACCOUNTS)[number];

export const ownerTypeOfSystemAccount = (a: SystemAccount): OwnerType => (a === 'REVENUE' ? 'PLATFORM' : 'SYSTEM');

export const ENTRY_TYPES = ['ADD_FUNDS', 'CREDIT', 'DEBIT', 'HOLD', 'RELEASE', 'CAPTURE', 'TRANSFER'] as const;
export type EntryType = (typeof ENTRY_TYPES)[number];

export const SERVICE_TYPES = ['ride', 'food', 'parcel', 'adjustment', 'payout', 'commission', 'commission_settlement', 'refund', 'earning', 'funding'] as const;
export type ServiceType = (typeof SERVICE_TYPES)[number];

export const REFERENCE_TYPES = ['ride', 'food_order', 'delivery', 'payout', 'manual_adjustment', 'funding', 'netting_run'] as const;
export type ReferenceType = (typeof REFERENCE_TYPES)[number];
/** The reference types a trip's entries are posted under, by its kind (ride, food order, parcel). */
export const TRIP_REFERENCE_TYPES: readonly ReferenceType[] = ['ride', 'food_order', 'delivery'];

/** A wallet's balances in one shard; user wallets have a single shard. */
export interface Balances {
  available: bigint;
  held: bigint;
  owed: bigint;
  totalEarned: bigint;
}

export interface WalletInfo {
  id: string;
  ownerId: string;
  ownerType: OwnerType;
  currency: CurrencyCode;
  mode: Mode;
}

export type AccountRef = { walletId: string } | { system: SystemAccount };

export interface Leg {
  account: AccountRef;
  bucket: Bucket;
  /** Signed minor units: positive credits the bucket, negative debits it. */
  amount: bigint;
  holdId?: string;
  /** Counts towards the wallet's totalEarned (an earning credited to a driver or restaurant). */
  earning?: boolean;
}

export interface EntryDraft {
  type: EntryType;
  currency: CurrencyCode;
  mode: Mode;
  serviceType: ServiceType;
  reference: { type: ReferenceType; id: string } | null;
  description: string;
  createdByAdminId: string | null;
  legs: Leg[];
  /** A hold this entry opens (HOLD entries only). */
  openHold?: { id: string; walletId: string; amount: bigint };
}

export interface Hold {
  id: string;
  walletId: string;
  amount: bigint;
  remaining: bigint;
}
