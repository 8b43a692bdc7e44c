// Original file: protos/ziba/audit/v1/audit.proto

import type { PageRequest as _ziba_common_v1_PageRequest, PageRequest__Output as _ziba_common_v1_PageRequest__Output } from '../../../ziba/common/v1/PageRequest.ts';

export interface ListAuditRecordsRequest {
  'entityType'?: (string);
  'entityId'?: (string);
  'actorId'?: (string);
  'action'?: (string);
  'from'?: (string);
  'to'?: (string);
  'page'?: (_ziba_common_v1_PageRequest | null);
}

export interface ListAuditRecordsRequest__Output {
  'entityType': (string);
  'entityId': (string);
  'actorId': (string);
  'action': (string);
  'from': (string);
  'to': (string);
  'page': (_ziba_common_v1_PageRequest__Output | null);
}
