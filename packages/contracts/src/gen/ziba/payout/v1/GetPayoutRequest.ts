// Original file: protos/ziba/payout/v1/payout.proto


export interface GetPayoutRequest {
  'payoutId'?: (string);
}

export interface GetPayoutRequest__Output {
  'payoutId': (string);
}
