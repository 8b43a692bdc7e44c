// Original file: protos/ziba/payout/v1/payout.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AutoWeeklyRun as _ziba_payout_v1_AutoWeeklyRun, AutoWeeklyRun__Output as _ziba_payout_v1_AutoWeeklyRun__Output } from '../../../ziba/payout/v1/AutoWeeklyRun.ts';
import type { DecidePayoutMethodRequest as _ziba_payout_v1_DecidePayoutMethodRequest, DecidePayoutMethodRequest__Output as _ziba_payout_v1_DecidePayoutMethodRequest__Output } from '../../../ziba/payout/v1/DecidePayoutMethodRequest.ts';
import type { DecidePayoutRequest as _ziba_payout_v1_DecidePayoutRequest, DecidePayoutRequest__Output as _ziba_payout_v1_DecidePayoutRequest__Output } from '../../../ziba/payout/v1/DecidePayoutRequest.ts';
import type { GetPayoutMethodRequest as _ziba_payout_v1_GetPayoutMethodRequest, GetPayoutMethodRequest__Output as _ziba_payout_v1_GetPayoutMethodRequest__Output } from '../../../ziba/payout/v1/GetPayoutMethodRequest.ts';
import type { GetPayoutRequest as _ziba_payout_v1_GetPayoutRequest, GetPayoutRequest__Output as _ziba_payout_v1_GetPayoutRequest__Output } from '../../../ziba/payout/v1/GetPayoutRequest.ts';
import type { GetWithdrawalTermsRequest as _ziba_payout_v1_GetWithdrawalTermsRequest, GetWithdrawalTermsRequest__Output as _ziba_payout_v1_GetWithdrawalTermsRequest__Output } from '../../../ziba/payout/v1/GetWithdrawalTermsRequest.ts';
import type { ListAutoWeeklyRunsRequest as _ziba_payout_v1_ListAutoWeeklyRunsRequest, ListAutoWeeklyRunsRequest__Output as _ziba_payout_v1_ListAutoWeeklyRunsRequest__Output } from '../../../ziba/payout/v1/ListAutoWeeklyRunsRequest.ts';
import type { ListAutoWeeklyRunsResponse as _ziba_payout_v1_ListAutoWeeklyRunsResponse, ListAutoWeeklyRunsResponse__Output as _ziba_payout_v1_ListAutoWeeklyRunsResponse__Output } from '../../../ziba/payout/v1/ListAutoWeeklyRunsResponse.ts';
import type { ListMyPayoutsRequest as _ziba_payout_v1_ListMyPayoutsRequest, ListMyPayoutsRequest__Output as _ziba_payout_v1_ListMyPayoutsRequest__Output } from '../../../ziba/payout/v1/ListMyPayoutsRequest.ts';
import type { ListPayoutMethodsRequest as _ziba_payout_v1_ListPayoutMethodsRequest, ListPayoutMethodsRequest__Output as _ziba_payout_v1_ListPayoutMethodsRequest__Output } from '../../../ziba/payout/v1/ListPayoutMethodsRequest.ts';
import type { ListPayoutMethodsResponse as _ziba_payout_v1_ListPayoutMethodsResponse, ListPayoutMethodsResponse__Output as _ziba_payout_v1_ListPayoutMethodsResponse__Output } from '../../../ziba/payout/v1/ListPayoutMethodsResponse.ts';
import type { ListPayoutsRequest as _ziba_payout_v1_ListPayoutsRequest, ListPayoutsRequest__Output as _ziba_payout_v1_ListPayoutsRequest__Output } from '../../../ziba/payout/v1/ListPayoutsRequest.ts';
import type { Payout as _ziba_payout_v1_Payout, Payout__Output as _ziba_payout_v1_Payout__Output } from '../../../ziba/payout/v1/Payout.ts';
import type { PayoutMethod as _ziba_payout_v1_PayoutMethod, PayoutMethod__Output as _ziba_payout_v1_PayoutMethod__Output } from '../../../ziba/payout/v1/PayoutMethod.ts';
import type { PayoutPage as _ziba_payout_v1_PayoutPage, PayoutPage__Output as _ziba_payout_v1_PayoutPage__Output } from '../../../ziba/payout/v1/PayoutPage.ts';
import type { ProviderWebhook as _ziba_payout_v1_ProviderWebhook, ProviderWebhook__Output as _ziba_payout_v1_ProviderWebhook__Output } from '../../../ziba/payout/v1/ProviderWebhook.ts';
import type { RequestWithdrawalRequest as _ziba_payout_v1_RequestWithdrawalRequest, RequestWithdrawalRequest__Output as _ziba_payout_v1_RequestWithdrawalRequest__Output } from '../../../ziba/payout/v1/RequestWithdrawalRequest.ts';
import type { RunAutoWeeklyPayoutsRequest as _ziba_payout_v1_RunAutoWeeklyPayoutsRequest, RunAutoWeeklyPayoutsRequest__Output as _ziba_payout_v1_RunAutoWeeklyPayoutsRequest__Output } from '../../../ziba/payout/v1/RunAutoWeeklyPayoutsRequest.ts';
import type { SetPayoutMethodRequest as _ziba_payout_v1_SetPayoutMethodRequest, SetPayoutMethodRequest__Output as _ziba_payout_v1_SetPayoutMethodRequest__Output } from '../../../ziba/payout/v1/SetPayoutMethodRequest.ts';
import type { WebhookAck as _ziba_payout_v1_WebhookAck, WebhookAck__Output as _ziba_payout_v1_WebhookAck__Output } from '../../../ziba/payout/v1/WebhookAck.ts';
import type { WithdrawalTerms as _ziba_payout_v1_WithdrawalTerms, WithdrawalTerms__Output as _ziba_payout_v1_WithdrawalTerms__Output } from '../../../ziba/payout/v1/WithdrawalTerms.ts';

