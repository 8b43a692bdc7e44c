// Original file: protos/ziba/payout/v1/payout.proto

import type { AutoWeeklyRunSummary as _ziba_payout_v1_AutoWeeklyRunSummary, AutoWeeklyRunSummary__Output as _ziba_payout_v1_AutoWeeklyRunSummary__Output } from '../../../ziba/payout/v1/AutoWeeklyRunSummary.ts';

export interface ListAutoWeeklyRunsResponse {
  'runs'?: (_ziba_payout_v1_AutoWeeklyRunSummary)[];
}

export interface ListAutoWeeklyRunsResponse__Output {
  'runs': (_ziba_payout_v1_AutoWeeklyRunSummary__Output)[];
}
