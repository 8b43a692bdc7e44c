// Original file: protos/ziba/payout/v1/payout.proto

import type { Payout as _ziba_payout_v1_Payout, Payout__Output as _ziba_payout_v1_Payout__Output } from '../../../ziba/payout/v1/Payout.ts';
import type { SkippedEarner as _ziba_payout_v1_SkippedEarner, SkippedEarner__Output as _ziba_payout_v1_SkippedEarner__Output } from '../../../ziba/payout/v1/SkippedEarner.ts';

export interface AutoWeeklyRun {
  'id'?: (string);
  'weekStart'?: (string);
  'countryCode'?: (string);
  'replayed'?: (boolean);
  'payouts'?: (_ziba_payout_v1_Payout)[];
  'skipped'?: (number);
  'skippedEarners'?: (_ziba_payout_v1_SkippedEarner)[];
}

export interface AutoWeeklyRun__Output {
  'id': (string);
  'weekStart': (string);
  'countryCode': (string);
  'replayed': (boolean);
  'payouts': (_ziba_payout_v1_Payout__Output)[];
  'skipped': (number);
  'skippedEarners': (_ziba_payout_v1_SkippedEarner__Output)[];
}
