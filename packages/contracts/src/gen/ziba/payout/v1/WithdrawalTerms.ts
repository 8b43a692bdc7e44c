// Original file: protos/ziba/payout/v1/payout.proto

import type { Money as _ziba_common_v1_Money, Money__Output as _ziba_common_v1_Money__Output } from '../../../ziba/common/v1/Money.ts';

export interface WithdrawalTerms {
  'minimum'?: (_ziba_common_v1_Money | null);
  'reasons'?: (string)[];
  'velocityLimitLiftsAt'?: (string);
  'payoutMethodUsableFrom'?: (string);
}

export interface WithdrawalTerms__Output {
  'minimum': (_ziba_common_v1_Money__Output | null);
  'reasons': (string)[];
  'velocityLimitLiftsAt': (string);
  'payoutMethodUsableFrom': (string);
}
