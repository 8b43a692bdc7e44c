// Original file: protos/ziba/trip/v1/trip.proto


export interface ListStuckHoldsRequest {
  'limit'?: (number);
}

export interface ListStuckHoldsRequest__Output {
  'limit': (number);
}
