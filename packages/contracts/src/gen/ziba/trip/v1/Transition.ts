// Original file: protos/ziba/trip/v1/trip.proto


export interface Transition {
  'fromStatus'?: (string);
  'toStatus'?: (string);
  'actorType'?: (string);
  'actorId'?: (string);
  'at'?: (string);
}

export interface Transition__Output {
  'fromStatus': (string);
  'toStatus': (string);
  'actorType': (string);
  'actorId': (string);
  'at': (string);
}
