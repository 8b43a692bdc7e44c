// Original file: protos/ziba/audit/v1/audit.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AuditPage as _ziba_audit_v1_AuditPage, AuditPage__Output as _ziba_audit_v1_AuditPage__Output } from '../../../ziba/audit/v1/AuditPage.ts';
import type { ChainVerification as _ziba_audit_v1_ChainVerification, ChainVerification__Output as _ziba_audit_v1_ChainVerification__Output } from '../../../ziba/audit/v1/ChainVerification.ts';
import type { ListAuditRecordsRequest as _ziba_audit_v1_ListAuditRecordsRequest, ListAuditRecordsRequest__Output as _ziba_audit_v1_ListAuditRecordsRequest__Output } from '../../../ziba/audit/v1/ListAuditRecordsRequest.ts';
import type { ListNotificationsRequest as _ziba_audit_v1_ListNotificationsRequest, ListNotificationsRequest__Output as _ziba_audit_v1_ListNotificationsRequest__Output } from '../../../ziba/audit/v1/ListNotificationsRequest.ts';
import type { NotificationPage as _ziba_audit_v1_NotificationPage, NotificationPage__Output as _ziba_audit_v1_NotificationPage__Output } from '../../../ziba/audit/v1/NotificationPage.ts';
import type { VerifyChainRequest as _ziba_audit_v1_VerifyChainRequest, VerifyChainRequest__Output as _ziba_audit_v1_VerifyChainRequest__Output } from '../../../ziba/audit/v1/VerifyChainRequest.ts';

export interface AuditServiceClient extends grpc.Client {
  ListAuditRecords(argument: _ziba_audit_v1_ListAuditRecordsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_audit_v1_AuditPage__Output>): grpc.ClientUnaryCall;
  ListAuditRecords(argument: _ziba_audit_v1_ListAuditRecordsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_audit_v1_AuditPage__Output>): grpc.ClientUnaryCall;
  ListAuditRecords(argument: _ziba_audit_v1_ListAuditRecordsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_audit_v1_AuditPage__Output>): grpc.ClientUnaryCall;
  ListAuditRecords(argument: _ziba_audit_v1_ListAuditRecordsRequest, callback: grpc.requestCallback<_ziba_audit_v1_AuditPage__Output>): grpc.ClientUnaryCall;
  listAuditRecords(argument: _ziba_audit_v1_ListAuditRecordsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_audit_v1_AuditPage__Output>): grpc.ClientUnaryCall;
  listAuditRecords(argument: _ziba_audit_v1_ListAuditRecordsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_audit_v1_AuditPage__Output>): grpc.ClientUnaryCall;
  listAuditRecords(argument: _ziba_audit_v1_ListAuditRecordsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_audit_v1_AuditPage__Output>): grpc.ClientUnaryCall;
  listAuditRecords(argument: _ziba_audit_v1_ListAuditRecordsRequest, callback: grpc.requestCallback<_ziba_audit_v1_AuditPage__Output>): grpc.ClientUnaryCall;
  
  ListNotifications(argument: _ziba_audit_v1_ListNotificationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_audit_v1_NotificationPage__Output>): grpc.ClientUnaryCall;
  ListNotifications(argument: _ziba_audit_v1_ListNotificationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_audit_v1_NotificationPage__Output>): grpc.ClientUnaryCall;
  ListNotifications(argument: _ziba_audit_v1_ListNotificationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_audit_v1_NotificationPage__Output>): grpc.ClientUnaryCall;
  ListNotifications(argument: _ziba_audit_v1_ListNotificationsRequest, callback: grpc.requestCallback<_ziba_audit_v1_NotificationPage__Output>): grpc.ClientUnaryCall;
  listNotifications(argument: _ziba_audit_v1_ListNotificationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_audit_v1_NotificationPage__Output>): grpc.ClientUnaryCall;
  listNotifications(argument: _ziba_audit_v1_ListNotificationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_audit_v1_NotificationPage__Output>): grpc.ClientUnaryCall;
  listNotifications(argument: _ziba_audit_v1_ListNotificationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_audit_v1_NotificationPage__Output>): grpc.ClientUnaryCall;
  listNotifications(argument: _ziba_audit_v1_ListNotificationsRequest, callback: grpc.requestCallback<_ziba_audit_v1_NotificationPage__Output>): grpc.ClientUnaryCall;
  
  VerifyChain(argument: _ziba_audit_v1_VerifyChainRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_audit_v1_ChainVerification__Output>): grpc.ClientUnaryCall;
  VerifyChain(argument: _ziba_audit_v1_VerifyChainRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_audit_v1_ChainVerification__Output>): grpc.ClientUnaryCall;
  VerifyChain(argument: _ziba_audit_v1_VerifyChainRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_audit_v1_ChainVerification__Output>): grpc.ClientUnaryCall;
  VerifyChain(argument: _ziba_audit_v1_VerifyChainRequest, callback: grpc.requestCallback<_ziba_audit_v1_ChainVerification__Output>): grpc.ClientUnaryCall;
  verifyChain(argument: _ziba_audit_v1_VerifyChainRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_audit_v1_ChainVerification__Output>): grpc.ClientUnaryCall;
  verifyChain(argument: _ziba_audit_v1_VerifyChainRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_audit_v1_ChainVerification__Output>): grpc.ClientUnaryCall;
  verifyChain(argument: _ziba_audit_v1_VerifyChainRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_audit_v1_ChainVerification__Output>): grpc.ClientUnaryCall;
  verifyChain(argument: _ziba_audit_v1_VerifyChainRequest, callback: grpc.requestCallback<_ziba_audit_v1_ChainVerification__Output>): grpc.ClientUnaryCall;
  
}

export interface AuditServiceHandlers extends grpc.UntypedServiceImplementation {
  ListAuditRecords: grpc.handleUnaryCall<_ziba_audit_v1_ListAuditRecordsRequest__Output, _ziba_audit_v1_AuditPage>;
  
  ListNotifications: grpc.handleUnaryCall<_ziba_audit_v1_ListNotificationsRequest__Output, _ziba_audit_v1_NotificationPage>;
  
  VerifyChain: grpc.handleUnaryCall<_ziba_audit_v1_VerifyChainRequest__Output, _ziba_audit_v1_ChainVerification>;
  
}

export interface AuditServiceDefinition extends grpc.ServiceDefinition {
  ListAuditRecords: MethodDefinition<_ziba_audit_v1_ListAuditRecordsRequest, _ziba_audit_v1_AuditPage, _ziba_audit_v1_ListAuditRecordsRequest__Output, _ziba_audit_v1_AuditPage__Output>
  ListNotifications: MethodDefinition<_ziba_audit_v1_ListNotificationsRequest, _ziba_audit_v1_NotificationPage, _ziba_audit_v1_ListNotificationsRequest__Output, _ziba_audit_v1_NotificationPage__Output>
  VerifyChain: MethodDefinition<_ziba_audit_v1_VerifyChainRequest, _ziba_audit_v1_ChainVerification, _ziba_audit_v1_VerifyChainRequest__Output, _ziba_audit_v1_ChainVerification__Output>
}
