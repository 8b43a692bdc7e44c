// Original file: protos/ziba/wallet/v1/wallet.proto

import type { PageRequest as _ziba_common_v1_PageRequest, PageRequest__Output as _ziba_common_v1_PageRequest__Output } from '../../../ziba/common/v1/PageRequest.ts';

export interface ListWalletsRequest {
  'ownerType'?: (string);
  'countryCode'?: (string);
  'minAvailable'?: (string);
  'maxAvailable'?: (string);
  'page'?: (_ziba_common_v1_PageRequest | null);
  'mode'?: (string);
  'ownerId'?: (string);
}

export interface ListWalletsRequest__Output {
  'ownerType': (string);
  'countryCode': (string);
  'minAvailable': (string);
  'maxAvailable': (string);
  'page': (_ziba_common_v1_PageRequest__Output | null);
  'mode': (string);
  'ownerId': (string);
}
