// Original file: protos/ziba/identity/v1/identity.proto


export interface SetUserBlockedRequest {
  'userId'?: (string);
  'blocked'?: (boolean);
  'reason'?: (string);
}

export interface SetUserBlockedRequest__Output {
  'userId': (string);
  'blocked': (boolean);
  'reason': (string);
}