export interface PayoutServiceClient extends grpc.Client {
  DecidePayout(argument: _ziba_payout_v1_DecidePayoutRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_payout_v1_Payout__Output>): grpc.ClientUnaryCall;
  DecidePayout(argument: _ziba_payout_v1_DecidePayoutRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_payout_v1_Payout__Output>): grpc.ClientUnaryCall;
  DecidePayout(argument: _ziba_payout_v1_DecidePayoutRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_payout_v1_Payout__Output>): grpc.ClientUnaryCall;
  DecidePayout(argument: _ziba_payout_v1_DecidePayoutRequest, callback: grpc.requestCallback<_ziba_payout_v1_Payout__Output>): grpc.ClientUnaryCall;
  decidePayout(argument: _ziba_payout_v1_DecidePayoutRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_payout_v1_Payout__Output>): grpc.ClientUnaryCall;
  decidePayout(argument: _ziba_payout_v1_DecidePayoutRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_payout_v1_Payout__Output>): grpc.ClientUnaryCall;
  decidePayout(argument: _ziba_payout_v1_DecidePayoutRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_payout_v1_Payout__Output>): grpc.ClientUnaryCall;
  decidePayout(argument: _ziba_payout_v1_DecidePayoutRequest, callback: grpc.requestCallback<_ziba_payout_v1_Payout__Output>): grpc.ClientUnaryCall;
  
