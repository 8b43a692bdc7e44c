// Original file: protos/ziba/identity/v1/identity.proto


export interface MatchLegalNameResponse {
  'hasProfile'?: (boolean);
  'matches'?: (boolean);
}

export interface MatchLegalNameResponse__Output {
  'hasProfile': (boolean);
  'matches': (boolean);
}
