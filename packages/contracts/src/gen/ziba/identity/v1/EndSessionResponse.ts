// Original file: protos/ziba/identity/v1/identity.proto


export interface EndSessionResponse {
  'ended'?: (boolean);
}

export interface EndSessionResponse__Output {
  'ended': (boolean);
}