  DecidePayoutMethod(argument: _ziba_payout_v1_DecidePayoutMethodRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_payout_v1_PayoutMethod__Output>): grpc.ClientUnaryCall;
  DecidePayoutMethod(argument: _ziba_payout_v1_DecidePayoutMethodRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_payout_v1_PayoutMethod__Output>): grpc.ClientUnaryCall;
  DecidePayoutMethod(argument: _ziba_payout_v1_DecidePayoutMethodRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_payout_v1_PayoutMethod__Output>): grpc.ClientUnaryCall;
  DecidePayoutMethod(argument: _ziba_payout_v1_DecidePayoutMethodRequest, callback: grpc.requestCallback<_ziba_payout_v1_PayoutMethod__Output>): grpc.ClientUnaryCall;
  decidePayoutMethod(argument: _ziba_payout_v1_DecidePayoutMethodRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_payout_v1_PayoutMethod__Output>): grpc.ClientUnaryCall;
  decidePayoutMethod(argument: _ziba_payout_v1_DecidePayoutMethodRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_payout_v1_PayoutMethod__Output>): grpc.ClientUnaryCall;
  decidePayoutMethod(argument: _ziba_payout_v1_DecidePayoutMethodRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_payout_v1_PayoutMethod__Output>): grpc.ClientUnaryCall;
  decidePayoutMethod(argument: _ziba_payout_v1_DecidePayoutMethodRequest, callback: grpc.requestCallback<_ziba_payout_v1_PayoutMethod__Output>): grpc.ClientUnaryCall;
  
  GetPayout(argument: _ziba_payout_v1_GetPayoutRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_payout_v1_Payout__Output>): grpc.ClientUnaryCall;
  GetPayout(argument: _ziba_payout_v1_GetPayoutRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_payout_v1_Payout__Output>): grpc.ClientUnaryCall;
  GetPayout(argument: _ziba_payout_v1_GetPayoutRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_payout_v1_Payout__Output>): grpc.ClientUnaryCall;
  GetPayout(argument: _ziba_payout_v1_GetPayoutRequest, callback: grpc.requestCallback<_ziba_payout_v1_Payout__Output>): grpc.ClientUnaryCall;
  getPayout(argument: _ziba_payout_v1_GetPayoutRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_payout_v1_Payout__Output>): grpc.ClientUnaryCall;
  getPayout(argument: _ziba_payout_v1_GetPayoutRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_payout_v1_Payout__Output>): grpc.ClientUnaryCall;
  getPayout(argument: _ziba_payout_v1_GetPayoutRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_payout_v1_Payout__Output>): grpc.ClientUnaryCall;
  getPayout(argument: _ziba_payout_v1_GetPayoutRequest, callback: grpc.requestCallback<_ziba_payout_v1_Payout__Output>): grpc.ClientUnaryCall;
  
  GetPayoutMethod(argument: _ziba_payout_v1_GetPayoutMethodRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_payout_v1_PayoutMethod__Output>): grpc.ClientUnaryCall;
  GetPayoutMethod(argument: _ziba_payout_v1_GetPayoutMethodRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_payout_v1_PayoutMethod__Output>): grpc.ClientUnaryCall;
  GetPayoutMethod(argument: _ziba_payout_v1_GetPayoutMethodRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_payout_v1_PayoutMethod__Output>): grpc.ClientUnaryCall;
  GetPayoutMethod(argument: _ziba_payout_v1_GetPayoutMethodRequest, callback: grpc.requestCallback<_ziba_payout_v1_PayoutMethod__Output>): grpc.ClientUnaryCall;
  getPayoutMethod(argument: _ziba_payout_v1_GetPayoutMethodRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_payout_v1_PayoutMethod__Output>): grpc.ClientUnaryCall;
  getPayoutMethod(argument: _ziba_payout_v1_GetPayoutMethodRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_payout_v1_PayoutMethod__Output>): grpc.ClientUnaryCall;
  getPayoutMethod(argument: _ziba_payout_v1_GetPayoutMethodRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_payout_v1_PayoutMethod__Output>): grpc.ClientUnaryCall;
  getPayoutMethod(argument: _ziba_payout_v1_GetPayoutMethodRequest, callback: grpc.requestCallback<_ziba_payout_v1_PayoutMethod__Output>): grpc.ClientUnaryCall;
  
