// Original file: protos/ziba/wallet/v1/wallet.proto


export interface Leg {
  'walletId'?: (string);
  'systemAccount'?: (string);
  'bucket'?: (string);
  'amount'?: (string);
  'holdId'?: (string);
  'earning'?: (boolean);
  'target'?: "walletId"|"systemAccount";
}

export interface Leg__Output {
  'walletId'?: (string);
  'systemAccount'?: (string);
  'bucket': (string);
  'amount': (string);
  'holdId': (string);
  'earning': (boolean);
  'target'?: "walletId"|"systemAccount";
}
