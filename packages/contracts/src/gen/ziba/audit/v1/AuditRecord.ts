// Original file: protos/ziba/audit/v1/audit.proto

import type { Money as _ziba_common_v1_Money, Money__Output as _ziba_common_v1_Money__Output } from '../../../ziba/common/v1/Money.ts';
import type { SettingChange as _ziba_audit_v1_SettingChange, SettingChange__Output as _ziba_audit_v1_SettingChange__Output } from '../../../ziba/audit/v1/SettingChange.ts';

export interface AuditRecord {
  'seq'?: (string);
  'eventId'?: (string);
  'eventType'?: (string);
  'action'?: (string);
  'actorType'?: (string);
  'actorId'?: (string);
  'entityType'?: (string);
  'entityId'?: (string);
  'amount'?: (_ziba_common_v1_Money | null);
  'correlationId'?: (string);
  'occurredAt'?: (string);
  'hash'?: (string);
  'fromState'?: (string);
  'toState'?: (string);
  'changes'?: (_ziba_audit_v1_SettingChange)[];
  'reason'?: (string);
}

export interface AuditRecord__Output {
  'seq': (string);
  'eventId': (string);
  'eventType': (string);
  'action': (string);
  'actorType': (string);
  'actorId': (string);
  'entityType': (string);
  'entityId': (string);
  'amount': (_ziba_common_v1_Money__Output | null);
  'correlationId': (string);
  'occurredAt': (string);
  'hash': (string);
  'fromState': (string);
  'toState': (string);
  'changes': (_ziba_audit_v1_SettingChange__Output)[];
  'reason': (string);
}
