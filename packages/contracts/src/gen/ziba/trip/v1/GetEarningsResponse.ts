// Original file: protos/ziba/trip/v1/trip.proto

import type { EarningsRow as _ziba_trip_v1_EarningsRow, EarningsRow__Output as _ziba_trip_v1_EarningsRow__Output } from '../../../ziba/trip/v1/EarningsRow.ts';

export interface GetEarningsResponse {
  'rows'?: (_ziba_trip_v1_EarningsRow)[];
}

export interface GetEarningsResponse__Output {
  'rows': (_ziba_trip_v1_EarningsRow__Output)[];
}
