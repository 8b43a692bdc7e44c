// Original file: protos/ziba/identity/v1/identity.proto


export interface GetLegalNamesRequest {
  'userIds'?: (string)[];
}

export interface GetLegalNamesRequest__Output {
  'userIds': (string)[];
}
