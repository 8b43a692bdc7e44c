// Original file: protos/ziba/identity/v1/identity.proto

import type { UserSearchItem as _ziba_identity_v1_UserSearchItem, UserSearchItem__Output as _ziba_identity_v1_UserSearchItem__Output } from '../../../ziba/identity/v1/UserSearchItem.ts';
import type { PageInfo as _ziba_common_v1_PageInfo, PageInfo__Output as _ziba_common_v1_PageInfo__Output } from '../../../ziba/common/v1/PageInfo.ts';

export interface UserSearchPage {
  'items'?: (_ziba_identity_v1_UserSearchItem)[];
  'page'?: (_ziba_common_v1_PageInfo | null);
}

export interface UserSearchPage__Output {
  'items': (_ziba_identity_v1_UserSearchItem__Output)[];
  'page': (_ziba_common_v1_PageInfo__Output | null);
}
