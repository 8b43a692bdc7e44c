// Original file: protos/ziba/audit/v1/audit.proto

import type { Money as _ziba_common_v1_Money, Money__Output as _ziba_common_v1_Money__Output } from '../../../ziba/common/v1/Money.ts';

export interface Notification {
  'id'?: (string);
  'kind'?: (string);
  'amount'?: (_ziba_common_v1_Money | null);
  'reference'?: (string);
  'createdAt'?: (string);
}

export interface Notification__Output {
  'id': (string);
  'kind': (string);
  'amount': (_ziba_common_v1_Money__Output | null);
  'reference': (string);
  'createdAt': (string);
}
