// Original file: protos/ziba/identity/v1/identity.proto


export interface RegisterRequest {
  'email'?: (string);
  'password'?: (string);
  'role'?: (string);
  'countryCode'?: (string);
  'testMode'?: (boolean);
}

export interface RegisterRequest__Output {
  'email': (string);
  'password': (string);
  'role': (string);
  'countryCode': (string);
  'testMode': (boolean);
}
