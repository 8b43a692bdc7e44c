// Original file: protos/ziba/trip/v1/trip.proto


export interface SettleTripRequest {
  'tripId'?: (string);
}

export interface SettleTripRequest__Output {
  'tripId': (string);
}
