// Original file: protos/ziba/wallet/v1/wallet.proto

import type { OwnerRef as _ziba_wallet_v1_OwnerRef, OwnerRef__Output as _ziba_wallet_v1_OwnerRef__Output } from '../../../ziba/wallet/v1/OwnerRef.ts';

export interface LastAdminCreditRequest {
  'owner'?: (_ziba_wallet_v1_OwnerRef | null);
  'adminId'?: (string);
}

export interface LastAdminCreditRequest__Output {
  'owner': (_ziba_wallet_v1_OwnerRef__Output | null);
  'adminId': (string);
}
