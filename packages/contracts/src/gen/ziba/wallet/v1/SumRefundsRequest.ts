// Original file: protos/ziba/wallet/v1/wallet.proto


export interface SumRefundsRequest {
  'from'?: (string);
  'to'?: (string);
  'groupBy'?: (string);
  'referenceType'?: (string);
  'countryCode'?: (string);
  'mode'?: (string);
}

export interface SumRefundsRequest__Output {
  'from': (string);
  'to': (string);
  'groupBy': (string);
  'referenceType': (string);
  'countryCode': (string);
  'mode': (string);
}
