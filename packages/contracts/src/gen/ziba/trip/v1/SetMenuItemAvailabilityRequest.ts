// Original file: protos/ziba/trip/v1/trip.proto


export interface SetMenuItemAvailabilityRequest {
  'id'?: (string);
  'available'?: (boolean);
}

export interface SetMenuItemAvailabilityRequest__Output {
  'id': (string);
  'available': (boolean);
}
