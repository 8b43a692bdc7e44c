// Original file: protos/ziba/identity/v1/identity.proto


export interface DecideProfileRequest {
  'userId'?: (string);
  'decision'?: (string);
  'reason'?: (string);
}

export interface DecideProfileRequest__Output {
  'userId': (string);
  'decision': (string);
  'reason': (string);
}
