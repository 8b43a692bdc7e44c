import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { Money as _ziba_common_v1_Money, Money__Output as _ziba_common_v1_Money__Output } from './ziba/common/v1/Money.ts';
import type { PageInfo as _ziba_common_v1_PageInfo, PageInfo__Output as _ziba_common_v1_PageInfo__Output } from './ziba/common/v1/PageInfo.ts';
import type { PageRequest as _ziba_common_v1_PageRequest, PageRequest__Output as _ziba_common_v1_PageRequest__Output } from './ziba/common/v1/PageRequest.ts';
import type { CommissionRule as _ziba_trip_v1_CommissionRule, CommissionRule__Output as _ziba_trip_v1_CommissionRule__Output } from './ziba/trip/v1/CommissionRule.ts';
import type { DriverPresence as _ziba_trip_v1_DriverPresence, DriverPresence__Output as _ziba_trip_v1_DriverPresence__Output } from './ziba/trip/v1/DriverPresence.ts';
import type { GetTripRequest as _ziba_trip_v1_GetTripRequest, GetTripRequest__Output as _ziba_trip_v1_GetTripRequest__Output } from './ziba/trip/v1/GetTripRequest.ts';
import type { ListCommissionRulesRequest as _ziba_trip_v1_ListCommissionRulesRequest, ListCommissionRulesRequest__Output as _ziba_trip_v1_ListCommissionRulesRequest__Output } from './ziba/trip/v1/ListCommissionRulesRequest.ts';
import type { ListCommissionRulesResponse as _ziba_trip_v1_ListCommissionRulesResponse, ListCommissionRulesResponse__Output as _ziba_trip_v1_ListCommissionRulesResponse__Output } from './ziba/trip/v1/ListCommissionRulesResponse.ts';
import type { RequestTripRequest as _ziba_trip_v1_RequestTripRequest, RequestTripRequest__Output as _ziba_trip_v1_RequestTripRequest__Output } from './ziba/trip/v1/RequestTripRequest.ts';
import type { SetCommissionRuleRequest as _ziba_trip_v1_SetCommissionRuleRequest, SetCommissionRuleRequest__Output as _ziba_trip_v1_SetCommissionRuleRequest__Output } from './ziba/trip/v1/SetCommissionRuleRequest.ts';
import type { SetDriverOnlineRequest as _ziba_trip_v1_SetDriverOnlineRequest, SetDriverOnlineRequest__Output as _ziba_trip_v1_SetDriverOnlineRequest__Output } from './ziba/trip/v1/SetDriverOnlineRequest.ts';
import type { SettleTripRequest as _ziba_trip_v1_SettleTripRequest, SettleTripRequest__Output as _ziba_trip_v1_SettleTripRequest__Output } from './ziba/trip/v1/SettleTripRequest.ts';
import type { Settlement as _ziba_trip_v1_Settlement, Settlement__Output as _ziba_trip_v1_Settlement__Output } from './ziba/trip/v1/Settlement.ts';
import type { Transition as _ziba_trip_v1_Transition, Transition__Output as _ziba_trip_v1_Transition__Output } from './ziba/trip/v1/Transition.ts';
import type { TransitionRequest as _ziba_trip_v1_TransitionRequest, TransitionRequest__Output as _ziba_trip_v1_TransitionRequest__Output } from './ziba/trip/v1/TransitionRequest.ts';
import type { Trip as _ziba_trip_v1_Trip, Trip__Output as _ziba_trip_v1_Trip__Output } from './ziba/trip/v1/Trip.ts';
import type { TripServiceClient as _ziba_trip_v1_TripServiceClient, TripServiceDefinition as _ziba_trip_v1_TripServiceDefinition } from './ziba/trip/v1/TripService.ts';

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
    trip: {
      v1: {
        CommissionRule: MessageTypeDefinition<_ziba_trip_v1_CommissionRule, _ziba_trip_v1_CommissionRule__Output>
        DriverPresence: MessageTypeDefinition<_ziba_trip_v1_DriverPresence, _ziba_trip_v1_DriverPresence__Output>
        GetTripRequest: MessageTypeDefinition<_ziba_trip_v1_GetTripRequest, _ziba_trip_v1_GetTripRequest__Output>
        ListCommissionRulesRequest: MessageTypeDefinition<_ziba_trip_v1_ListCommissionRulesRequest, _ziba_trip_v1_ListCommissionRulesRequest__Output>
        ListCommissionRulesResponse: MessageTypeDefinition<_ziba_trip_v1_ListCommissionRulesResponse, _ziba_trip_v1_ListCommissionRulesResponse__Output>
        RequestTripRequest: MessageTypeDefinition<_ziba_trip_v1_RequestTripRequest, _ziba_trip_v1_RequestTripRequest__Output>
        SetCommissionRuleRequest: MessageTypeDefinition<_ziba_trip_v1_SetCommissionRuleRequest, _ziba_trip_v1_SetCommissionRuleRequest__Output>
        SetDriverOnlineRequest: MessageTypeDefinition<_ziba_trip_v1_SetDriverOnlineRequest, _ziba_trip_v1_SetDriverOnlineRequest__Output>
        SettleTripRequest: MessageTypeDefinition<_ziba_trip_v1_SettleTripRequest, _ziba_trip_v1_SettleTripRequest__Output>
        Settlement: MessageTypeDefinition<_ziba_trip_v1_Settlement, _ziba_trip_v1_Settlement__Output>
        Transition: MessageTypeDefinition<_ziba_trip_v1_Transition, _ziba_trip_v1_Transition__Output>
        TransitionRequest: MessageTypeDefinition<_ziba_trip_v1_TransitionRequest, _ziba_trip_v1_TransitionRequest__Output>
        Trip: MessageTypeDefinition<_ziba_trip_v1_Trip, _ziba_trip_v1_Trip__Output>
        TripService: SubtypeConstructor<typeof grpc.Client, _ziba_trip_v1_TripServiceClient> & { service: _ziba_trip_v1_TripServiceDefinition }
      }
    }
  }
}

