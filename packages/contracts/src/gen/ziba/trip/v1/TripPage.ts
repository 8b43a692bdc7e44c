// Original file: protos/ziba/trip/v1/trip.proto

import type { Trip as _ziba_trip_v1_Trip, Trip__Output as _ziba_trip_v1_Trip__Output } from '../../../ziba/trip/v1/Trip.ts';
import type { PageInfo as _ziba_common_v1_PageInfo, PageInfo__Output as _ziba_common_v1_PageInfo__Output } from '../../../ziba/common/v1/PageInfo.ts';

export interface TripPage {
  'trips'?: (_ziba_trip_v1_Trip)[];
  'page'?: (_ziba_common_v1_PageInfo | null);
}

export interface TripPage__Output {
  'trips': (_ziba_trip_v1_Trip__Output)[];
  'page': (_ziba_common_v1_PageInfo__Output | null);
}
