// Original file: protos/ziba/identity/v1/identity.proto


export interface GetJwksResponse {
  'jwksJson'?: (string);
}

export interface GetJwksResponse__Output {
  'jwksJson': (string);
}
