// Original file: protos/ziba/trip/v1/trip.proto

import type { NettingRun as _ziba_trip_v1_NettingRun, NettingRun__Output as _ziba_trip_v1_NettingRun__Output } from '../../../ziba/trip/v1/NettingRun.ts';

export interface RunWeeklyNettingResponse {
  'runs'?: (_ziba_trip_v1_NettingRun)[];
}

export interface RunWeeklyNettingResponse__Output {
  'runs': (_ziba_trip_v1_NettingRun__Output)[];
}
