// Original file: protos/ziba/trip/v1/trip.proto


export interface ListStuckHoldsRequest {
  'limit'?: (number);
  'countryCode'?: (string);
  'mode'?: (string);
}

export interface ListStuckHoldsRequest__Output {
  'limit': (number);
  'countryCode': (string);
  'mode': (string);
}
