// Original file: protos/ziba/trip/v1/trip.proto


export interface TransitionRequest {
  'tripId'?: (string);
  'action'?: (string);
  'serviceType'?: (string);
  'reason'?: (string);
}

export interface TransitionRequest__Output {
  'tripId': (string);
  'action': (string);
  'serviceType': (string);
  'reason': (string);
}
