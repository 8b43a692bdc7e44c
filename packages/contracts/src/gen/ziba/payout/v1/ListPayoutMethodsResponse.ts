// Original file: protos/ziba/payout/v1/payout.proto

import type { PayoutMethod as _ziba_payout_v1_PayoutMethod, PayoutMethod__Output as _ziba_payout_v1_PayoutMethod__Output } from '../../../ziba/payout/v1/PayoutMethod.ts';

export interface ListPayoutMethodsResponse {
  'methods'?: (_ziba_payout_v1_PayoutMethod)[];
}

export interface ListPayoutMethodsResponse__Output {
  'methods': (_ziba_payout_v1_PayoutMethod__Output)[];
}
