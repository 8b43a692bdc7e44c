// Original file: protos/ziba/payout/v1/payout.proto


export interface SetPayoutMethodRequest {
  'type'?: (string);
  'bankName'?: (string);
  'bankCode'?: (string);
  'provider'?: (string);
  'accountNumber'?: (string);
  'accountName'?: (string);
}

export interface SetPayoutMethodRequest__Output {
  'type': (string);
  'bankName': (string);
  'bankCode': (string);
  'provider': (string);
  'accountNumber': (string);
  'accountName': (string);
}