  GetWithdrawalTerms(argument: _ziba_payout_v1_GetWithdrawalTermsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_payout_v1_WithdrawalTerms__Output>): grpc.ClientUnaryCall;
  GetWithdrawalTerms(argument: _ziba_payout_v1_GetWithdrawalTermsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_payout_v1_WithdrawalTerms__Output>): grpc.ClientUnaryCall;
  GetWithdrawalTerms(argument: _ziba_payout_v1_GetWithdrawalTermsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_payout_v1_WithdrawalTerms__Output>): grpc.ClientUnaryCall;
  GetWithdrawalTerms(argument: _ziba_payout_v1_GetWithdrawalTermsRequest, callback: grpc.requestCallback<_ziba_payout_v1_WithdrawalTerms__Output>): grpc.ClientUnaryCall;
  getWithdrawalTerms(argument: _ziba_payout_v1_GetWithdrawalTermsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_payout_v1_WithdrawalTerms__Output>): grpc.ClientUnaryCall;
  getWithdrawalTerms(argument: _ziba_payout_v1_GetWithdrawalTermsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_payout_v1_WithdrawalTerms__Output>): grpc.ClientUnaryCall;
  getWithdrawalTerms(argument: _ziba_payout_v1_GetWithdrawalTermsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_payout_v1_WithdrawalTerms__Output>): grpc.ClientUnaryCall;
  getWithdrawalTerms(argument: _ziba_payout_v1_GetWithdrawalTermsRequest, callback: grpc.requestCallback<_ziba_payout_v1_WithdrawalTerms__Output>): grpc.ClientUnaryCall;
  
  HandleProviderWebhook(argument: _ziba_payout_v1_ProviderWebhook, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_payout_v1_WebhookAck__Output>): grpc.ClientUnaryCall;
  HandleProviderWebhook(argument: _ziba_payout_v1_ProviderWebhook, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_payout_v1_WebhookAck__Output>): grpc.ClientUnaryCall;
  HandleProviderWebhook(argument: _ziba_payout_v1_ProviderWebhook, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_payout_v1_WebhookAck__Output>): grpc.ClientUnaryCall;
  HandleProviderWebhook(argument: _ziba_payout_v1_ProviderWebhook, callback: grpc.requestCallback<_ziba_payout_v1_WebhookAck__Output>): grpc.ClientUnaryCall;
  handleProviderWebhook(argument: _ziba_payout_v1_ProviderWebhook, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_payout_v1_WebhookAck__Output>): grpc.ClientUnaryCall;
  handleProviderWebhook(argument: _ziba_payout_v1_ProviderWebhook, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_payout_v1_WebhookAck__Output>): grpc.ClientUnaryCall;
  handleProviderWebhook(argument: _ziba_payout_v1_ProviderWebhook, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_payout_v1_WebhookAck__Output>): grpc.ClientUnaryCall;
  handleProviderWebhook(argument: _ziba_payout_v1_ProviderWebhook, callback: grpc.requestCallback<_ziba_payout_v1_WebhookAck__Output>): grpc.ClientUnaryCall;
  
  ListAutoWeeklyRuns(argument: _ziba_payout_v1_ListAutoWeeklyRunsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_payout_v1_ListAutoWeeklyRunsResponse__Output>): grpc.ClientUnaryCall;
  ListAutoWeeklyRuns(argument: _ziba_payout_v1_ListAutoWeeklyRunsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_payout_v1_ListAutoWeeklyRunsResponse__Output>): grpc.ClientUnaryCall;
  ListAutoWeeklyRuns(argument: _ziba_payout_v1_ListAutoWeeklyRunsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_payout_v1_ListAutoWeeklyRunsResponse__Output>): grpc.ClientUnaryCall;
  ListAutoWeeklyRuns(argument: _ziba_payout_v1_ListAutoWeeklyRunsRequest, callback: grpc.requestCallback<_ziba_payout_v1_ListAutoWeeklyRunsResponse__Output>): grpc.ClientUnaryCall;
  listAutoWeeklyRuns(argument: _ziba_payout_v1_ListAutoWeeklyRunsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_payout_v1_ListAutoWeeklyRunsResponse__Output>): grpc.ClientUnaryCall;
  listAutoWeeklyRuns(argument: _ziba_payout_v1_ListAutoWeeklyRunsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_payout_v1_ListAutoWeeklyRunsResponse__Output>): grpc.ClientUnaryCall;
  listAutoWeeklyRuns(argument: _ziba_payout_v1_ListAutoWeeklyRunsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_payout_v1_ListAutoWeeklyRunsResponse__Output>): grpc.ClientUnaryCall;
  listAutoWeeklyRuns(argument: _ziba_payout_v1_ListAutoWeeklyRunsRequest, callback: grpc.requestCallback<_ziba_payout_v1_ListAutoWeeklyRunsResponse__Output>): grpc.ClientUnaryCall;
  
