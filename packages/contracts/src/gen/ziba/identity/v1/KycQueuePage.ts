// Original file: protos/ziba/identity/v1/identity.proto

import type { KycQueueItem as _ziba_identity_v1_KycQueueItem, KycQueueItem__Output as _ziba_identity_v1_KycQueueItem__Output } from '../../../ziba/identity/v1/KycQueueItem.ts';
import type { PageInfo as _ziba_common_v1_PageInfo, PageInfo__Output as _ziba_common_v1_PageInfo__Output } from '../../../ziba/common/v1/PageInfo.ts';

export interface KycQueuePage {
  'items'?: (_ziba_identity_v1_KycQueueItem)[];
  'page'?: (_ziba_common_v1_PageInfo | null);
}

export interface KycQueuePage__Output {
  'items': (_ziba_identity_v1_KycQueueItem__Output)[];
  'page': (_ziba_common_v1_PageInfo__Output | null);
}
