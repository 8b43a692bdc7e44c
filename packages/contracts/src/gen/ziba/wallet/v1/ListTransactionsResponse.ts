// Original file: protos/ziba/wallet/v1/wallet.proto

import type { WalletTransaction as _ziba_wallet_v1_WalletTransaction, WalletTransaction__Output as _ziba_wallet_v1_WalletTransaction__Output } from '../../../ziba/wallet/v1/WalletTransaction.ts';
import type { PageInfo as _ziba_common_v1_PageInfo, PageInfo__Output as _ziba_common_v1_PageInfo__Output } from '../../../ziba/common/v1/PageInfo.ts';

export interface ListTransactionsResponse {
  'transactions'?: (_ziba_wallet_v1_WalletTransaction)[];
  'page'?: (_ziba_common_v1_PageInfo | null);
}

export interface ListTransactionsResponse__Output {
  'transactions': (_ziba_wallet_v1_WalletTransaction__Output)[];
  'page': (_ziba_common_v1_PageInfo__Output | null);
}
