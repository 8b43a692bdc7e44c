// Original file: protos/ziba/identity/v1/identity.proto

import type { Address as _ziba_identity_v1_Address, Address__Output as _ziba_identity_v1_Address__Output } from '../../../ziba/identity/v1/Address.ts';

export interface SubmitDocumentRequest {
  'userId'?: (string);
  'documentType'?: (string);
  'documentNumber'?: (string);
  'issuingAuthority'?: (string);
  'expiryDate'?: (string);
  'countryCode'?: (string);
  'holderName'?: (string);
  'holderAddress'?: (_ziba_identity_v1_Address | null);
}

export interface SubmitDocumentRequest__Output {
  'userId': (string);
  'documentType': (string);
  'documentNumber': (string);
  'issuingAuthority': (string);
  'expiryDate': (string);
  'countryCode': (string);
  'holderName': (string);
  'holderAddress': (_ziba_identity_v1_Address__Output | null);
}
