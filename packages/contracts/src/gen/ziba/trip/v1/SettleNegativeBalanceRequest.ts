// Original file: protos/ziba/trip/v1/trip.proto

import type { Money as _ziba_common_v1_Money, Money__Output as _ziba_common_v1_Money__Output } from '../../../ziba/common/v1/Money.ts';

export interface SettleNegativeBalanceRequest {
  'idempotencyKey'?: (string);
  'ownerId'?: (string);
  'amount'?: (_ziba_common_v1_Money | null);
  'reason'?: (string);
  'externalReference'?: (string);
}

export interface SettleNegativeBalanceRequest__Output {
  'idempotencyKey': (string);
  'ownerId': (string);
  'amount': (_ziba_common_v1_Money__Output | null);
  'reason': (string);
  'externalReference': (string);
}
