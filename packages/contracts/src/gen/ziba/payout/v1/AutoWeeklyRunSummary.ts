// Original file: protos/ziba/payout/v1/payout.proto

import type { Money as _ziba_common_v1_Money, Money__Output as _ziba_common_v1_Money__Output } from '../../../ziba/common/v1/Money.ts';

export interface AutoWeeklyRunSummary {
  'id'?: (string);
  'weekStart'?: (string);
  'countryCode'?: (string);
  'createdAt'?: (string);
  'startedBy'?: (string);
  'payouts'?: (number);
  'amount'?: (_ziba_common_v1_Money | null);
  'skipped'?: (number);
}

export interface AutoWeeklyRunSummary__Output {
  'id': (string);
  'weekStart': (string);
  'countryCode': (string);
  'createdAt': (string);
  'startedBy': (string);
  'payouts': (number);
  'amount': (_ziba_common_v1_Money__Output | null);
  'skipped': (number);
}
