// Original file: protos/ziba/identity/v1/identity.proto


export interface Document {
  'id'?: (string);
  'userId'?: (string);
  'documentType'?: (string);
  'countryCode'?: (string);
  'issuingAuthority'?: (string);
  'expiryDate'?: (string);
  'status'?: (string);
  'verificationMethod'?: (string);
  'rejectionReason'?: (string);
  'createdAt'?: (string);
  'holderName'?: (string);
}

export interface Document__Output {
  'id': (string);
  'userId': (string);
  'documentType': (string);
  'countryCode': (string);
  'issuingAuthority': (string);
  'expiryDate': (string);
  'status': (string);
  'verificationMethod': (string);
  'rejectionReason': (string);
  'createdAt': (string);
  'holderName': (string);
}
