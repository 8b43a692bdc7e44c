// Original file: protos/ziba/payout/v1/payout.proto


export interface RunAutoWeeklyPayoutsRequest {
  'weekOf'?: (string);
  'countryCode'?: (string);
}

export interface RunAutoWeeklyPayoutsRequest__Output {
  'weekOf': (string);
  'countryCode': (string);
}
