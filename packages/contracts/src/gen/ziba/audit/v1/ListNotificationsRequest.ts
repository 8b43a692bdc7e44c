// Original file: protos/ziba/audit/v1/audit.proto

import type { PageRequest as _ziba_common_v1_PageRequest, PageRequest__Output as _ziba_common_v1_PageRequest__Output } from '../../../ziba/common/v1/PageRequest.ts';

export interface ListNotificationsRequest {
  'page'?: (_ziba_common_v1_PageRequest | null);
}

export interface ListNotificationsRequest__Output {
  'page': (_ziba_common_v1_PageRequest__Output | null);
}
