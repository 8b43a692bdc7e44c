// Original file: protos/ziba/wallet/v1/wallet.proto


export interface WalletTransaction {
  'entryId'?: (string);
  'walletId'?: (string);
  'type'?: (string);
  'entryType'?: (string);
  'serviceType'?: (string);
  'direction'?: (string);
  'amount'?: (string);
  'currency'?: (string);
  'availableAfter'?: (string);
  'lockedAfter'?: (string);
  'negativeAfter'?: (string);
  'referenceType'?: (string);
  'referenceId'?: (string);
  'description'?: (string);
  'createdByAdminId'?: (string);
  'createdAt'?: (string);
}

export interface WalletTransaction__Output {
  'entryId': (string);
  'walletId': (string);
  'type': (string);
  'entryType': (string);
  'serviceType': (string);
  'direction': (string);
  'amount': (string);
  'currency': (string);
  'availableAfter': (string);
  'lockedAfter': (string);
  'negativeAfter': (string);
  'referenceType': (string);
  'referenceId': (string);
  'description': (string);
  'createdByAdminId': (string);
  'createdAt': (string);
}
