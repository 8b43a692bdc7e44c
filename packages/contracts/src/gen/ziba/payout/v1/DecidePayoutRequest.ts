// Original file: protos/ziba/payout/v1/payout.proto


export interface DecidePayoutRequest {
  'payoutId'?: (string);
  'action'?: (string);
  'reason'?: (string);
  'externalReference'?: (string);
}

export interface DecidePayoutRequest__Output {
  'payoutId': (string);
  'action': (string);
  'reason': (string);
  'externalReference': (string);
}
