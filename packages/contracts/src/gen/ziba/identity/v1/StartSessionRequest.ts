// Original file: protos/ziba/identity/v1/identity.proto


export interface StartSessionRequest {
  'email'?: (string);
  'password'?: (string);
}

export interface StartSessionRequest__Output {
  'email': (string);
  'password': (string);
}
