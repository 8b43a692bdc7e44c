// Original file: protos/ziba/wallet/v1/wallet.proto

import type { Wallet as _ziba_wallet_v1_Wallet, Wallet__Output as _ziba_wallet_v1_Wallet__Output } from '../../../ziba/wallet/v1/Wallet.ts';
import type { PageInfo as _ziba_common_v1_PageInfo, PageInfo__Output as _ziba_common_v1_PageInfo__Output } from '../../../ziba/common/v1/PageInfo.ts';

export interface ListWalletsResponse {
  'wallets'?: (_ziba_wallet_v1_Wallet)[];
  'page'?: (_ziba_common_v1_PageInfo | null);
}

export interface ListWalletsResponse__Output {
  'wallets': (_ziba_wallet_v1_Wallet__Output)[];
  'page': (_ziba_common_v1_PageInfo__Output | null);
}
