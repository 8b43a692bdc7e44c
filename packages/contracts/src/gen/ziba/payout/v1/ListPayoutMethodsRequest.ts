// Original file: protos/ziba/payout/v1/payout.proto


export interface ListPayoutMethodsRequest {
  'status'?: (string);
}

export interface ListPayoutMethodsRequest__Output {
  'status': (string);
}
