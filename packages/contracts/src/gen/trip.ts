import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { Money as _ziba_common_v1_Money, Money__Output as _ziba_common_v1_Money__Output } from './ziba/common/v1/Money.ts';
import type { PageInfo as _ziba_common_v1_PageInfo, PageInfo__Output as _ziba_common_v1_PageInfo__Output } from './ziba/common/v1/PageInfo.ts';
import type { PageRequest as _ziba_common_v1_PageRequest, PageRequest__Output as _ziba_common_v1_PageRequest__Output } from './ziba/common/v1/PageRequest.ts';
import type { CommissionRule as _ziba_trip_v1_CommissionRule, CommissionRule__Output as _ziba_trip_v1_CommissionRule__Output } from './ziba/trip/v1/CommissionRule.ts';
import type { DriverPresence as _ziba_trip_v1_DriverPresence, DriverPresence__Output as _ziba_trip_v1_DriverPresence__Output } from './ziba/trip/v1/DriverPresence.ts';
import type { EarnerShare as _ziba_trip_v1_EarnerShare, EarnerShare__Output as _ziba_trip_v1_EarnerShare__Output } from './ziba/trip/v1/EarnerShare.ts';
import type { EarningsRow as _ziba_trip_v1_EarningsRow, EarningsRow__Output as _ziba_trip_v1_EarningsRow__Output } from './ziba/trip/v1/EarningsRow.ts';
import type { GetDriverPresenceRequest as _ziba_trip_v1_GetDriverPresenceRequest, GetDriverPresenceRequest__Output as _ziba_trip_v1_GetDriverPresenceRequest__Output } from './ziba/trip/v1/GetDriverPresenceRequest.ts';
import type { GetEarningsRequest as _ziba_trip_v1_GetEarningsRequest, GetEarningsRequest__Output as _ziba_trip_v1_GetEarningsRequest__Output } from './ziba/trip/v1/GetEarningsRequest.ts';
import type { GetEarningsResponse as _ziba_trip_v1_GetEarningsResponse, GetEarningsResponse__Output as _ziba_trip_v1_GetEarningsResponse__Output } from './ziba/trip/v1/GetEarningsResponse.ts';
import type { GetTripRequest as _ziba_trip_v1_GetTripRequest, GetTripRequest__Output as _ziba_trip_v1_GetTripRequest__Output } from './ziba/trip/v1/GetTripRequest.ts';
import type { ListCommissionRulesRequest as _ziba_trip_v1_ListCommissionRulesRequest, ListCommissionRulesRequest__Output as _ziba_trip_v1_ListCommissionRulesRequest__Output } from './ziba/trip/v1/ListCommissionRulesRequest.ts';
import type { ListCommissionRulesResponse as _ziba_trip_v1_ListCommissionRulesResponse, ListCommissionRulesResponse__Output as _ziba_trip_v1_ListCommissionRulesResponse__Output } from './ziba/trip/v1/ListCommissionRulesResponse.ts';
import type { ListMenuRequest as _ziba_trip_v1_ListMenuRequest, ListMenuRequest__Output as _ziba_trip_v1_ListMenuRequest__Output } from './ziba/trip/v1/ListMenuRequest.ts';
import type { ListMenuResponse as _ziba_trip_v1_ListMenuResponse, ListMenuResponse__Output as _ziba_trip_v1_ListMenuResponse__Output } from './ziba/trip/v1/ListMenuResponse.ts';
import type { ListMyTripsRequest as _ziba_trip_v1_ListMyTripsRequest, ListMyTripsRequest__Output as _ziba_trip_v1_ListMyTripsRequest__Output } from './ziba/trip/v1/ListMyTripsRequest.ts';
import type { ListNettingRunsRequest as _ziba_trip_v1_ListNettingRunsRequest, ListNettingRunsRequest__Output as _ziba_trip_v1_ListNettingRunsRequest__Output } from './ziba/trip/v1/ListNettingRunsRequest.ts';
import type { ListNettingRunsResponse as _ziba_trip_v1_ListNettingRunsResponse, ListNettingRunsResponse__Output as _ziba_trip_v1_ListNettingRunsResponse__Output } from './ziba/trip/v1/ListNettingRunsResponse.ts';
import type { ListStuckHoldsRequest as _ziba_trip_v1_ListStuckHoldsRequest, ListStuckHoldsRequest__Output as _ziba_trip_v1_ListStuckHoldsRequest__Output } from './ziba/trip/v1/ListStuckHoldsRequest.ts';
import type { ListStuckHoldsResponse as _ziba_trip_v1_ListStuckHoldsResponse, ListStuckHoldsResponse__Output as _ziba_trip_v1_ListStuckHoldsResponse__Output } from './ziba/trip/v1/ListStuckHoldsResponse.ts';
import type { ListTariffsRequest as _ziba_trip_v1_ListTariffsRequest, ListTariffsRequest__Output as _ziba_trip_v1_ListTariffsRequest__Output } from './ziba/trip/v1/ListTariffsRequest.ts';
import type { ListTariffsResponse as _ziba_trip_v1_ListTariffsResponse, ListTariffsResponse__Output as _ziba_trip_v1_ListTariffsResponse__Output } from './ziba/trip/v1/ListTariffsResponse.ts';
import type { ListTripsUnderWayRequest as _ziba_trip_v1_ListTripsUnderWayRequest, ListTripsUnderWayRequest__Output as _ziba_trip_v1_ListTripsUnderWayRequest__Output } from './ziba/trip/v1/ListTripsUnderWayRequest.ts';
import type { ListUnsettledTripsRequest as _ziba_trip_v1_ListUnsettledTripsRequest, ListUnsettledTripsRequest__Output as _ziba_trip_v1_ListUnsettledTripsRequest__Output } from './ziba/trip/v1/ListUnsettledTripsRequest.ts';
import type { MenuItem as _ziba_trip_v1_MenuItem, MenuItem__Output as _ziba_trip_v1_MenuItem__Output } from './ziba/trip/v1/MenuItem.ts';
import type { NegativeBalanceSettlement as _ziba_trip_v1_NegativeBalanceSettlement, NegativeBalanceSettlement__Output as _ziba_trip_v1_NegativeBalanceSettlement__Output } from './ziba/trip/v1/NegativeBalanceSettlement.ts';
import type { NettingItem as _ziba_trip_v1_NettingItem, NettingItem__Output as _ziba_trip_v1_NettingItem__Output } from './ziba/trip/v1/NettingItem.ts';
import type { NettingRun as _ziba_trip_v1_NettingRun, NettingRun__Output as _ziba_trip_v1_NettingRun__Output } from './ziba/trip/v1/NettingRun.ts';
import type { NettingRunSummary as _ziba_trip_v1_NettingRunSummary, NettingRunSummary__Output as _ziba_trip_v1_NettingRunSummary__Output } from './ziba/trip/v1/NettingRunSummary.ts';
import type { OrderItem as _ziba_trip_v1_OrderItem, OrderItem__Output as _ziba_trip_v1_OrderItem__Output } from './ziba/trip/v1/OrderItem.ts';
import type { OrderLine as _ziba_trip_v1_OrderLine, OrderLine__Output as _ziba_trip_v1_OrderLine__Output } from './ziba/trip/v1/OrderLine.ts';
import type { PlaceFoodOrderRequest as _ziba_trip_v1_PlaceFoodOrderRequest, PlaceFoodOrderRequest__Output as _ziba_trip_v1_PlaceFoodOrderRequest__Output } from './ziba/trip/v1/PlaceFoodOrderRequest.ts';
import type { ReleaseStuckHoldRequest as _ziba_trip_v1_ReleaseStuckHoldRequest, ReleaseStuckHoldRequest__Output as _ziba_trip_v1_ReleaseStuckHoldRequest__Output } from './ziba/trip/v1/ReleaseStuckHoldRequest.ts';
import type { RequestTripRequest as _ziba_trip_v1_RequestTripRequest, RequestTripRequest__Output as _ziba_trip_v1_RequestTripRequest__Output } from './ziba/trip/v1/RequestTripRequest.ts';
import type { RunWeeklyNettingRequest as _ziba_trip_v1_RunWeeklyNettingRequest, RunWeeklyNettingRequest__Output as _ziba_trip_v1_RunWeeklyNettingRequest__Output } from './ziba/trip/v1/RunWeeklyNettingRequest.ts';
import type { RunWeeklyNettingResponse as _ziba_trip_v1_RunWeeklyNettingResponse, RunWeeklyNettingResponse__Output as _ziba_trip_v1_RunWeeklyNettingResponse__Output } from './ziba/trip/v1/RunWeeklyNettingResponse.ts';
import type { SetCommissionRuleRequest as _ziba_trip_v1_SetCommissionRuleRequest, SetCommissionRuleRequest__Output as _ziba_trip_v1_SetCommissionRuleRequest__Output } from './ziba/trip/v1/SetCommissionRuleRequest.ts';
import type { SetDriverOnlineRequest as _ziba_trip_v1_SetDriverOnlineRequest, SetDriverOnlineRequest__Output as _ziba_trip_v1_SetDriverOnlineRequest__Output } from './ziba/trip/v1/SetDriverOnlineRequest.ts';
import type { SetMenuItemAvailabilityRequest as _ziba_trip_v1_SetMenuItemAvailabilityRequest, SetMenuItemAvailabilityRequest__Output as _ziba_trip_v1_SetMenuItemAvailabilityRequest__Output } from './ziba/trip/v1/SetMenuItemAvailabilityRequest.ts';
import type { SetMenuItemRequest as _ziba_trip_v1_SetMenuItemRequest, SetMenuItemRequest__Output as _ziba_trip_v1_SetMenuItemRequest__Output } from './ziba/trip/v1/SetMenuItemRequest.ts';
import type { SettleNegativeBalanceRequest as _ziba_trip_v1_SettleNegativeBalanceRequest, SettleNegativeBalanceRequest__Output as _ziba_trip_v1_SettleNegativeBalanceRequest__Output } from './ziba/trip/v1/SettleNegativeBalanceRequest.ts';
import type { SettleTripRequest as _ziba_trip_v1_SettleTripRequest, SettleTripRequest__Output as _ziba_trip_v1_SettleTripRequest__Output } from './ziba/trip/v1/SettleTripRequest.ts';
import type { Settlement as _ziba_trip_v1_Settlement, Settlement__Output as _ziba_trip_v1_Settlement__Output } from './ziba/trip/v1/Settlement.ts';
import type { StuckHold as _ziba_trip_v1_StuckHold, StuckHold__Output as _ziba_trip_v1_StuckHold__Output } from './ziba/trip/v1/StuckHold.ts';
import type { Tariff as _ziba_trip_v1_Tariff, Tariff__Output as _ziba_trip_v1_Tariff__Output } from './ziba/trip/v1/Tariff.ts';
import type { Transition as _ziba_trip_v1_Transition, Transition__Output as _ziba_trip_v1_Transition__Output } from './ziba/trip/v1/Transition.ts';
import type { TransitionRequest as _ziba_trip_v1_TransitionRequest, TransitionRequest__Output as _ziba_trip_v1_TransitionRequest__Output } from './ziba/trip/v1/TransitionRequest.ts';
import type { Trip as _ziba_trip_v1_Trip, Trip__Output as _ziba_trip_v1_Trip__Output } from './ziba/trip/v1/Trip.ts';
import type { TripPage as _ziba_trip_v1_TripPage, TripPage__Output as _ziba_trip_v1_TripPage__Output } from './ziba/trip/v1/TripPage.ts';
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
        EarnerShare: MessageTypeDefinition<_ziba_trip_v1_EarnerShare, _ziba_trip_v1_EarnerShare__Output>
        EarningsRow: MessageTypeDefinition<_ziba_trip_v1_EarningsRow, _ziba_trip_v1_EarningsRow__Output>
        GetDriverPresenceRequest: MessageTypeDefinition<_ziba_trip_v1_GetDriverPresenceRequest, _ziba_trip_v1_GetDriverPresenceRequest__Output>
        GetEarningsRequest: MessageTypeDefinition<_ziba_trip_v1_GetEarningsRequest, _ziba_trip_v1_GetEarningsRequest__Output>
        GetEarningsResponse: MessageTypeDefinition<_ziba_trip_v1_GetEarningsResponse, _ziba_trip_v1_GetEarningsResponse__Output>
        GetTripRequest: MessageTypeDefinition<_ziba_trip_v1_GetTripRequest, _ziba_trip_v1_GetTripRequest__Output>
        ListCommissionRulesRequest: MessageTypeDefinition<_ziba_trip_v1_ListCommissionRulesRequest, _ziba_trip_v1_ListCommissionRulesRequest__Output>
        ListCommissionRulesResponse: MessageTypeDefinition<_ziba_trip_v1_ListCommissionRulesResponse, _ziba_trip_v1_ListCommissionRulesResponse__Output>
        ListMenuRequest: MessageTypeDefinition<_ziba_trip_v1_ListMenuRequest, _ziba_trip_v1_ListMenuRequest__Output>
        ListMenuResponse: MessageTypeDefinition<_ziba_trip_v1_ListMenuResponse, _ziba_trip_v1_ListMenuResponse__Output>
        ListMyTripsRequest: MessageTypeDefinition<_ziba_trip_v1_ListMyTripsRequest, _ziba_trip_v1_ListMyTripsRequest__Output>
        ListNettingRunsRequest: MessageTypeDefinition<_ziba_trip_v1_ListNettingRunsRequest, _ziba_trip_v1_ListNettingRunsRequest__Output>
        ListNettingRunsResponse: MessageTypeDefinition<_ziba_trip_v1_ListNettingRunsResponse, _ziba_trip_v1_ListNettingRunsResponse__Output>
        ListStuckHoldsRequest: MessageTypeDefinition<_ziba_trip_v1_ListStuckHoldsRequest, _ziba_trip_v1_ListStuckHoldsRequest__Output>
        ListStuckHoldsResponse: MessageTypeDefinition<_ziba_trip_v1_ListStuckHoldsResponse, _ziba_trip_v1_ListStuckHoldsResponse__Output>
        ListTariffsRequest: MessageTypeDefinition<_ziba_trip_v1_ListTariffsRequest, _ziba_trip_v1_ListTariffsRequest__Output>
        ListTariffsResponse: MessageTypeDefinition<_ziba_trip_v1_ListTariffsResponse, _ziba_trip_v1_ListTariffsResponse__Output>
        ListTripsUnderWayRequest: MessageTypeDefinition<_ziba_trip_v1_ListTripsUnderWayRequest, _ziba_trip_v1_ListTripsUnderWayRequest__Output>
        ListUnsettledTripsRequest: MessageTypeDefinition<_ziba_trip_v1_ListUnsettledTripsRequest, _ziba_trip_v1_ListUnsettledTripsRequest__Output>
        MenuItem: MessageTypeDefinition<_ziba_trip_v1_MenuItem, _ziba_trip_v1_MenuItem__Output>
        NegativeBalanceSettlement: MessageTypeDefinition<_ziba_trip_v1_NegativeBalanceSettlement, _ziba_trip_v1_NegativeBalanceSettlement__Output>
        NettingItem: MessageTypeDefinition<_ziba_trip_v1_NettingItem, _ziba_trip_v1_NettingItem__Output>
        NettingRun: MessageTypeDefinition<_ziba_trip_v1_NettingRun, _ziba_trip_v1_NettingRun__Output>
        NettingRunSummary: MessageTypeDefinition<_ziba_trip_v1_NettingRunSummary, _ziba_trip_v1_NettingRunSummary__Output>
        OrderItem: MessageTypeDefinition<_ziba_trip_v1_OrderItem, _ziba_trip_v1_OrderItem__Output>
        OrderLine: MessageTypeDefinition<_ziba_trip_v1_OrderLine, _ziba_trip_v1_OrderLine__Output>
        PlaceFoodOrderRequest: MessageTypeDefinition<_ziba_trip_v1_PlaceFoodOrderRequest, _ziba_trip_v1_PlaceFoodOrderRequest__Output>
        ReleaseStuckHoldRequest: MessageTypeDefinition<_ziba_trip_v1_ReleaseStuckHoldRequest, _ziba_trip_v1_ReleaseStuckHoldRequest__Output>
        RequestTripRequest: MessageTypeDefinition<_ziba_trip_v1_RequestTripRequest, _ziba_trip_v1_RequestTripRequest__Output>
        RunWeeklyNettingRequest: MessageTypeDefinition<_ziba_trip_v1_RunWeeklyNettingRequest, _ziba_trip_v1_RunWeeklyNettingRequest__Output>
        RunWeeklyNettingResponse: MessageTypeDefinition<_ziba_trip_v1_RunWeeklyNettingResponse, _ziba_trip_v1_RunWeeklyNettingResponse__Output>
        SetCommissionRuleRequest: MessageTypeDefinition<_ziba_trip_v1_SetCommissionRuleRequest, _ziba_trip_v1_SetCommissionRuleRequest__Output>
        SetDriverOnlineRequest: MessageTypeDefinition<_ziba_trip_v1_SetDriverOnlineRequest, _ziba_trip_v1_SetDriverOnlineRequest__Output>
        SetMenuItemAvailabilityRequest: MessageTypeDefinition<_ziba_trip_v1_SetMenuItemAvailabilityRequest, _ziba_trip_v1_SetMenuItemAvailabilityRequest__Output>
        SetMenuItemRequest: MessageTypeDefinition<_ziba_trip_v1_SetMenuItemRequest, _ziba_trip_v1_SetMenuItemRequest__Output>
        SettleNegativeBalanceRequest: MessageTypeDefinition<_ziba_trip_v1_SettleNegativeBalanceRequest, _ziba_trip_v1_SettleNegativeBalanceRequest__Output>
        SettleTripRequest: MessageTypeDefinition<_ziba_trip_v1_SettleTripRequest, _ziba_trip_v1_SettleTripRequest__Output>
        Settlement: MessageTypeDefinition<_ziba_trip_v1_Settlement, _ziba_trip_v1_Settlement__Output>
        StuckHold: MessageTypeDefinition<_ziba_trip_v1_StuckHold, _ziba_trip_v1_StuckHold__Output>
        Tariff: MessageTypeDefinition<_ziba_trip_v1_Tariff, _ziba_trip_v1_Tariff__Output>
        Transition: MessageTypeDefinition<_ziba_trip_v1_Transition, _ziba_trip_v1_Transition__Output>
        TransitionRequest: MessageTypeDefinition<_ziba_trip_v1_TransitionRequest, _ziba_trip_v1_TransitionRequest__Output>
        Trip: MessageTypeDefinition<_ziba_trip_v1_Trip, _ziba_trip_v1_Trip__Output>
        TripPage: MessageTypeDefinition<_ziba_trip_v1_TripPage, _ziba_trip_v1_TripPage__Output>
        TripService: SubtypeConstructor<typeof grpc.Client, _ziba_trip_v1_TripServiceClient> & { service: _ziba_trip_v1_TripServiceDefinition }
      }
    }
  }
}

