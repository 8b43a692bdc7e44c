// Original file: protos/ziba/trip/v1/trip.proto

import type { Money as _ziba_common_v1_Money, Money__Output as _ziba_common_v1_Money__Output } from '../../../ziba/common/v1/Money.ts';

export interface Settlement {
  'tripId'?: (string);
  'entryId'?: (string);
  'fare'?: (_ziba_common_v1_Money | null);
  'driverAmount'?: (_ziba_common_v1_Money | null);
  'platformAmount'?: (_ziba_common_v1_Money | null);
  'commissionRuleId'?: (string);
  'commissionBps'?: (number);
  'paymentMethod'?: (string);
  'settledAt'?: (string);
  'restaurantAmount'?: (_ziba_common_v1_Money | null);
  'restaurantRuleId'?: (string);
  'restaurantBps'?: (number);
}

export interface Settlement__Output {
  'tripId': (string);
  'entryId': (string);
  'fare': (_ziba_common_v1_Money__Output | null);
  'driverAmount': (_ziba_common_v1_Money__Output | null);
  'platformAmount': (_ziba_common_v1_Money__Output | null);
  'commissionRuleId': (string);
  'commissionBps': (number);
  'paymentMethod': (string);
  'settledAt': (string);
  'restaurantAmount': (_ziba_common_v1_Money__Output | null);
  'restaurantRuleId': (string);
  'restaurantBps': (number);
}
