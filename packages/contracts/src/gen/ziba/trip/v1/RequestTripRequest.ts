// Original file: protos/ziba/trip/v1/trip.proto


export interface RequestTripRequest {
  'serviceType'?: (string);
  'paymentMethod'?: (string);
  'distanceMeters'?: (number);
}

export interface RequestTripRequest__Output {
  'serviceType': (string);
  'paymentMethod': (string);
  'distanceMeters': (number);
}
