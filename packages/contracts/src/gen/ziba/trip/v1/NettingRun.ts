// Original file: protos/ziba/trip/v1/trip.proto

import type { NettingItem as _ziba_trip_v1_NettingItem, NettingItem__Output as _ziba_trip_v1_NettingItem__Output } from '../../../ziba/trip/v1/NettingItem.ts';

export interface NettingRun {
  'id'?: (string);
  'weekStart'?: (string);
  'countryCode'?: (string);
  'status'?: (string);
  'replayed'?: (boolean);
  'items'?: (_ziba_trip_v1_NettingItem)[];
  'startedAt'?: (string);
  'completedAt'?: (string);
}

export interface NettingRun__Output {
  'id': (string);
  'weekStart': (string);
  'countryCode': (string);
  'status': (string);
  'replayed': (boolean);
  'items': (_ziba_trip_v1_NettingItem__Output)[];
  'startedAt': (string);
  'completedAt': (string);
}
