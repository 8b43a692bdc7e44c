// Original file: protos/ziba/wallet/v1/wallet.proto


export interface Posting {
  'walletId'?: (string);
  'bucket'?: (string);
  'amount'?: (string);
  'availableAfter'?: (string);
  'lockedAfter'?: (string);
  'negativeAfter'?: (string);
}

export interface Posting__Output {
  'walletId': (string);
  'bucket': (string);
  'amount': (string);
  'availableAfter': (string);
  'lockedAfter': (string);
  'negativeAfter': (string);
}
