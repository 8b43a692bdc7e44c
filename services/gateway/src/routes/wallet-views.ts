import type { WalletTransaction__Output } from '@ziba/contracts/gen/ziba/wallet/v1/WalletTransaction.ts';

/**
 * A statement line as REST shows it: the ledger's empty balances after (a platform account's line,
 * which knows only its shard's balance) are null, so no client reads them as a balance of 0.
 */
export const toTransactionJson = (t: WalletTransaction__Output) => ({
  ...t,
  availableAfter: t.availableAfter || null,
  lockedAfter: t.lockedAfter || null,
  negativeAfter: t.negativeAfter || null,
});