  ListMyPayouts(argument: _ziba_payout_v1_ListMyPayoutsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_payout_v1_PayoutPage__Output>): grpc.ClientUnaryCall;
  ListMyPayouts(argument: _ziba_payout_v1_ListMyPayoutsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_payout_v1_PayoutPage__Output>): grpc.ClientUnaryCall;
  ListMyPayouts(argument: _ziba_payout_v1_ListMyPayoutsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_payout_v1_PayoutPage__Output>): grpc.ClientUnaryCall;
  ListMyPayouts(argument: _ziba_payout_v1_ListMyPayoutsRequest, callback: grpc.requestCallback<_ziba_payout_v1_PayoutPage__Output>): grpc.ClientUnaryCall;
  listMyPayouts(argument: _ziba_payout_v1_ListMyPayoutsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_payout_v1_PayoutPage__Output>): grpc.ClientUnaryCall;
  listMyPayouts(argument: _ziba_payout_v1_ListMyPayoutsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_payout_v1_PayoutPage__Output>): grpc.ClientUnaryCall;
  listMyPayouts(argument: _ziba_payout_v1_ListMyPayoutsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_payout_v1_PayoutPage__Output>): grpc.ClientUnaryCall;
  listMyPayouts(argument: _ziba_payout_v1_ListMyPayoutsRequest, callback: grpc.requestCallback<_ziba_payout_v1_PayoutPage__Output>): grpc.ClientUnaryCall;
  
  ListPayoutMethods(argument: _ziba_payout_v1_ListPayoutMethodsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_payout_v1_ListPayoutMethodsResponse__Output>): grpc.ClientUnaryCall;
  ListPayoutMethods(argument: _ziba_payout_v1_ListPayoutMethodsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_payout_v1_ListPayoutMethodsResponse__Output>): grpc.ClientUnaryCall;
  ListPayoutMethods(argument: _ziba_payout_v1_ListPayoutMethodsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_payout_v1_ListPayoutMethodsResponse__Output>): grpc.ClientUnaryCall;
  ListPayoutMethods(argument: _ziba_payout_v1_ListPayoutMethodsRequest, callback: grpc.requestCallback<_ziba_payout_v1_ListPayoutMethodsResponse__Output>): grpc.ClientUnaryCall;
  listPayoutMethods(argument: _ziba_payout_v1_ListPayoutMethodsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_payout_v1_ListPayoutMethodsResponse__Output>): grpc.ClientUnaryCall;
  listPayoutMethods(argument: _ziba_payout_v1_ListPayoutMethodsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_payout_v1_ListPayoutMethodsResponse__Output>): grpc.ClientUnaryCall;
  listPayoutMethods(argument: _ziba_payout_v1_ListPayoutMethodsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_payout_v1_ListPayoutMethodsResponse__Output>): grpc.ClientUnaryCall;
  listPayoutMethods(argument: _ziba_payout_v1_ListPayoutMethodsRequest, callback: grpc.requestCallback<_ziba_payout_v1_ListPayoutMethodsResponse__Output>): grpc.ClientUnaryCall;
  
