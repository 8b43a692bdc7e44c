// Original file: protos/ziba/trip/v1/trip.proto

import type { NettingRunSummary as _ziba_trip_v1_NettingRunSummary, NettingRunSummary__Output as _ziba_trip_v1_NettingRunSummary__Output } from '../../../ziba/trip/v1/NettingRunSummary.ts';

export interface ListNettingRunsResponse {
  'runs'?: (_ziba_trip_v1_NettingRunSummary)[];
}

export interface ListNettingRunsResponse__Output {
  'runs': (_ziba_trip_v1_NettingRunSummary__Output)[];
}
