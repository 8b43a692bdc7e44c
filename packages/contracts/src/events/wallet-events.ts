/** wallet.wallet-opened.v1 */
export interface WalletOpenedV1 {
  walletId: string;
  ownerId: string;
  ownerType: string;
  currency: string;
  mode: 'live' | 'test';
}

/** wallet.entry-posted.v1: one journal entry (audit calls it WALLET_TRANSACTION_CREATED). */
export interface EntryPostedV1 {
  entryId: string;
  entryType: string;
  serviceType: string;
  currency: string;
  mode: 'live' | 'test';
  reference: { type: string; id: string } | null;
  createdByAdminId: string | null;
  postings: Array<{ walletId: string; ownerId: string; ownerType: string; bucket: string; amount: string }>;
  /** An admin's adjustment or refund: the reason they gave (masked at intake), for the audit trail; absent otherwise. */
  reason?: string;
}
