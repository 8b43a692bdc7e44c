// Original file: protos/ziba/identity/v1/identity.proto


export interface MatchLegalNameRequest {
  'userId'?: (string);
  'name'?: (string);
}

export interface MatchLegalNameRequest__Output {
  'userId': (string);
  'name': (string);
}
