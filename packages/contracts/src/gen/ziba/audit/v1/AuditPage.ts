// Original file: protos/ziba/audit/v1/audit.proto

import type { AuditRecord as _ziba_audit_v1_AuditRecord, AuditRecord__Output as _ziba_audit_v1_AuditRecord__Output } from '../../../ziba/audit/v1/AuditRecord.ts';
import type { PageInfo as _ziba_common_v1_PageInfo, PageInfo__Output as _ziba_common_v1_PageInfo__Output } from '../../../ziba/common/v1/PageInfo.ts';

export interface AuditPage {
  'records'?: (_ziba_audit_v1_AuditRecord)[];
  'page'?: (_ziba_common_v1_PageInfo | null);
}

export interface AuditPage__Output {
  'records': (_ziba_audit_v1_AuditRecord__Output)[];
  'page': (_ziba_common_v1_PageInfo__Output | null);
}
