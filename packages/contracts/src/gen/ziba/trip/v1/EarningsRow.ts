// Original file: protos/ziba/trip/v1/trip.proto

import type { Money as _ziba_common_v1_Money, Money__Output as _ziba_common_v1_Money__Output } from '../../../ziba/common/v1/Money.ts';

export interface EarningsRow {
  'periodStart'?: (string);
  'serviceType'?: (string);
  'countryCode'?: (string);
  'commission'?: (_ziba_common_v1_Money | null);
  'gross'?: (_ziba_common_v1_Money | null);
  'trips'?: (number);
  'refunds'?: (_ziba_common_v1_Money | null);
  'netCommission'?: (_ziba_common_v1_Money | null);
}

export interface EarningsRow__Output {
  'periodStart': (string);
  'serviceType': (string);
  'countryCode': (string);
  'commission': (_ziba_common_v1_Money__Output | null);
  'gross': (_ziba_common_v1_Money__Output | null);
  'trips': (number);
  'refunds': (_ziba_common_v1_Money__Output | null);
  'netCommission': (_ziba_common_v1_Money__Output | null);
}
