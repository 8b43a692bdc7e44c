// Original file: protos/ziba/wallet/v1/wallet.proto

import type { Money as _ziba_common_v1_Money, Money__Output as _ziba_common_v1_Money__Output } from '../../../ziba/common/v1/Money.ts';

export interface AdjustWalletRequest {
  'idempotencyKey'?: (string);
  'walletId'?: (string);
  'amount'?: (_ziba_common_v1_Money | null);
  'direction'?: (string);
  'kind'?: (string);
  'reason'?: (string);
  'tripId'?: (string);
}

export interface AdjustWalletRequest__Output {
  'idempotencyKey': (string);
  'walletId': (string);
  'amount': (_ziba_common_v1_Money__Output | null);
  'direction': (string);
  'kind': (string);
  'reason': (string);
  'tripId': (string);
}
