// Original file: protos/ziba/trip/v1/trip.proto

import type { Money as _ziba_common_v1_Money, Money__Output as _ziba_common_v1_Money__Output } from '../../../ziba/common/v1/Money.ts';

export interface NegativeBalanceSettlement {
  'ownerId'?: (string);
  'walletId'?: (string);
  'entryId'?: (string);
  'amount'?: (_ziba_common_v1_Money | null);
  'owedAfter'?: (_ziba_common_v1_Money | null);
  'replayed'?: (boolean);
}

export interface NegativeBalanceSettlement__Output {
  'ownerId': (string);
  'walletId': (string);
  'entryId': (string);
  'amount': (_ziba_common_v1_Money__Output | null);
  'owedAfter': (_ziba_common_v1_Money__Output | null);
  'replayed': (boolean);
}
