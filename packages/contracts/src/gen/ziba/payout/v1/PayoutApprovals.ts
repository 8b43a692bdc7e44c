// Original file: protos/ziba/payout/v1/payout.proto

import type { PayoutApproval as _ziba_payout_v1_PayoutApproval, PayoutApproval__Output as _ziba_payout_v1_PayoutApproval__Output } from '../../../ziba/payout/v1/PayoutApproval.ts';

export interface PayoutApprovals {
  'given'?: (number);
  'required'?: (number);
  'by'?: (_ziba_payout_v1_PayoutApproval)[];
}

export interface PayoutApprovals__Output {
  'given': (number);
  'required': (number);
  'by': (_ziba_payout_v1_PayoutApproval__Output)[];
}
