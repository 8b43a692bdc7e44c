// Original file: protos/ziba/trip/v1/trip.proto

import type { StuckHold as _ziba_trip_v1_StuckHold, StuckHold__Output as _ziba_trip_v1_StuckHold__Output } from '../../../ziba/trip/v1/StuckHold.ts';

export interface ListStuckHoldsResponse {
  'holds'?: (_ziba_trip_v1_StuckHold)[];
}

export interface ListStuckHoldsResponse__Output {
  'holds': (_ziba_trip_v1_StuckHold__Output)[];
}
