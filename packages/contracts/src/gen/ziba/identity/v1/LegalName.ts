// Original file: protos/ziba/identity/v1/identity.proto


export interface LegalName {
  'userId'?: (string);
  'legalName'?: (string);
}

export interface LegalName__Output {
  'userId': (string);
  'legalName': (string);
}
