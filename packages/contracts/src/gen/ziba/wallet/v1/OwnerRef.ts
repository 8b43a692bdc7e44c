// Original file: protos/ziba/wallet/v1/wallet.proto


export interface OwnerRef {
  'ownerId'?: (string);
  'currency'?: (string);
  'mode'?: (string);
}

export interface OwnerRef__Output {
  'ownerId': (string);
  'currency': (string);
  'mode': (string);
}
