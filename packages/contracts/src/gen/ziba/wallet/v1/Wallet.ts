// Original file: protos/ziba/wallet/v1/wallet.proto


export interface Wallet {
  'id'?: (string);
  'ownerId'?: (string);
  'ownerType'?: (string);
  'countryCode'?: (string);
  'currency'?: (string);
  'mode'?: (string);
  'availableBalance'?: (string);
  'lockedBalance'?: (string);
  'negativeBalance'?: (string);
  'totalEarned'?: (string);
  'createdAt'?: (string);
  'updatedAt'?: (string);
  'withdrawableBalance'?: (string);
  'topUpRoom'?: (string);
}

export interface Wallet__Output {
  'id': (string);
  'ownerId': (string);
  'ownerType': (string);
  'countryCode': (string);
  'currency': (string);
  'mode': (string);
  'availableBalance': (string);
  'lockedBalance': (string);
  'negativeBalance': (string);
  'totalEarned': (string);
  'createdAt': (string);
  'updatedAt': (string);
  'withdrawableBalance': (string);
  'topUpRoom': (string);
}
