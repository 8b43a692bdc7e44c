// Original file: protos/ziba/wallet/v1/wallet.proto

import type { OwnerRef as _ziba_wallet_v1_OwnerRef, OwnerRef__Output as _ziba_wallet_v1_OwnerRef__Output } from '../../../ziba/wallet/v1/OwnerRef.ts';

export interface GetWalletRequest {
  'walletId'?: (string);
  'owner'?: (_ziba_wallet_v1_OwnerRef | null);
  'by'?: "walletId"|"owner";
}

export interface GetWalletRequest__Output {
  'walletId'?: (string);
  'owner'?: (_ziba_wallet_v1_OwnerRef__Output | null);
  'by'?: "walletId"|"owner";
}
