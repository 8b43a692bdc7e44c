// Original file: protos/ziba/audit/v1/audit.proto

import type { Notification as _ziba_audit_v1_Notification, Notification__Output as _ziba_audit_v1_Notification__Output } from '../../../ziba/audit/v1/Notification.ts';
import type { PageInfo as _ziba_common_v1_PageInfo, PageInfo__Output as _ziba_common_v1_PageInfo__Output } from '../../../ziba/common/v1/PageInfo.ts';

export interface NotificationPage {
  'notifications'?: (_ziba_audit_v1_Notification)[];
  'page'?: (_ziba_common_v1_PageInfo | null);
}

export interface NotificationPage__Output {
  'notifications': (_ziba_audit_v1_Notification__Output)[];
  'page': (_ziba_common_v1_PageInfo__Output | null);
}
