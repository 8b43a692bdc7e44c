import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { Money as _ziba_common_v1_Money, Money__Output as _ziba_common_v1_Money__Output } from './ziba/common/v1/Money.ts';
import type { PageInfo as _ziba_common_v1_PageInfo, PageInfo__Output as _ziba_common_v1_PageInfo__Output } from './ziba/common/v1/PageInfo.ts';
import type { PageRequest as _ziba_common_v1_PageRequest, PageRequest__Output as _ziba_common_v1_PageRequest__Output } from './ziba/common/v1/PageRequest.ts';
import type { AutoWeeklyRun as _ziba_payout_v1_AutoWeeklyRun, AutoWeeklyRun__Output as _ziba_payout_v1_AutoWeeklyRun__Output } from './ziba/payout/v1/AutoWeeklyRun.ts';
import type { AutoWeeklyRunSummary as _ziba_payout_v1_AutoWeeklyRunSummary, AutoWeeklyRunSummary__Output as _ziba_payout_v1_AutoWeeklyRunSummary__Output } from './ziba/payout/v1/AutoWeeklyRunSummary.ts';
import type { DecidePayoutMethodRequest as _ziba_payout_v1_DecidePayoutMethodRequest, DecidePayoutMethodRequest__Output as _ziba_payout_v1_DecidePayoutMethodRequest__Output } from './ziba/payout/v1/DecidePayoutMethodRequest.ts';
import type { DecidePayoutRequest as _ziba_payout_v1_DecidePayoutRequest, DecidePayoutRequest__Output as _ziba_payout_v1_DecidePayoutRequest__Output } from './ziba/payout/v1/DecidePayoutRequest.ts';
import type { GetPayoutMethodRequest as _ziba_payout_v1_GetPayoutMethodRequest, GetPayoutMethodRequest__Output as _ziba_payout_v1_GetPayoutMethodRequest__Output } from './ziba/payout/v1/GetPayoutMethodRequest.ts';
import type { GetPayoutRequest as _ziba_payout_v1_GetPayoutRequest, GetPayoutRequest__Output as _ziba_payout_v1_GetPayoutRequest__Output } from './ziba/payout/v1/GetPayoutRequest.ts';
import type { GetWithdrawalTermsRequest as _ziba_payout_v1_GetWithdrawalTermsRequest, GetWithdrawalTermsRequest__Output as _ziba_payout_v1_GetWithdrawalTermsRequest__Output } from './ziba/payout/v1/GetWithdrawalTermsRequest.ts';
import type { ListAutoWeeklyRunsRequest as _ziba_payout_v1_ListAutoWeeklyRunsRequest, ListAutoWeeklyRunsRequest__Output as _ziba_payout_v1_ListAutoWeeklyRunsRequest__Output } from './ziba/payout/v1/ListAutoWeeklyRunsRequest.ts';
import type { ListAutoWeeklyRunsResponse as _ziba_payout_v1_ListAutoWeeklyRunsResponse, ListAutoWeeklyRunsResponse__Output as _ziba_payout_v1_ListAutoWeeklyRunsResponse__Output } from './ziba/payout/v1/ListAutoWeeklyRunsResponse.ts';
import type { ListMyPayoutsRequest as _ziba_payout_v1_ListMyPayoutsRequest, ListMyPayoutsRequest__Output as _ziba_payout_v1_ListMyPayoutsRequest__Output } from './ziba/payout/v1/ListMyPayoutsRequest.ts';
import type { ListPayoutMethodsRequest as _ziba_payout_v1_ListPayoutMethodsRequest, ListPayoutMethodsRequest__Output as _ziba_payout_v1_ListPayoutMethodsRequest__Output } from './ziba/payout/v1/ListPayoutMethodsRequest.ts';
import type { ListPayoutMethodsResponse as _ziba_payout_v1_ListPayoutMethodsResponse, ListPayoutMethodsResponse__Output as _ziba_payout_v1_ListPayoutMethodsResponse__Output } from './ziba/payout/v1/ListPayoutMethodsResponse.ts';
import type { ListPayoutsRequest as _ziba_payout_v1_ListPayoutsRequest, ListPayoutsRequest__Output as _ziba_payout_v1_ListPayoutsRequest__Output } from './ziba/payout/v1/ListPayoutsRequest.ts';
import type { Payout as _ziba_payout_v1_Payout, Payout__Output as _ziba_payout_v1_Payout__Output } from './ziba/payout/v1/Payout.ts';
import type { PayoutApproval as _ziba_payout_v1_PayoutApproval, PayoutApproval__Output as _ziba_payout_v1_PayoutApproval__Output } from './ziba/payout/v1/PayoutApproval.ts';
import type { PayoutApprovals as _ziba_payout_v1_PayoutApprovals, PayoutApprovals__Output as _ziba_payout_v1_PayoutApprovals__Output } from './ziba/payout/v1/PayoutApprovals.ts';
import type { PayoutMethod as _ziba_payout_v1_PayoutMethod, PayoutMethod__Output as _ziba_payout_v1_PayoutMethod__Output } from './ziba/payout/v1/PayoutMethod.ts';
import type { PayoutPage as _ziba_payout_v1_PayoutPage, PayoutPage__Output as _ziba_payout_v1_PayoutPage__Output } from './ziba/payout/v1/PayoutPage.ts';
import type { PayoutServiceClient as _ziba_payout_v1_PayoutServiceClient, PayoutServiceDefinition as _ziba_payout_v1_PayoutServiceDefinition } from './ziba/payout/v1/PayoutService.ts';
import type { PayoutTransition as _ziba_payout_v1_PayoutTransition, PayoutTransition__Output as _ziba_payout_v1_PayoutTransition__Output } from './ziba/payout/v1/PayoutTransition.ts';
import type { ProviderCallback as _ziba_payout_v1_ProviderCallback, ProviderCallback__Output as _ziba_payout_v1_ProviderCallback__Output } from './ziba/payout/v1/ProviderCallback.ts';
import type { ProviderWebhook as _ziba_payout_v1_ProviderWebhook, ProviderWebhook__Output as _ziba_payout_v1_ProviderWebhook__Output } from './ziba/payout/v1/ProviderWebhook.ts';
import type { RequestWithdrawalRequest as _ziba_payout_v1_RequestWithdrawalRequest, RequestWithdrawalRequest__Output as _ziba_payout_v1_RequestWithdrawalRequest__Output } from './ziba/payout/v1/RequestWithdrawalRequest.ts';
import type { RunAutoWeeklyPayoutsRequest as _ziba_payout_v1_RunAutoWeeklyPayoutsRequest, RunAutoWeeklyPayoutsRequest__Output as _ziba_payout_v1_RunAutoWeeklyPayoutsRequest__Output } from './ziba/payout/v1/RunAutoWeeklyPayoutsRequest.ts';
import type { SetPayoutMethodRequest as _ziba_payout_v1_SetPayoutMethodRequest, SetPayoutMethodRequest__Output as _ziba_payout_v1_SetPayoutMethodRequest__Output } from './ziba/payout/v1/SetPayoutMethodRequest.ts';
import type { SkippedEarner as _ziba_payout_v1_SkippedEarner, SkippedEarner__Output as _ziba_payout_v1_SkippedEarner__Output } from './ziba/payout/v1/SkippedEarner.ts';
import type { WebhookAck as _ziba_payout_v1_WebhookAck, WebhookAck__Output as _ziba_payout_v1_WebhookAck__Output } from './ziba/payout/v1/WebhookAck.ts';
import type { WithdrawalTerms as _ziba_payout_v1_WithdrawalTerms, WithdrawalTerms__Output as _ziba_payout_v1_WithdrawalTerms__Output } from './ziba/payout/v1/WithdrawalTerms.ts';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  ziba: {
    common: {
      v1: {
        Money: MessageTypeDefinition<_ziba_common_v1_Money, _ziba_common_v1_Money__Output>
        PageInfo: MessageTypeDefinition<_ziba_common_v1_PageInfo, _ziba_common_v1_PageInfo__Output>
        PageRequest: MessageTypeDefinition<_ziba_common_v1_PageRequest, _ziba_common_v1_PageRequest__Output>
      }
    }
    payout: {
      v1: {
        AutoWeeklyRun: MessageTypeDefinition<_ziba_payout_v1_AutoWeeklyRun, _ziba_payout_v1_AutoWeeklyRun__Output>
        AutoWeeklyRunSummary: MessageTypeDefinition<_ziba_payout_v1_AutoWeeklyRunSummary, _ziba_payout_v1_AutoWeeklyRunSummary__Output>
        DecidePayoutMethodRequest: MessageTypeDefinition<_ziba_payout_v1_DecidePayoutMethodRequest, _ziba_payout_v1_DecidePayoutMethodRequest__Output>
        DecidePayoutRequest: MessageTypeDefinition<_ziba_payout_v1_DecidePayoutRequest, _ziba_payout_v1_DecidePayoutRequest__Output>
        GetPayoutMethodRequest: MessageTypeDefinition<_ziba_payout_v1_GetPayoutMethodRequest, _ziba_payout_v1_GetPayoutMethodRequest__Output>
        GetPayoutRequest: MessageTypeDefinition<_ziba_payout_v1_GetPayoutRequest, _ziba_payout_v1_GetPayoutRequest__Output>
        GetWithdrawalTermsRequest: MessageTypeDefinition<_ziba_payout_v1_GetWithdrawalTermsRequest, _ziba_payout_v1_GetWithdrawalTermsRequest__Output>
        ListAutoWeeklyRunsRequest: MessageTypeDefinition<_ziba_payout_v1_ListAutoWeeklyRunsRequest, _ziba_payout_v1_ListAutoWeeklyRunsRequest__Output>
        ListAutoWeeklyRunsResponse: MessageTypeDefinition<_ziba_payout_v1_ListAutoWeeklyRunsResponse, _ziba_payout_v1_ListAutoWeeklyRunsResponse__Output>
        ListMyPayoutsRequest: MessageTypeDefinition<_ziba_payout_v1_ListMyPayoutsRequest, _ziba_payout_v1_ListMyPayoutsRequest__Output>
        ListPayoutMethodsRequest: MessageTypeDefinition<_ziba_payout_v1_ListPayoutMethodsRequest, _ziba_payout_v1_ListPayoutMethodsRequest__Output>
        ListPayoutMethodsResponse: MessageTypeDefinition<_ziba_payout_v1_ListPayoutMethodsResponse, _ziba_payout_v1_ListPayoutMethodsResponse__Output>
        ListPayoutsRequest: MessageTypeDefinition<_ziba_payout_v1_ListPayoutsRequest, _ziba_payout_v1_ListPayoutsRequest__Output>
        Payout: MessageTypeDefinition<_ziba_payout_v1_Payout, _ziba_payout_v1_Payout__Output>
        PayoutApproval: MessageTypeDefinition<_ziba_payout_v1_PayoutApproval, _ziba_payout_v1_PayoutApproval__Output>
        PayoutApprovals: MessageTypeDefinition<_ziba_payout_v1_PayoutApprovals, _ziba_payout_v1_PayoutApprovals__Output>
        PayoutMethod: MessageTypeDefinition<_ziba_payout_v1_PayoutMethod, _ziba_payout_v1_PayoutMethod__Output>
        PayoutPage: MessageTypeDefinition<_ziba_payout_v1_PayoutPage, _ziba_payout_v1_PayoutPage__Output>
        PayoutService: SubtypeConstructor<typeof grpc.Client, _ziba_payout_v1_PayoutServiceClient> & { service: _ziba_payout_v1_PayoutServiceDefinition }
        PayoutTransition: MessageTypeDefinition<_ziba_payout_v1_PayoutTransition, _ziba_payout_v1_PayoutTransition__Output>
        ProviderCallback: MessageTypeDefinition<_ziba_payout_v1_ProviderCallback, _ziba_payout_v1_ProviderCallback__Output>
        ProviderWebhook: MessageTypeDefinition<_ziba_payout_v1_ProviderWebhook, _ziba_payout_v1_ProviderWebhook__Output>
        RequestWithdrawalRequest: MessageTypeDefinition<_ziba_payout_v1_RequestWithdrawalRequest, _ziba_payout_v1_RequestWithdrawalRequest__Output>
        RunAutoWeeklyPayoutsRequest: MessageTypeDefinition<_ziba_payout_v1_RunAutoWeeklyPayoutsRequest, _ziba_payout_v1_RunAutoWeeklyPayoutsRequest__Output>
        SetPayoutMethodRequest: MessageTypeDefinition<_ziba_payout_v1_SetPayoutMethodRequest, _ziba_payout_v1_SetPayoutMethodRequest__Output>
        SkippedEarner: MessageTypeDefinition<_ziba_payout_v1_SkippedEarner, _ziba_payout_v1_SkippedEarner__Output>
        WebhookAck: MessageTypeDefinition<_ziba_payout_v1_WebhookAck, _ziba_payout_v1_WebhookAck__Output>
        WithdrawalTerms: MessageTypeDefinition<_ziba_payout_v1_WithdrawalTerms, _ziba_payout_v1_WithdrawalTerms__Output>
      }
    }
  }
}

