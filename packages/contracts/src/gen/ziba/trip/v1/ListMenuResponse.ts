// Original file: protos/ziba/trip/v1/trip.proto

import type { MenuItem as _ziba_trip_v1_MenuItem, MenuItem__Output as _ziba_trip_v1_MenuItem__Output } from '../../../ziba/trip/v1/MenuItem.ts';

export interface ListMenuResponse {
  'items'?: (_ziba_trip_v1_MenuItem)[];
}

export interface ListMenuResponse__Output {
  'items': (_ziba_trip_v1_MenuItem__Output)[];
}
