// Original file: protos/ziba/trip/v1/trip.proto


export interface GetTripRequest {
  'tripId'?: (string);
}

export interface GetTripRequest__Output {
  'tripId': (string);
}
