// Original file: protos/ziba/audit/v1/audit.proto

import type { Money as _ziba_common_v1_Money, Money__Output as _ziba_common_v1_Money__Output } from '../../../ziba/common/v1/Money.ts';

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
}
