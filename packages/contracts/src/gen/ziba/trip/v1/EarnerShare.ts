// Original file: protos/ziba/trip/v1/trip.proto

import type { Money as _ziba_common_v1_Money, Money__Output as _ziba_common_v1_Money__Output } from '../../../ziba/common/v1/Money.ts';

export interface EarnerShare {
  'earned'?: (_ziba_common_v1_Money | null);
  'commission'?: (_ziba_common_v1_Money | null);
  'commissionBps'?: (number);
}

export interface EarnerShare__Output {
  'earned': (_ziba_common_v1_Money__Output | null);
  'commission': (_ziba_common_v1_Money__Output | null);
  'commissionBps': (number);
}
