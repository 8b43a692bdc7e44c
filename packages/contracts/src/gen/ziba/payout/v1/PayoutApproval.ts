// Original file: protos/ziba/payout/v1/payout.proto


export interface PayoutApproval {
  'adminId'?: (string);
  'note'?: (string);
  'at'?: (string);
}

export interface PayoutApproval__Output {
  'adminId': (string);
  'note': (string);
  'at': (string);
}
