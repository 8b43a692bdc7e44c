// Original file: protos/ziba/wallet/v1/wallet.proto


export interface OpenWalletRequest {
  'ownerId'?: (string);
  'ownerType'?: (string);
  'countryCode'?: (string);
  'currency'?: (string);
  'mode'?: (string);
}

export interface OpenWalletRequest__Output {
  'ownerId': (string);
  'ownerType': (string);
  'countryCode': (string);
  'currency': (string);
  'mode': (string);
}
