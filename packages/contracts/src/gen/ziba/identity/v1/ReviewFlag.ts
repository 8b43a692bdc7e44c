// Original file: protos/ziba/identity/v1/identity.proto


export interface ReviewFlag {
  'id'?: (string);
  'reason'?: (string);
  'detail'?: (string);
  'status'?: (string);
  'documentId'?: (string);
  'decisionReason'?: (string);
  'createdAt'?: (string);
}

export interface ReviewFlag__Output {
  'id': (string);
  'reason': (string);
  'detail': (string);
  'status': (string);
  'documentId': (string);
  'decisionReason': (string);
  'createdAt': (string);
}
