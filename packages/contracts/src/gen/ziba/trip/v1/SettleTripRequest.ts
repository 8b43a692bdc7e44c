// Original file: protos/ziba/trip/v1/trip.proto


export interface SettleTripRequest {
  'tripId'?: (string);
  'serviceType'?: (string);
}

export interface SettleTripRequest__Output {
  'tripId': (string);
  'serviceType': (string);
}
