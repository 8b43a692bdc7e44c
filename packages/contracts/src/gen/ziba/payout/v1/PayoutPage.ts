// Original file: protos/ziba/payout/v1/payout.proto

import type { Payout as _ziba_payout_v1_Payout, Payout__Output as _ziba_payout_v1_Payout__Output } from '../../../ziba/payout/v1/Payout.ts';
import type { PageInfo as _ziba_common_v1_PageInfo, PageInfo__Output as _ziba_common_v1_PageInfo__Output } from '../../../ziba/common/v1/PageInfo.ts';

export interface PayoutPage {
  'payouts'?: (_ziba_payout_v1_Payout)[];
  'page'?: (_ziba_common_v1_PageInfo | null);
}

export interface PayoutPage__Output {
  'payouts': (_ziba_payout_v1_Payout__Output)[];
  'page': (_ziba_common_v1_PageInfo__Output | null);
}