  ListPayouts(argument: _ziba_payout_v1_ListPayoutsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_payout_v1_PayoutPage__Output>): grpc.ClientUnaryCall;
  ListPayouts(argument: _ziba_payout_v1_ListPayoutsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_payout_v1_PayoutPage__Output>): grpc.ClientUnaryCall;
  ListPayouts(argument: _ziba_payout_v1_ListPayoutsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_payout_v1_PayoutPage__Output>): grpc.ClientUnaryCall;
  ListPayouts(argument: _ziba_payout_v1_ListPayoutsRequest, callback: grpc.requestCallback<_ziba_payout_v1_PayoutPage__Output>): grpc.ClientUnaryCall;
  listPayouts(argument: _ziba_payout_v1_ListPayoutsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_payout_v1_PayoutPage__Output>): grpc.ClientUnaryCall;
  listPayouts(argument: _ziba_payout_v1_ListPayoutsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_payout_v1_PayoutPage__Output>): grpc.ClientUnaryCall;
  listPayouts(argument: _ziba_payout_v1_ListPayoutsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_payout_v1_PayoutPage__Output>): grpc.ClientUnaryCall;
  listPayouts(argument: _ziba_payout_v1_ListPayoutsRequest, callback: grpc.requestCallback<_ziba_payout_v1_PayoutPage__Output>): grpc.ClientUnaryCall;
  
  RequestWithdrawal(argument: _ziba_payout_v1_RequestWithdrawalRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_payout_v1_Payout__Output>): grpc.ClientUnaryCall;
  RequestWithdrawal(argument: _ziba_payout_v1_RequestWithdrawalRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_payout_v1_Payout__Output>): grpc.ClientUnaryCall;
  RequestWithdrawal(argument: _ziba_payout_v1_RequestWithdrawalRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_payout_v1_Payout__Output>): grpc.ClientUnaryCall;
  RequestWithdrawal(argument: _ziba_payout_v1_RequestWithdrawalRequest, callback: grpc.requestCallback<_ziba_payout_v1_Payout__Output>): grpc.ClientUnaryCall;
  requestWithdrawal(argument: _ziba_payout_v1_RequestWithdrawalRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_payout_v1_Payout__Output>): grpc.ClientUnaryCall;
  requestWithdrawal(argument: _ziba_payout_v1_RequestWithdrawalRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_payout_v1_Payout__Output>): grpc.ClientUnaryCall;
  requestWithdrawal(argument: _ziba_payout_v1_RequestWithdrawalRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_payout_v1_Payout__Output>): grpc.ClientUnaryCall;
  requestWithdrawal(argument: _ziba_payout_v1_RequestWithdrawalRequest, callback: grpc.requestCallback<_ziba_payout_v1_Payout__Output>): grpc.ClientUnaryCall;
  
  RunAutoWeeklyPayouts(argument: _ziba_payout_v1_RunAutoWeeklyPayoutsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_payout_v1_AutoWeeklyRun__Output>): grpc.ClientUnaryCall;
  RunAutoWeeklyPayouts(argument: _ziba_payout_v1_RunAutoWeeklyPayoutsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_payout_v1_AutoWeeklyRun__Output>): grpc.ClientUnaryCall;
  RunAutoWeeklyPayouts(argument: _ziba_payout_v1_RunAutoWeeklyPayoutsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_payout_v1_AutoWeeklyRun__Output>): grpc.ClientUnaryCall;
  RunAutoWeeklyPayouts(argument: _ziba_payout_v1_RunAutoWeeklyPayoutsRequest, callback: grpc.requestCallback<_ziba_payout_v1_AutoWeeklyRun__Output>): grpc.ClientUnaryCall;
  runAutoWeeklyPayouts(argument: _ziba_payout_v1_RunAutoWeeklyPayoutsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_payout_v1_AutoWeeklyRun__Output>): grpc.ClientUnaryCall;
  runAutoWeeklyPayouts(argument: _ziba_payout_v1_RunAutoWeeklyPayoutsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_payout_v1_AutoWeeklyRun__Output>): grpc.ClientUnaryCall;
  runAutoWeeklyPayouts(argument: _ziba_payout_v1_RunAutoWeeklyPayoutsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_payout_v1_AutoWeeklyRun__Output>): grpc.ClientUnaryCall;
  runAutoWeeklyPayouts(argument: _ziba_payout_v1_RunAutoWeeklyPayoutsRequest, callback: grpc.requestCallback<_ziba_payout_v1_AutoWeeklyRun__Output>): grpc.ClientUnaryCall;
  
