// Original file: protos/ziba/trip/v1/trip.proto

import type { CommissionRule as _ziba_trip_v1_CommissionRule, CommissionRule__Output as _ziba_trip_v1_CommissionRule__Output } from '../../../ziba/trip/v1/CommissionRule.ts';

export interface ListCommissionRulesResponse {
  'rules'?: (_ziba_trip_v1_CommissionRule)[];
}

export interface ListCommissionRulesResponse__Output {
  'rules': (_ziba_trip_v1_CommissionRule__Output)[];
}
