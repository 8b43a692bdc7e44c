// Original file: protos/ziba/identity/v1/identity.proto


export interface EndSessionResponse {
  'ended'?: (boolean);
  'sessionId'?: (string);
}

export interface EndSessionResponse__Output {
  'ended': (boolean);
  'sessionId': (string);
}
