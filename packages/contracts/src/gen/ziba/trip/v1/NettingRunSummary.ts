// Original file: protos/ziba/trip/v1/trip.proto

import type { Money as _ziba_common_v1_Money, Money__Output as _ziba_common_v1_Money__Output } from '../../../ziba/common/v1/Money.ts';

export interface NettingRunSummary {
  'id'?: (string);
  'weekStart'?: (string);
  'countryCode'?: (string);
  'status'?: (string);
  'startedAt'?: (string);
  'completedAt'?: (string);
  'startedBy'?: (string);
  'walletsNetted'?: (number);
  'netted'?: (_ziba_common_v1_Money | null);
}

export interface NettingRunSummary__Output {
  'id': (string);
  'weekStart': (string);
  'countryCode': (string);
  'status': (string);
  'startedAt': (string);
  'completedAt': (string);
  'startedBy': (string);
  'walletsNetted': (number);
  'netted': (_ziba_common_v1_Money__Output | null);
}
