// Original file: protos/ziba/payout/v1/payout.proto


export interface ListAutoWeeklyRunsRequest {
  'countryCode'?: (string);
}

export interface ListAutoWeeklyRunsRequest__Output {
  'countryCode': (string);
}
