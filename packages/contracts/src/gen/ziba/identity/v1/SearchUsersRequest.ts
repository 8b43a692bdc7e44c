// Original file: protos/ziba/identity/v1/identity.proto

import type { PageRequest as _ziba_common_v1_PageRequest, PageRequest__Output as _ziba_common_v1_PageRequest__Output } from '../../../ziba/common/v1/PageRequest.ts';

export interface SearchUsersRequest {
  'query'?: (string);
  'page'?: (_ziba_common_v1_PageRequest | null);
  'standing'?: (string);
}

export interface SearchUsersRequest__Output {
  'query': (string);
  'page': (_ziba_common_v1_PageRequest__Output | null);
  'standing': (string);
}
