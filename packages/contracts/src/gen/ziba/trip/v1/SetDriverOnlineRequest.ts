// Original file: protos/ziba/trip/v1/trip.proto


export interface SetDriverOnlineRequest {
  'online'?: (boolean);
}

export interface SetDriverOnlineRequest__Output {
  'online': (boolean);
}
