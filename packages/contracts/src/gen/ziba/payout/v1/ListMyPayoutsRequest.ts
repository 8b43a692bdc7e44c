// Original file: protos/ziba/payout/v1/payout.proto

import type { PageRequest as _ziba_common_v1_PageRequest, PageRequest__Output as _ziba_common_v1_PageRequest__Output } from '../../../ziba/common/v1/PageRequest.ts';

export interface ListMyPayoutsRequest {
  'page'?: (_ziba_common_v1_PageRequest | null);
}

export interface ListMyPayoutsRequest__Output {
  'page': (_ziba_common_v1_PageRequest__Output | null);
}
