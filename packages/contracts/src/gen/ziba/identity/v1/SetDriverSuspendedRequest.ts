// Original file: protos/ziba/identity/v1/identity.proto


export interface SetDriverSuspendedRequest {
  'userId'?: (string);
  'suspended'?: (boolean);
  'reason'?: (string);
}

export interface SetDriverSuspendedRequest__Output {
  'userId': (string);
  'suspended': (boolean);
  'reason': (string);
}
