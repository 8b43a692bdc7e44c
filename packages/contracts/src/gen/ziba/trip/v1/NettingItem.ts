// Original file: protos/ziba/trip/v1/trip.proto

import type { Money as _ziba_common_v1_Money, Money__Output as _ziba_common_v1_Money__Output } from '../../../ziba/common/v1/Money.ts';

export interface NettingItem {
  'ownerId'?: (string);
  'walletId'?: (string);
  'owedBefore'?: (_ziba_common_v1_Money | null);
  'netted'?: (_ziba_common_v1_Money | null);
  'owedAfter'?: (_ziba_common_v1_Money | null);
  'entryId'?: (string);
}

export interface NettingItem__Output {
  'ownerId': (string);
  'walletId': (string);
  'owedBefore': (_ziba_common_v1_Money__Output | null);
  'netted': (_ziba_common_v1_Money__Output | null);
  'owedAfter': (_ziba_common_v1_Money__Output | null);
  'entryId': (string);
}
