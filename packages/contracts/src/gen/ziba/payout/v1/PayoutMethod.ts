// Original file: protos/ziba/payout/v1/payout.proto


export interface PayoutMethod {
  'id'?: (string);
  'ownerId'?: (string);
  'type'?: (string);
  'bankName'?: (string);
  'bankCode'?: (string);
  'provider'?: (string);
  'maskedNumber'?: (string);
  'accountName'?: (string);
  'countryCode'?: (string);
  'status'?: (string);
  'usableFrom'?: (string);
  'createdAt'?: (string);
  'reviewFlags'?: (string)[];
}

export interface PayoutMethod__Output {
  'id': (string);
  'ownerId': (string);
  'type': (string);
  'bankName': (string);
  'bankCode': (string);
  'provider': (string);
  'maskedNumber': (string);
  'accountName': (string);
  'countryCode': (string);
  'status': (string);
  'usableFrom': (string);
  'createdAt': (string);
  'reviewFlags': (string)[];
}
