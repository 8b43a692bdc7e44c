// Original file: protos/ziba/wallet/v1/wallet.proto


export interface LastAdminCreditResponse {
  'creditedAt'?: (string);
}

export interface LastAdminCreditResponse__Output {
  'creditedAt': (string);
}
