// Original file: protos/ziba/trip/v1/trip.proto


export interface ReleaseStuckHoldRequest {
  'tripId'?: (string);
  'reason'?: (string);
}

export interface ReleaseStuckHoldRequest__Output {
  'tripId': (string);
  'reason': (string);
}
