import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { AuditPage as _ziba_audit_v1_AuditPage, AuditPage__Output as _ziba_audit_v1_AuditPage__Output } from './ziba/audit/v1/AuditPage.ts';
import type { AuditRecord as _ziba_audit_v1_AuditRecord, AuditRecord__Output as _ziba_audit_v1_AuditRecord__Output } from './ziba/audit/v1/AuditRecord.ts';
import type { AuditServiceClient as _ziba_audit_v1_AuditServiceClient, AuditServiceDefinition as _ziba_audit_v1_AuditServiceDefinition } from './ziba/audit/v1/AuditService.ts';
import type { ChainVerification as _ziba_audit_v1_ChainVerification, ChainVerification__Output as _ziba_audit_v1_ChainVerification__Output } from './ziba/audit/v1/ChainVerification.ts';
import type { ListAuditRecordsRequest as _ziba_audit_v1_ListAuditRecordsRequest, ListAuditRecordsRequest__Output as _ziba_audit_v1_ListAuditRecordsRequest__Output } from './ziba/audit/v1/ListAuditRecordsRequest.ts';
import type { ListNotificationsRequest as _ziba_audit_v1_ListNotificationsRequest, ListNotificationsRequest__Output as _ziba_audit_v1_ListNotificationsRequest__Output } from './ziba/audit/v1/ListNotificationsRequest.ts';
import type { Notification as _ziba_audit_v1_Notification, Notification__Output as _ziba_audit_v1_Notification__Output } from './ziba/audit/v1/Notification.ts';
import type { NotificationPage as _ziba_audit_v1_NotificationPage, NotificationPage__Output as _ziba_audit_v1_NotificationPage__Output } from './ziba/audit/v1/NotificationPage.ts';
import type { SettingChange as _ziba_audit_v1_SettingChange, SettingChange__Output as _ziba_audit_v1_SettingChange__Output } from './ziba/audit/v1/SettingChange.ts';
import type { VerifyChainRequest as _ziba_audit_v1_VerifyChainRequest, VerifyChainRequest__Output as _ziba_audit_v1_VerifyChainRequest__Output } from './ziba/audit/v1/VerifyChainRequest.ts';
import type { Money as _ziba_common_v1_Money, Money__Output as _ziba_common_v1_Money__Output } from './ziba/common/v1/Money.ts';
import type { PageInfo as _ziba_common_v1_PageInfo, PageInfo__Output as _ziba_common_v1_PageInfo__Output } from './ziba/common/v1/PageInfo.ts';
import type { PageRequest as _ziba_common_v1_PageRequest, PageRequest__Output as _ziba_common_v1_PageRequest__Output } from './ziba/common/v1/PageRequest.ts';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  ziba: {
    audit: {
      v1: {
        AuditPage: MessageTypeDefinition<_ziba_audit_v1_AuditPage, _ziba_audit_v1_AuditPage__Output>
        AuditRecord: MessageTypeDefinition<_ziba_audit_v1_AuditRecord, _ziba_audit_v1_AuditRecord__Output>
        AuditService: SubtypeConstructor<typeof grpc.Client, _ziba_audit_v1_AuditServiceClient> & { service: _ziba_audit_v1_AuditServiceDefinition }
        ChainVerification: MessageTypeDefinition<_ziba_audit_v1_ChainVerification, _ziba_audit_v1_ChainVerification__Output>
        ListAuditRecordsRequest: MessageTypeDefinition<_ziba_audit_v1_ListAuditRecordsRequest, _ziba_audit_v1_ListAuditRecordsRequest__Output>
        ListNotificationsRequest: MessageTypeDefinition<_ziba_audit_v1_ListNotificationsRequest, _ziba_audit_v1_ListNotificationsRequest__Output>
        Notification: MessageTypeDefinition<_ziba_audit_v1_Notification, _ziba_audit_v1_Notification__Output>
        NotificationPage: MessageTypeDefinition<_ziba_audit_v1_NotificationPage, _ziba_audit_v1_NotificationPage__Output>
        SettingChange: MessageTypeDefinition<_ziba_audit_v1_SettingChange, _ziba_audit_v1_SettingChange__Output>
        VerifyChainRequest: MessageTypeDefinition<_ziba_audit_v1_VerifyChainRequest, _ziba_audit_v1_VerifyChainRequest__Output>
      }
    }
    common: {
      v1: {
        Money: MessageTypeDefinition<_ziba_common_v1_Money, _ziba_common_v1_Money__Output>
        PageInfo: MessageTypeDefinition<_ziba_common_v1_PageInfo, _ziba_common_v1_PageInfo__Output>
        PageRequest: MessageTypeDefinition<_ziba_common_v1_PageRequest, _ziba_common_v1_PageRequest__Output>
      }
    }
  }
}