  SetPayoutMethod(argument: _ziba_payout_v1_SetPayoutMethodRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_payout_v1_PayoutMethod__Output>): grpc.ClientUnaryCall;
  SetPayoutMethod(argument: _ziba_payout_v1_SetPayoutMethodRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_payout_v1_PayoutMethod__Output>): grpc.ClientUnaryCall;
  SetPayoutMethod(argument: _ziba_payout_v1_SetPayoutMethodRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_payout_v1_PayoutMethod__Output>): grpc.ClientUnaryCall;
  SetPayoutMethod(argument: _ziba_payout_v1_SetPayoutMethodRequest, callback: grpc.requestCallback<_ziba_payout_v1_PayoutMethod__Output>): grpc.ClientUnaryCall;
  setPayoutMethod(argument: _ziba_payout_v1_SetPayoutMethodRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_payout_v1_PayoutMethod__Output>): grpc.ClientUnaryCall;
  setPayoutMethod(argument: _ziba_payout_v1_SetPayoutMethodRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_payout_v1_PayoutMethod__Output>): grpc.ClientUnaryCall;
  setPayoutMethod(argument: _ziba_payout_v1_SetPayoutMethodRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_payout_v1_PayoutMethod__Output>): grpc.ClientUnaryCall;
  setPayoutMethod(argument: _ziba_payout_v1_SetPayoutMethodRequest, callback: grpc.requestCallback<_ziba_payout_v1_PayoutMethod__Output>): grpc.ClientUnaryCall;
  
}

export interface PayoutServiceHandlers extends grpc.UntypedServiceImplementation {
  DecidePayout: grpc.handleUnaryCall<_ziba_payout_v1_DecidePayoutRequest__Output, _ziba_payout_v1_Payout>;
  
  DecidePayoutMethod: grpc.handleUnaryCall<_ziba_payout_v1_DecidePayoutMethodRequest__Output, _ziba_payout_v1_PayoutMethod>;
  
  GetPayout: grpc.handleUnaryCall<_ziba_payout_v1_GetPayoutRequest__Output, _ziba_payout_v1_Payout>;
  
  GetPayoutMethod: grpc.handleUnaryCall<_ziba_payout_v1_GetPayoutMethodRequest__Output, _ziba_payout_v1_PayoutMethod>;
  
  GetWithdrawalTerms: grpc.handleUnaryCall<_ziba_payout_v1_GetWithdrawalTermsRequest__Output, _ziba_payout_v1_WithdrawalTerms>;
  
  HandleProviderWebhook: grpc.handleUnaryCall<_ziba_payout_v1_ProviderWebhook__Output, _ziba_payout_v1_WebhookAck>;
  
  ListAutoWeeklyRuns: grpc.handleUnaryCall<_ziba_payout_v1_ListAutoWeeklyRunsRequest__Output, _ziba_payout_v1_ListAutoWeeklyRunsResponse>;
  
  ListMyPayouts: grpc.handleUnaryCall<_ziba_payout_v1_ListMyPayoutsRequest__Output, _ziba_payout_v1_PayoutPage>;
  
  ListPayoutMethods: grpc.handleUnaryCall<_ziba_payout_v1_ListPayoutMethodsRequest__Output, _ziba_payout_v1_ListPayoutMethodsResponse>;
  
  ListPayouts: grpc.handleUnaryCall<_ziba_payout_v1_ListPayoutsRequest__Output, _ziba_payout_v1_PayoutPage>;
  
  RequestWithdrawal: grpc.handleUnaryCall<_ziba_payout_v1_RequestWithdrawalRequest__Output, _ziba_payout_v1_Payout>;
  
  RunAutoWeeklyPayouts: grpc.handleUnaryCall<_ziba_payout_v1_RunAutoWeeklyPayoutsRequest__Output, _ziba_payout_v1_AutoWeeklyRun>;
  
