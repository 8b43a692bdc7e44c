// Original file: protos/ziba/trip/v1/trip.proto


export interface ListNettingRunsRequest {
  'countryCode'?: (string);
}

export interface ListNettingRunsRequest__Output {
  'countryCode': (string);
}
