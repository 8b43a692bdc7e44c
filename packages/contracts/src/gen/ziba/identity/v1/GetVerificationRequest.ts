// Original file: protos/ziba/identity/v1/identity.proto


export interface GetVerificationRequest {
  'userId'?: (string);
}

export interface GetVerificationRequest__Output {
  'userId': (string);
}
