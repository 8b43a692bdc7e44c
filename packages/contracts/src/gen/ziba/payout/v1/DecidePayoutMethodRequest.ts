// Original file: protos/ziba/payout/v1/payout.proto


export interface DecidePayoutMethodRequest {
  'methodId'?: (string);
  'decision'?: (string);
  'note'?: (string);
}

export interface DecidePayoutMethodRequest__Output {
  'methodId': (string);
  'decision': (string);
  'note': (string);
}
