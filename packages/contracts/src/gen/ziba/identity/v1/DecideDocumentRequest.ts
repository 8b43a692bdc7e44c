// Original file: protos/ziba/identity/v1/identity.proto


export interface DecideDocumentRequest {
  'documentId'?: (string);
  'decision'?: (string);
  'reason'?: (string);
}

export interface DecideDocumentRequest__Output {
  'documentId': (string);
  'decision': (string);
  'reason': (string);
}
