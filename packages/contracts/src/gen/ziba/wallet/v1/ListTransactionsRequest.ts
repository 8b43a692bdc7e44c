// Original file: protos/ziba/wallet/v1/wallet.proto

import type { PageRequest as _ziba_common_v1_PageRequest, PageRequest__Output as _ziba_common_v1_PageRequest__Output } from '../../../ziba/common/v1/PageRequest.ts';

export interface ListTransactionsRequest {
  'walletId'?: (string);
  'page'?: (_ziba_common_v1_PageRequest | null);
  'referenceType'?: (string);
  'referenceId'?: (string);
  'tripId'?: (string);
}

export interface ListTransactionsRequest__Output {
  'walletId': (string);
  'page': (_ziba_common_v1_PageRequest__Output | null);
  'referenceType': (string);
  'referenceId': (string);
  'tripId': (string);
}