  SetPayoutMethod: grpc.handleUnaryCall<_ziba_payout_v1_SetPayoutMethodRequest__Output, _ziba_payout_v1_PayoutMethod>;
  
}

export interface PayoutServiceDefinition extends grpc.ServiceDefinition {
  DecidePayout: MethodDefinition<_ziba_payout_v1_DecidePayoutRequest, _ziba_payout_v1_Payout, _ziba_payout_v1_DecidePayoutRequest__Output, _ziba_payout_v1_Payout__Output>
  DecidePayoutMethod: MethodDefinition<_ziba_payout_v1_DecidePayoutMethodRequest, _ziba_payout_v1_PayoutMethod, _ziba_payout_v1_DecidePayoutMethodRequest__Output, _ziba_payout_v1_PayoutMethod__Output>
  GetPayout: MethodDefinition<_ziba_payout_v1_GetPayoutRequest, _ziba_payout_v1_Payout, _ziba_payout_v1_GetPayoutRequest__Output, _ziba_payout_v1_Payout__Output>
  GetPayoutMethod: MethodDefinition<_ziba_payout_v1_GetPayoutMethodRequest, _ziba_payout_v1_PayoutMethod, _ziba_payout_v1_GetPayoutMethodRequest__Output, _ziba_payout_v1_PayoutMethod__Output>
  GetWithdrawalTerms: MethodDefinition<_ziba_payout_v1_GetWithdrawalTermsRequest, _ziba_payout_v1_WithdrawalTerms, _ziba_payout_v1_GetWithdrawalTermsRequest__Output, _ziba_payout_v1_WithdrawalTerms__Output>
  HandleProviderWebhook: MethodDefinition<_ziba_payout_v1_ProviderWebhook, _ziba_payout_v1_WebhookAck, _ziba_payout_v1_ProviderWebhook__Output, _ziba_payout_v1_WebhookAck__Output>
  ListAutoWeeklyRuns: MethodDefinition<_ziba_payout_v1_ListAutoWeeklyRunsRequest, _ziba_payout_v1_ListAutoWeeklyRunsResponse, _ziba_payout_v1_ListAutoWeeklyRunsRequest__Output, _ziba_payout_v1_ListAutoWeeklyRunsResponse__Output>
  ListMyPayouts: MethodDefinition<_ziba_payout_v1_ListMyPayoutsRequest, _ziba_payout_v1_PayoutPage, _ziba_payout_v1_ListMyPayoutsRequest__Output, _ziba_payout_v1_PayoutPage__Output>
  ListPayoutMethods: MethodDefinition<_ziba_payout_v1_ListPayoutMethodsRequest, _ziba_payout_v1_ListPayoutMethodsResponse, _ziba_payout_v1_ListPayoutMethodsRequest__Output, _ziba_payout_v1_ListPayoutMethodsResponse__Output>
  ListPayouts: MethodDefinition<_ziba_payout_v1_ListPayoutsRequest, _ziba_payout_v1_PayoutPage, _ziba_payout_v1_ListPayoutsRequest__Output, _ziba_payout_v1_PayoutPage__Output>
  RequestWithdrawal: MethodDefinition<_ziba_payout_v1_RequestWithdrawalRequest, _ziba_payout_v1_Payout, _ziba_payout_v1_RequestWithdrawalRequest__Output, _ziba_payout_v1_Payout__Output>
  RunAutoWeeklyPayouts: MethodDefinition<_ziba_payout_v1_RunAutoWeeklyPayoutsRequest, _ziba_payout_v1_AutoWeeklyRun, _ziba_payout_v1_RunAutoWeeklyPayoutsRequest__Output, _ziba_payout_v1_AutoWeeklyRun__Output>
  SetPayoutMethod: MethodDefinition<_ziba_payout_v1_SetPayoutMethodRequest, _ziba_payout_v1_PayoutMethod, _ziba_payout_v1_SetPayoutMethodRequest__Output, _ziba_payout_v1_PayoutMethod__Output>
}
