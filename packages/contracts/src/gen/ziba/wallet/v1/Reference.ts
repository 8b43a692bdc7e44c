// Original file: protos/ziba/wallet/v1/wallet.proto


export interface Reference {
  'type'?: (string);
  'id'?: (string);
}

export interface Reference__Output {
  'type': (string);
  'id': (string);
}
