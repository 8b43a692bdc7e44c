// Original file: protos/ziba/trip/v1/trip.proto


export interface RunWeeklyNettingRequest {
  'weekOf'?: (string);
  'countryCode'?: (string);
}

export interface RunWeeklyNettingRequest__Output {
  'weekOf': (string);
  'countryCode': (string);
}
