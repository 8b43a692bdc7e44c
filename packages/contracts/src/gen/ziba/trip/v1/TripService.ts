// Original file: protos/ziba/trip/v1/trip.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CommissionRule as _ziba_trip_v1_CommissionRule, CommissionRule__Output as _ziba_trip_v1_CommissionRule__Output } from '../../../ziba/trip/v1/CommissionRule.ts';
import type { DriverPresence as _ziba_trip_v1_DriverPresence, DriverPresence__Output as _ziba_trip_v1_DriverPresence__Output } from '../../../ziba/trip/v1/DriverPresence.ts';
import type { GetDriverPresenceRequest as _ziba_trip_v1_GetDriverPresenceRequest, GetDriverPresenceRequest__Output as _ziba_trip_v1_GetDriverPresenceRequest__Output } from '../../../ziba/trip/v1/GetDriverPresenceRequest.ts';
import type { GetEarningsRequest as _ziba_trip_v1_GetEarningsRequest, GetEarningsRequest__Output as _ziba_trip_v1_GetEarningsRequest__Output } from '../../../ziba/trip/v1/GetEarningsRequest.ts';
import type { GetEarningsResponse as _ziba_trip_v1_GetEarningsResponse, GetEarningsResponse__Output as _ziba_trip_v1_GetEarningsResponse__Output } from '../../../ziba/trip/v1/GetEarningsResponse.ts';
import type { GetTripRequest as _ziba_trip_v1_GetTripRequest, GetTripRequest__Output as _ziba_trip_v1_GetTripRequest__Output } from '../../../ziba/trip/v1/GetTripRequest.ts';
import type { ListCommissionRulesRequest as _ziba_trip_v1_ListCommissionRulesRequest, ListCommissionRulesRequest__Output as _ziba_trip_v1_ListCommissionRulesRequest__Output } from '../../../ziba/trip/v1/ListCommissionRulesRequest.ts';
import type { ListCommissionRulesResponse as _ziba_trip_v1_ListCommissionRulesResponse, ListCommissionRulesResponse__Output as _ziba_trip_v1_ListCommissionRulesResponse__Output } from '../../../ziba/trip/v1/ListCommissionRulesResponse.ts';
import type { ListMenuRequest as _ziba_trip_v1_ListMenuRequest, ListMenuRequest__Output as _ziba_trip_v1_ListMenuRequest__Output } from '../../../ziba/trip/v1/ListMenuRequest.ts';
import type { ListMenuResponse as _ziba_trip_v1_ListMenuResponse, ListMenuResponse__Output as _ziba_trip_v1_ListMenuResponse__Output } from '../../../ziba/trip/v1/ListMenuResponse.ts';
import type { ListMyTripsRequest as _ziba_trip_v1_ListMyTripsRequest, ListMyTripsRequest__Output as _ziba_trip_v1_ListMyTripsRequest__Output } from '../../../ziba/trip/v1/ListMyTripsRequest.ts';
import type { ListNettingRunsRequest as _ziba_trip_v1_ListNettingRunsRequest, ListNettingRunsRequest__Output as _ziba_trip_v1_ListNettingRunsRequest__Output } from '../../../ziba/trip/v1/ListNettingRunsRequest.ts';
import type { ListNettingRunsResponse as _ziba_trip_v1_ListNettingRunsResponse, ListNettingRunsResponse__Output as _ziba_trip_v1_ListNettingRunsResponse__Output } from '../../../ziba/trip/v1/ListNettingRunsResponse.ts';
import type { ListStuckHoldsRequest as _ziba_trip_v1_ListStuckHoldsRequest, ListStuckHoldsRequest__Output as _ziba_trip_v1_ListStuckHoldsRequest__Output } from '../../../ziba/trip/v1/ListStuckHoldsRequest.ts';
import type { ListStuckHoldsResponse as _ziba_trip_v1_ListStuckHoldsResponse, ListStuckHoldsResponse__Output as _ziba_trip_v1_ListStuckHoldsResponse__Output } from '../../../ziba/trip/v1/ListStuckHoldsResponse.ts';
import type { ListTariffsRequest as _ziba_trip_v1_ListTariffsRequest, ListTariffsRequest__Output as _ziba_trip_v1_ListTariffsRequest__Output } from '../../../ziba/trip/v1/ListTariffsRequest.ts';
import type { ListTariffsResponse as _ziba_trip_v1_ListTariffsResponse, ListTariffsResponse__Output as _ziba_trip_v1_ListTariffsResponse__Output } from '../../../ziba/trip/v1/ListTariffsResponse.ts';
import type { ListTripsUnderWayRequest as _ziba_trip_v1_ListTripsUnderWayRequest, ListTripsUnderWayRequest__Output as _ziba_trip_v1_ListTripsUnderWayRequest__Output } from '../../../ziba/trip/v1/ListTripsUnderWayRequest.ts';
import type { ListUnsettledTripsRequest as _ziba_trip_v1_ListUnsettledTripsRequest, ListUnsettledTripsRequest__Output as _ziba_trip_v1_ListUnsettledTripsRequest__Output } from '../../../ziba/trip/v1/ListUnsettledTripsRequest.ts';
import type { MenuItem as _ziba_trip_v1_MenuItem, MenuItem__Output as _ziba_trip_v1_MenuItem__Output } from '../../../ziba/trip/v1/MenuItem.ts';
import type { NegativeBalanceSettlement as _ziba_trip_v1_NegativeBalanceSettlement, NegativeBalanceSettlement__Output as _ziba_trip_v1_NegativeBalanceSettlement__Output } from '../../../ziba/trip/v1/NegativeBalanceSettlement.ts';
import type { PlaceFoodOrderRequest as _ziba_trip_v1_PlaceFoodOrderRequest, PlaceFoodOrderRequest__Output as _ziba_trip_v1_PlaceFoodOrderRequest__Output } from '../../../ziba/trip/v1/PlaceFoodOrderRequest.ts';
import type { ReleaseStuckHoldRequest as _ziba_trip_v1_ReleaseStuckHoldRequest, ReleaseStuckHoldRequest__Output as _ziba_trip_v1_ReleaseStuckHoldRequest__Output } from '../../../ziba/trip/v1/ReleaseStuckHoldRequest.ts';
import type { RequestTripRequest as _ziba_trip_v1_RequestTripRequest, RequestTripRequest__Output as _ziba_trip_v1_RequestTripRequest__Output } from '../../../ziba/trip/v1/RequestTripRequest.ts';
import type { RunWeeklyNettingRequest as _ziba_trip_v1_RunWeeklyNettingRequest, RunWeeklyNettingRequest__Output as _ziba_trip_v1_RunWeeklyNettingRequest__Output } from '../../../ziba/trip/v1/RunWeeklyNettingRequest.ts';
import type { RunWeeklyNettingResponse as _ziba_trip_v1_RunWeeklyNettingResponse, RunWeeklyNettingResponse__Output as _ziba_trip_v1_RunWeeklyNettingResponse__Output } from '../../../ziba/trip/v1/RunWeeklyNettingResponse.ts';
import type { SetCommissionRuleRequest as _ziba_trip_v1_SetCommissionRuleRequest, SetCommissionRuleRequest__Output as _ziba_trip_v1_SetCommissionRuleRequest__Output } from '../../../ziba/trip/v1/SetCommissionRuleRequest.ts';
import type { SetDriverOnlineRequest as _ziba_trip_v1_SetDriverOnlineRequest, SetDriverOnlineRequest__Output as _ziba_trip_v1_SetDriverOnlineRequest__Output } from '../../../ziba/trip/v1/SetDriverOnlineRequest.ts';
import type { SetMenuItemAvailabilityRequest as _ziba_trip_v1_SetMenuItemAvailabilityRequest, SetMenuItemAvailabilityRequest__Output as _ziba_trip_v1_SetMenuItemAvailabilityRequest__Output } from '../../../ziba/trip/v1/SetMenuItemAvailabilityRequest.ts';
import type { SetMenuItemRequest as _ziba_trip_v1_SetMenuItemRequest, SetMenuItemRequest__Output as _ziba_trip_v1_SetMenuItemRequest__Output } from '../../../ziba/trip/v1/SetMenuItemRequest.ts';
import type { SettleNegativeBalanceRequest as _ziba_trip_v1_SettleNegativeBalanceRequest, SettleNegativeBalanceRequest__Output as _ziba_trip_v1_SettleNegativeBalanceRequest__Output } from '../../../ziba/trip/v1/SettleNegativeBalanceRequest.ts';
import type { SettleTripRequest as _ziba_trip_v1_SettleTripRequest, SettleTripRequest__Output as _ziba_trip_v1_SettleTripRequest__Output } from '../../../ziba/trip/v1/SettleTripRequest.ts';
import type { Settlement as _ziba_trip_v1_Settlement, Settlement__Output as _ziba_trip_v1_Settlement__Output } from '../../../ziba/trip/v1/Settlement.ts';
import type { Tariff as _ziba_trip_v1_Tariff, Tariff__Output as _ziba_trip_v1_Tariff__Output } from '../../../ziba/trip/v1/Tariff.ts';
import type { TransitionRequest as _ziba_trip_v1_TransitionRequest, TransitionRequest__Output as _ziba_trip_v1_TransitionRequest__Output } from '../../../ziba/trip/v1/TransitionRequest.ts';
import type { Trip as _ziba_trip_v1_Trip, Trip__Output as _ziba_trip_v1_Trip__Output } from '../../../ziba/trip/v1/Trip.ts';
import type { TripPage as _ziba_trip_v1_TripPage, TripPage__Output as _ziba_trip_v1_TripPage__Output } from '../../../ziba/trip/v1/TripPage.ts';

export interface TripServiceClient extends grpc.Client {
  GetDriverPresence(argument: _ziba_trip_v1_GetDriverPresenceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_DriverPresence__Output>): grpc.ClientUnaryCall;
  GetDriverPresence(argument: _ziba_trip_v1_GetDriverPresenceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_trip_v1_DriverPresence__Output>): grpc.ClientUnaryCall;
  GetDriverPresence(argument: _ziba_trip_v1_GetDriverPresenceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_DriverPresence__Output>): grpc.ClientUnaryCall;
  GetDriverPresence(argument: _ziba_trip_v1_GetDriverPresenceRequest, callback: grpc.requestCallback<_ziba_trip_v1_DriverPresence__Output>): grpc.ClientUnaryCall;
  getDriverPresence(argument: _ziba_trip_v1_GetDriverPresenceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_DriverPresence__Output>): grpc.ClientUnaryCall;
  getDriverPresence(argument: _ziba_trip_v1_GetDriverPresenceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_trip_v1_DriverPresence__Output>): grpc.ClientUnaryCall;
  getDriverPresence(argument: _ziba_trip_v1_GetDriverPresenceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_DriverPresence__Output>): grpc.ClientUnaryCall;
  getDriverPresence(argument: _ziba_trip_v1_GetDriverPresenceRequest, callback: grpc.requestCallback<_ziba_trip_v1_DriverPresence__Output>): grpc.ClientUnaryCall;
  
  GetEarnings(argument: _ziba_trip_v1_GetEarningsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_GetEarningsResponse__Output>): grpc.ClientUnaryCall;
  GetEarnings(argument: _ziba_trip_v1_GetEarningsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_trip_v1_GetEarningsResponse__Output>): grpc.ClientUnaryCall;
  GetEarnings(argument: _ziba_trip_v1_GetEarningsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_GetEarningsResponse__Output>): grpc.ClientUnaryCall;
  GetEarnings(argument: _ziba_trip_v1_GetEarningsRequest, callback: grpc.requestCallback<_ziba_trip_v1_GetEarningsResponse__Output>): grpc.ClientUnaryCall;
  getEarnings(argument: _ziba_trip_v1_GetEarningsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_GetEarningsResponse__Output>): grpc.ClientUnaryCall;
  getEarnings(argument: _ziba_trip_v1_GetEarningsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_trip_v1_GetEarningsResponse__Output>): grpc.ClientUnaryCall;
  getEarnings(argument: _ziba_trip_v1_GetEarningsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_GetEarningsResponse__Output>): grpc.ClientUnaryCall;
  getEarnings(argument: _ziba_trip_v1_GetEarningsRequest, callback: grpc.requestCallback<_ziba_trip_v1_GetEarningsResponse__Output>): grpc.ClientUnaryCall;
  
  GetTrip(argument: _ziba_trip_v1_GetTripRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_Trip__Output>): grpc.ClientUnaryCall;
  GetTrip(argument: _ziba_trip_v1_GetTripRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_trip_v1_Trip__Output>): grpc.ClientUnaryCall;
  GetTrip(argument: _ziba_trip_v1_GetTripRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_Trip__Output>): grpc.ClientUnaryCall;
  GetTrip(argument: _ziba_trip_v1_GetTripRequest, callback: grpc.requestCallback<_ziba_trip_v1_Trip__Output>): grpc.ClientUnaryCall;
  getTrip(argument: _ziba_trip_v1_GetTripRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_Trip__Output>): grpc.ClientUnaryCall;
  getTrip(argument: _ziba_trip_v1_GetTripRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_trip_v1_Trip__Output>): grpc.ClientUnaryCall;
  getTrip(argument: _ziba_trip_v1_GetTripRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_Trip__Output>): grpc.ClientUnaryCall;
  getTrip(argument: _ziba_trip_v1_GetTripRequest, callback: grpc.requestCallback<_ziba_trip_v1_Trip__Output>): grpc.ClientUnaryCall;
  
  ListCommissionRules(argument: _ziba_trip_v1_ListCommissionRulesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_ListCommissionRulesResponse__Output>): grpc.ClientUnaryCall;
  ListCommissionRules(argument: _ziba_trip_v1_ListCommissionRulesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_trip_v1_ListCommissionRulesResponse__Output>): grpc.ClientUnaryCall;
  ListCommissionRules(argument: _ziba_trip_v1_ListCommissionRulesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_ListCommissionRulesResponse__Output>): grpc.ClientUnaryCall;
  ListCommissionRules(argument: _ziba_trip_v1_ListCommissionRulesRequest, callback: grpc.requestCallback<_ziba_trip_v1_ListCommissionRulesResponse__Output>): grpc.ClientUnaryCall;
  listCommissionRules(argument: _ziba_trip_v1_ListCommissionRulesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_ListCommissionRulesResponse__Output>): grpc.ClientUnaryCall;
  listCommissionRules(argument: _ziba_trip_v1_ListCommissionRulesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_trip_v1_ListCommissionRulesResponse__Output>): grpc.ClientUnaryCall;
  listCommissionRules(argument: _ziba_trip_v1_ListCommissionRulesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_ListCommissionRulesResponse__Output>): grpc.ClientUnaryCall;
  listCommissionRules(argument: _ziba_trip_v1_ListCommissionRulesRequest, callback: grpc.requestCallback<_ziba_trip_v1_ListCommissionRulesResponse__Output>): grpc.ClientUnaryCall;
  
  ListMenu(argument: _ziba_trip_v1_ListMenuRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_ListMenuResponse__Output>): grpc.ClientUnaryCall;
  ListMenu(argument: _ziba_trip_v1_ListMenuRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_trip_v1_ListMenuResponse__Output>): grpc.ClientUnaryCall;
  ListMenu(argument: _ziba_trip_v1_ListMenuRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_ListMenuResponse__Output>): grpc.ClientUnaryCall;
  ListMenu(argument: _ziba_trip_v1_ListMenuRequest, callback: grpc.requestCallback<_ziba_trip_v1_ListMenuResponse__Output>): grpc.ClientUnaryCall;
  listMenu(argument: _ziba_trip_v1_ListMenuRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_ListMenuResponse__Output>): grpc.ClientUnaryCall;
  listMenu(argument: _ziba_trip_v1_ListMenuRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_trip_v1_ListMenuResponse__Output>): grpc.ClientUnaryCall;
  listMenu(argument: _ziba_trip_v1_ListMenuRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_ListMenuResponse__Output>): grpc.ClientUnaryCall;
  listMenu(argument: _ziba_trip_v1_ListMenuRequest, callback: grpc.requestCallback<_ziba_trip_v1_ListMenuResponse__Output>): grpc.ClientUnaryCall;
  
  ListMyTrips(argument: _ziba_trip_v1_ListMyTripsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_TripPage__Output>): grpc.ClientUnaryCall;
  ListMyTrips(argument: _ziba_trip_v1_ListMyTripsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_trip_v1_TripPage__Output>): grpc.ClientUnaryCall;
  ListMyTrips(argument: _ziba_trip_v1_ListMyTripsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_TripPage__Output>): grpc.ClientUnaryCall;
  ListMyTrips(argument: _ziba_trip_v1_ListMyTripsRequest, callback: grpc.requestCallback<_ziba_trip_v1_TripPage__Output>): grpc.ClientUnaryCall;
  listMyTrips(argument: _ziba_trip_v1_ListMyTripsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_TripPage__Output>): grpc.ClientUnaryCall;
  listMyTrips(argument: _ziba_trip_v1_ListMyTripsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_trip_v1_TripPage__Output>): grpc.ClientUnaryCall;
  listMyTrips(argument: _ziba_trip_v1_ListMyTripsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_TripPage__Output>): grpc.ClientUnaryCall;
  listMyTrips(argument: _ziba_trip_v1_ListMyTripsRequest, callback: grpc.requestCallback<_ziba_trip_v1_TripPage__Output>): grpc.ClientUnaryCall;
  
  ListNettingRuns(argument: _ziba_trip_v1_ListNettingRunsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_ListNettingRunsResponse__Output>): grpc.ClientUnaryCall;
  ListNettingRuns(argument: _ziba_trip_v1_ListNettingRunsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_trip_v1_ListNettingRunsResponse__Output>): grpc.ClientUnaryCall;
  ListNettingRuns(argument: _ziba_trip_v1_ListNettingRunsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_ListNettingRunsResponse__Output>): grpc.ClientUnaryCall;
  ListNettingRuns(argument: _ziba_trip_v1_ListNettingRunsRequest, callback: grpc.requestCallback<_ziba_trip_v1_ListNettingRunsResponse__Output>): grpc.ClientUnaryCall;
  listNettingRuns(argument: _ziba_trip_v1_ListNettingRunsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_ListNettingRunsResponse__Output>): grpc.ClientUnaryCall;
  listNettingRuns(argument: _ziba_trip_v1_ListNettingRunsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_trip_v1_ListNettingRunsResponse__Output>): grpc.ClientUnaryCall;
  listNettingRuns(argument: _ziba_trip_v1_ListNettingRunsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_ListNettingRunsResponse__Output>): grpc.ClientUnaryCall;
  listNettingRuns(argument: _ziba_trip_v1_ListNettingRunsRequest, callback: grpc.requestCallback<_ziba_trip_v1_ListNettingRunsResponse__Output>): grpc.ClientUnaryCall;
  
  ListStuckHolds(argument: _ziba_trip_v1_ListStuckHoldsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_ListStuckHoldsResponse__Output>): grpc.ClientUnaryCall;
  ListStuckHolds(argument: _ziba_trip_v1_ListStuckHoldsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_trip_v1_ListStuckHoldsResponse__Output>): grpc.ClientUnaryCall;
  ListStuckHolds(argument: _ziba_trip_v1_ListStuckHoldsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_ListStuckHoldsResponse__Output>): grpc.ClientUnaryCall;
  ListStuckHolds(argument: _ziba_trip_v1_ListStuckHoldsRequest, callback: grpc.requestCallback<_ziba_trip_v1_ListStuckHoldsResponse__Output>): grpc.ClientUnaryCall;
  listStuckHolds(argument: _ziba_trip_v1_ListStuckHoldsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_ListStuckHoldsResponse__Output>): grpc.ClientUnaryCall;
  listStuckHolds(argument: _ziba_trip_v1_ListStuckHoldsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_trip_v1_ListStuckHoldsResponse__Output>): grpc.ClientUnaryCall;
  listStuckHolds(argument: _ziba_trip_v1_ListStuckHoldsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_ListStuckHoldsResponse__Output>): grpc.ClientUnaryCall;
  listStuckHolds(argument: _ziba_trip_v1_ListStuckHoldsRequest, callback: grpc.requestCallback<_ziba_trip_v1_ListStuckHoldsResponse__Output>): grpc.ClientUnaryCall;
  
  ListTariffs(argument: _ziba_trip_v1_ListTariffsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_ListTariffsResponse__Output>): grpc.ClientUnaryCall;
  ListTariffs(argument: _ziba_trip_v1_ListTariffsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_trip_v1_ListTariffsResponse__Output>): grpc.ClientUnaryCall;
  ListTariffs(argument: _ziba_trip_v1_ListTariffsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_ListTariffsResponse__Output>): grpc.ClientUnaryCall;
  ListTariffs(argument: _ziba_trip_v1_ListTariffsRequest, callback: grpc.requestCallback<_ziba_trip_v1_ListTariffsResponse__Output>): grpc.ClientUnaryCall;
  listTariffs(argument: _ziba_trip_v1_ListTariffsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_ListTariffsResponse__Output>): grpc.ClientUnaryCall;
  listTariffs(argument: _ziba_trip_v1_ListTariffsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_trip_v1_ListTariffsResponse__Output>): grpc.ClientUnaryCall;
  listTariffs(argument: _ziba_trip_v1_ListTariffsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_ListTariffsResponse__Output>): grpc.ClientUnaryCall;
  listTariffs(argument: _ziba_trip_v1_ListTariffsRequest, callback: grpc.requestCallback<_ziba_trip_v1_ListTariffsResponse__Output>): grpc.ClientUnaryCall;
  
  ListTripsUnderWay(argument: _ziba_trip_v1_ListTripsUnderWayRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_TripPage__Output>): grpc.ClientUnaryCall;
  ListTripsUnderWay(argument: _ziba_trip_v1_ListTripsUnderWayRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_trip_v1_TripPage__Output>): grpc.ClientUnaryCall;
  ListTripsUnderWay(argument: _ziba_trip_v1_ListTripsUnderWayRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_TripPage__Output>): grpc.ClientUnaryCall;
  ListTripsUnderWay(argument: _ziba_trip_v1_ListTripsUnderWayRequest, callback: grpc.requestCallback<_ziba_trip_v1_TripPage__Output>): grpc.ClientUnaryCall;
  listTripsUnderWay(argument: _ziba_trip_v1_ListTripsUnderWayRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_TripPage__Output>): grpc.ClientUnaryCall;
  listTripsUnderWay(argument: _ziba_trip_v1_ListTripsUnderWayRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_trip_v1_TripPage__Output>): grpc.ClientUnaryCall;
  listTripsUnderWay(argument: _ziba_trip_v1_ListTripsUnderWayRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_TripPage__Output>): grpc.ClientUnaryCall;
  listTripsUnderWay(argument: _ziba_trip_v1_ListTripsUnderWayRequest, callback: grpc.requestCallback<_ziba_trip_v1_TripPage__Output>): grpc.ClientUnaryCall;
  
  ListUnsettledTrips(argument: _ziba_trip_v1_ListUnsettledTripsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_TripPage__Output>): grpc.ClientUnaryCall;
  ListUnsettledTrips(argument: _ziba_trip_v1_ListUnsettledTripsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_trip_v1_TripPage__Output>): grpc.ClientUnaryCall;
  ListUnsettledTrips(argument: _ziba_trip_v1_ListUnsettledTripsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_TripPage__Output>): grpc.ClientUnaryCall;
  ListUnsettledTrips(argument: _ziba_trip_v1_ListUnsettledTripsRequest, callback: grpc.requestCallback<_ziba_trip_v1_TripPage__Output>): grpc.ClientUnaryCall;
  listUnsettledTrips(argument: _ziba_trip_v1_ListUnsettledTripsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_TripPage__Output>): grpc.ClientUnaryCall;
  listUnsettledTrips(argument: _ziba_trip_v1_ListUnsettledTripsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_trip_v1_TripPage__Output>): grpc.ClientUnaryCall;
  listUnsettledTrips(argument: _ziba_trip_v1_ListUnsettledTripsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_TripPage__Output>): grpc.ClientUnaryCall;
  listUnsettledTrips(argument: _ziba_trip_v1_ListUnsettledTripsRequest, callback: grpc.requestCallback<_ziba_trip_v1_TripPage__Output>): grpc.ClientUnaryCall;
  
  PlaceFoodOrder(argument: _ziba_trip_v1_PlaceFoodOrderRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_Trip__Output>): grpc.ClientUnaryCall;
  PlaceFoodOrder(argument: _ziba_trip_v1_PlaceFoodOrderRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_trip_v1_Trip__Output>): grpc.ClientUnaryCall;
  PlaceFoodOrder(argument: _ziba_trip_v1_PlaceFoodOrderRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_Trip__Output>): grpc.ClientUnaryCall;
  PlaceFoodOrder(argument: _ziba_trip_v1_PlaceFoodOrderRequest, callback: grpc.requestCallback<_ziba_trip_v1_Trip__Output>): grpc.ClientUnaryCall;
  placeFoodOrder(argument: _ziba_trip_v1_PlaceFoodOrderRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_Trip__Output>): grpc.ClientUnaryCall;
  placeFoodOrder(argument: _ziba_trip_v1_PlaceFoodOrderRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_trip_v1_Trip__Output>): grpc.ClientUnaryCall;
  placeFoodOrder(argument: _ziba_trip_v1_PlaceFoodOrderRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_Trip__Output>): grpc.ClientUnaryCall;
  placeFoodOrder(argument: _ziba_trip_v1_PlaceFoodOrderRequest, callback: grpc.requestCallback<_ziba_trip_v1_Trip__Output>): grpc.ClientUnaryCall;
  
  ReleaseStuckHold(argument: _ziba_trip_v1_ReleaseStuckHoldRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_Trip__Output>): grpc.ClientUnaryCall;
  ReleaseStuckHold(argument: _ziba_trip_v1_ReleaseStuckHoldRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_trip_v1_Trip__Output>): grpc.ClientUnaryCall;
  ReleaseStuckHold(argument: _ziba_trip_v1_ReleaseStuckHoldRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_Trip__Output>): grpc.ClientUnaryCall;
  ReleaseStuckHold(argument: _ziba_trip_v1_ReleaseStuckHoldRequest, callback: grpc.requestCallback<_ziba_trip_v1_Trip__Output>): grpc.ClientUnaryCall;
  releaseStuckHold(argument: _ziba_trip_v1_ReleaseStuckHoldRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_Trip__Output>): grpc.ClientUnaryCall;
  releaseStuckHold(argument: _ziba_trip_v1_ReleaseStuckHoldRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_trip_v1_Trip__Output>): grpc.ClientUnaryCall;
  releaseStuckHold(argument: _ziba_trip_v1_ReleaseStuckHoldRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_Trip__Output>): grpc.ClientUnaryCall;
  releaseStuckHold(argument: _ziba_trip_v1_ReleaseStuckHoldRequest, callback: grpc.requestCallback<_ziba_trip_v1_Trip__Output>): grpc.ClientUnaryCall;
  
  RequestTrip(argument: _ziba_trip_v1_RequestTripRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_Trip__Output>): grpc.ClientUnaryCall;
  RequestTrip(argument: _ziba_trip_v1_RequestTripRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_trip_v1_Trip__Output>): grpc.ClientUnaryCall;
  RequestTrip(argument: _ziba_trip_v1_RequestTripRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_Trip__Output>): grpc.ClientUnaryCall;
  RequestTrip(argument: _ziba_trip_v1_RequestTripRequest, callback: grpc.requestCallback<_ziba_trip_v1_Trip__Output>): grpc.ClientUnaryCall;
  requestTrip(argument: _ziba_trip_v1_RequestTripRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_Trip__Output>): grpc.ClientUnaryCall;
  requestTrip(argument: _ziba_trip_v1_RequestTripRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_trip_v1_Trip__Output>): grpc.ClientUnaryCall;
  requestTrip(argument: _ziba_trip_v1_RequestTripRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_Trip__Output>): grpc.ClientUnaryCall;
  requestTrip(argument: _ziba_trip_v1_RequestTripRequest, callback: grpc.requestCallback<_ziba_trip_v1_Trip__Output>): grpc.ClientUnaryCall;
  
  RunWeeklyNetting(argument: _ziba_trip_v1_RunWeeklyNettingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_RunWeeklyNettingResponse__Output>): grpc.ClientUnaryCall;
  RunWeeklyNetting(argument: _ziba_trip_v1_RunWeeklyNettingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_trip_v1_RunWeeklyNettingResponse__Output>): grpc.ClientUnaryCall;
  RunWeeklyNetting(argument: _ziba_trip_v1_RunWeeklyNettingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_RunWeeklyNettingResponse__Output>): grpc.ClientUnaryCall;
  RunWeeklyNetting(argument: _ziba_trip_v1_RunWeeklyNettingRequest, callback: grpc.requestCallback<_ziba_trip_v1_RunWeeklyNettingResponse__Output>): grpc.ClientUnaryCall;
  runWeeklyNetting(argument: _ziba_trip_v1_RunWeeklyNettingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_RunWeeklyNettingResponse__Output>): grpc.ClientUnaryCall;
  runWeeklyNetting(argument: _ziba_trip_v1_RunWeeklyNettingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_trip_v1_RunWeeklyNettingResponse__Output>): grpc.ClientUnaryCall;
  runWeeklyNetting(argument: _ziba_trip_v1_RunWeeklyNettingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_RunWeeklyNettingResponse__Output>): grpc.ClientUnaryCall;
  runWeeklyNetting(argument: _ziba_trip_v1_RunWeeklyNettingRequest, callback: grpc.requestCallback<_ziba_trip_v1_RunWeeklyNettingResponse__Output>): grpc.ClientUnaryCall;
  
  SetCommissionRule(argument: _ziba_trip_v1_SetCommissionRuleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_CommissionRule__Output>): grpc.ClientUnaryCall;
  SetCommissionRule(argument: _ziba_trip_v1_SetCommissionRuleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_trip_v1_CommissionRule__Output>): grpc.ClientUnaryCall;
  SetCommissionRule(argument: _ziba_trip_v1_SetCommissionRuleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_CommissionRule__Output>): grpc.ClientUnaryCall;
  SetCommissionRule(argument: _ziba_trip_v1_SetCommissionRuleRequest, callback: grpc.requestCallback<_ziba_trip_v1_CommissionRule__Output>): grpc.ClientUnaryCall;
  setCommissionRule(argument: _ziba_trip_v1_SetCommissionRuleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_CommissionRule__Output>): grpc.ClientUnaryCall;
  setCommissionRule(argument: _ziba_trip_v1_SetCommissionRuleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_trip_v1_CommissionRule__Output>): grpc.ClientUnaryCall;
  setCommissionRule(argument: _ziba_trip_v1_SetCommissionRuleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_CommissionRule__Output>): grpc.ClientUnaryCall;
  setCommissionRule(argument: _ziba_trip_v1_SetCommissionRuleRequest, callback: grpc.requestCallback<_ziba_trip_v1_CommissionRule__Output>): grpc.ClientUnaryCall;
  
  SetDriverOnline(argument: _ziba_trip_v1_SetDriverOnlineRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_DriverPresence__Output>): grpc.ClientUnaryCall;
  SetDriverOnline(argument: _ziba_trip_v1_SetDriverOnlineRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_trip_v1_DriverPresence__Output>): grpc.ClientUnaryCall;
  SetDriverOnline(argument: _ziba_trip_v1_SetDriverOnlineRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_DriverPresence__Output>): grpc.ClientUnaryCall;
  SetDriverOnline(argument: _ziba_trip_v1_SetDriverOnlineRequest, callback: grpc.requestCallback<_ziba_trip_v1_DriverPresence__Output>): grpc.ClientUnaryCall;
  setDriverOnline(argument: _ziba_trip_v1_SetDriverOnlineRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_DriverPresence__Output>): grpc.ClientUnaryCall;
  setDriverOnline(argument: _ziba_trip_v1_SetDriverOnlineRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_trip_v1_DriverPresence__Output>): grpc.ClientUnaryCall;
  setDriverOnline(argument: _ziba_trip_v1_SetDriverOnlineRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_DriverPresence__Output>): grpc.ClientUnaryCall;
  setDriverOnline(argument: _ziba_trip_v1_SetDriverOnlineRequest, callback: grpc.requestCallback<_ziba_trip_v1_DriverPresence__Output>): grpc.ClientUnaryCall;
  
  SetMenuItem(argument: _ziba_trip_v1_SetMenuItemRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_MenuItem__Output>): grpc.ClientUnaryCall;
  SetMenuItem(argument: _ziba_trip_v1_SetMenuItemRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_trip_v1_MenuItem__Output>): grpc.ClientUnaryCall;
  SetMenuItem(argument: _ziba_trip_v1_SetMenuItemRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_MenuItem__Output>): grpc.ClientUnaryCall;
  SetMenuItem(argument: _ziba_trip_v1_SetMenuItemRequest, callback: grpc.requestCallback<_ziba_trip_v1_MenuItem__Output>): grpc.ClientUnaryCall;
  setMenuItem(argument: _ziba_trip_v1_SetMenuItemRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_MenuItem__Output>): grpc.ClientUnaryCall;
  setMenuItem(argument: _ziba_trip_v1_SetMenuItemRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_trip_v1_MenuItem__Output>): grpc.ClientUnaryCall;
  setMenuItem(argument: _ziba_trip_v1_SetMenuItemRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_MenuItem__Output>): grpc.ClientUnaryCall;
  setMenuItem(argument: _ziba_trip_v1_SetMenuItemRequest, callback: grpc.requestCallback<_ziba_trip_v1_MenuItem__Output>): grpc.ClientUnaryCall;
  
  SetMenuItemAvailability(argument: _ziba_trip_v1_SetMenuItemAvailabilityRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_MenuItem__Output>): grpc.ClientUnaryCall;
  SetMenuItemAvailability(argument: _ziba_trip_v1_SetMenuItemAvailabilityRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_trip_v1_MenuItem__Output>): grpc.ClientUnaryCall;
  SetMenuItemAvailability(argument: _ziba_trip_v1_SetMenuItemAvailabilityRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_MenuItem__Output>): grpc.ClientUnaryCall;
  SetMenuItemAvailability(argument: _ziba_trip_v1_SetMenuItemAvailabilityRequest, callback: grpc.requestCallback<_ziba_trip_v1_MenuItem__Output>): grpc.ClientUnaryCall;
  setMenuItemAvailability(argument: _ziba_trip_v1_SetMenuItemAvailabilityRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_MenuItem__Output>): grpc.ClientUnaryCall;
  setMenuItemAvailability(argument: _ziba_trip_v1_SetMenuItemAvailabilityRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_trip_v1_MenuItem__Output>): grpc.ClientUnaryCall;
  setMenuItemAvailability(argument: _ziba_trip_v1_SetMenuItemAvailabilityRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_MenuItem__Output>): grpc.ClientUnaryCall;
  setMenuItemAvailability(argument: _ziba_trip_v1_SetMenuItemAvailabilityRequest, callback: grpc.requestCallback<_ziba_trip_v1_MenuItem__Output>): grpc.ClientUnaryCall;
  
  SetTariff(argument: _ziba_trip_v1_Tariff, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_Tariff__Output>): grpc.ClientUnaryCall;
  SetTariff(argument: _ziba_trip_v1_Tariff, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_trip_v1_Tariff__Output>): grpc.ClientUnaryCall;
  SetTariff(argument: _ziba_trip_v1_Tariff, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_Tariff__Output>): grpc.ClientUnaryCall;
  SetTariff(argument: _ziba_trip_v1_Tariff, callback: grpc.requestCallback<_ziba_trip_v1_Tariff__Output>): grpc.ClientUnaryCall;
  setTariff(argument: _ziba_trip_v1_Tariff, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_Tariff__Output>): grpc.ClientUnaryCall;
  setTariff(argument: _ziba_trip_v1_Tariff, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_trip_v1_Tariff__Output>): grpc.ClientUnaryCall;
  setTariff(argument: _ziba_trip_v1_Tariff, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_Tariff__Output>): grpc.ClientUnaryCall;
  setTariff(argument: _ziba_trip_v1_Tariff, callback: grpc.requestCallback<_ziba_trip_v1_Tariff__Output>): grpc.ClientUnaryCall;
  
  SettleNegativeBalance(argument: _ziba_trip_v1_SettleNegativeBalanceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_NegativeBalanceSettlement__Output>): grpc.ClientUnaryCall;
  SettleNegativeBalance(argument: _ziba_trip_v1_SettleNegativeBalanceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_trip_v1_NegativeBalanceSettlement__Output>): grpc.ClientUnaryCall;
  SettleNegativeBalance(argument: _ziba_trip_v1_SettleNegativeBalanceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_NegativeBalanceSettlement__Output>): grpc.ClientUnaryCall;
  SettleNegativeBalance(argument: _ziba_trip_v1_SettleNegativeBalanceRequest, callback: grpc.requestCallback<_ziba_trip_v1_NegativeBalanceSettlement__Output>): grpc.ClientUnaryCall;
  settleNegativeBalance(argument: _ziba_trip_v1_SettleNegativeBalanceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_NegativeBalanceSettlement__Output>): grpc.ClientUnaryCall;
  settleNegativeBalance(argument: _ziba_trip_v1_SettleNegativeBalanceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_trip_v1_NegativeBalanceSettlement__Output>): grpc.ClientUnaryCall;
  settleNegativeBalance(argument: _ziba_trip_v1_SettleNegativeBalanceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_NegativeBalanceSettlement__Output>): grpc.ClientUnaryCall;
  settleNegativeBalance(argument: _ziba_trip_v1_SettleNegativeBalanceRequest, callback: grpc.requestCallback<_ziba_trip_v1_NegativeBalanceSettlement__Output>): grpc.ClientUnaryCall;
  
  SettleTrip(argument: _ziba_trip_v1_SettleTripRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_Settlement__Output>): grpc.ClientUnaryCall;
  SettleTrip(argument: _ziba_trip_v1_SettleTripRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_trip_v1_Settlement__Output>): grpc.ClientUnaryCall;
  SettleTrip(argument: _ziba_trip_v1_SettleTripRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_Settlement__Output>): grpc.ClientUnaryCall;
  SettleTrip(argument: _ziba_trip_v1_SettleTripRequest, callback: grpc.requestCallback<_ziba_trip_v1_Settlement__Output>): grpc.ClientUnaryCall;
  settleTrip(argument: _ziba_trip_v1_SettleTripRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_Settlement__Output>): grpc.ClientUnaryCall;
  settleTrip(argument: _ziba_trip_v1_SettleTripRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_trip_v1_Settlement__Output>): grpc.ClientUnaryCall;
  settleTrip(argument: _ziba_trip_v1_SettleTripRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_Settlement__Output>): grpc.ClientUnaryCall;
  settleTrip(argument: _ziba_trip_v1_SettleTripRequest, callback: grpc.requestCallback<_ziba_trip_v1_Settlement__Output>): grpc.ClientUnaryCall;
  
  Transition(argument: _ziba_trip_v1_TransitionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_Trip__Output>): grpc.ClientUnaryCall;
  Transition(argument: _ziba_trip_v1_TransitionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_trip_v1_Trip__Output>): grpc.ClientUnaryCall;
  Transition(argument: _ziba_trip_v1_TransitionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_Trip__Output>): grpc.ClientUnaryCall;
  Transition(argument: _ziba_trip_v1_TransitionRequest, callback: grpc.requestCallback<_ziba_trip_v1_Trip__Output>): grpc.ClientUnaryCall;
  transition(argument: _ziba_trip_v1_TransitionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_Trip__Output>): grpc.ClientUnaryCall;
  transition(argument: _ziba_trip_v1_TransitionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_trip_v1_Trip__Output>): grpc.ClientUnaryCall;
  transition(argument: _ziba_trip_v1_TransitionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_trip_v1_Trip__Output>): grpc.ClientUnaryCall;
  transition(argument: _ziba_trip_v1_TransitionRequest, callback: grpc.requestCallback<_ziba_trip_v1_Trip__Output>): grpc.ClientUnaryCall;
  
}

export interface TripServiceHandlers extends grpc.UntypedServiceImplementation {
  GetDriverPresence: grpc.handleUnaryCall<_ziba_trip_v1_GetDriverPresenceRequest__Output, _ziba_trip_v1_DriverPresence>;
  
  GetEarnings: grpc.handleUnaryCall<_ziba_trip_v1_GetEarningsRequest__Output, _ziba_trip_v1_GetEarningsResponse>;
  
  GetTrip: grpc.handleUnaryCall<_ziba_trip_v1_GetTripRequest__Output, _ziba_trip_v1_Trip>;
  
  ListCommissionRules: grpc.handleUnaryCall<_ziba_trip_v1_ListCommissionRulesRequest__Output, _ziba_trip_v1_ListCommissionRulesResponse>;
  
  ListMenu: grpc.handleUnaryCall<_ziba_trip_v1_ListMenuRequest__Output, _ziba_trip_v1_ListMenuResponse>;
  
  ListMyTrips: grpc.handleUnaryCall<_ziba_trip_v1_ListMyTripsRequest__Output, _ziba_trip_v1_TripPage>;
  
  ListNettingRuns: grpc.handleUnaryCall<_ziba_trip_v1_ListNettingRunsRequest__Output, _ziba_trip_v1_ListNettingRunsResponse>;
  
  ListStuckHolds: grpc.handleUnaryCall<_ziba_trip_v1_ListStuckHoldsRequest__Output, _ziba_trip_v1_ListStuckHoldsResponse>;
  
  ListTariffs: grpc.handleUnaryCall<_ziba_trip_v1_ListTariffsRequest__Output, _ziba_trip_v1_ListTariffsResponse>;
  
  ListTripsUnderWay: grpc.handleUnaryCall<_ziba_trip_v1_ListTripsUnderWayRequest__Output, _ziba_trip_v1_TripPage>;
  
  ListUnsettledTrips: grpc.handleUnaryCall<_ziba_trip_v1_ListUnsettledTripsRequest__Output, _ziba_trip_v1_TripPage>;
  
  PlaceFoodOrder: grpc.handleUnaryCall<_ziba_trip_v1_PlaceFoodOrderRequest__Output, _ziba_trip_v1_Trip>;
  
  ReleaseStuckHold: grpc.handleUnaryCall<_ziba_trip_v1_ReleaseStuckHoldRequest__Output, _ziba_trip_v1_Trip>;
  
  RequestTrip: grpc.handleUnaryCall<_ziba_trip_v1_RequestTripRequest__Output, _ziba_trip_v1_Trip>;
  
  RunWeeklyNetting: grpc.handleUnaryCall<_ziba_trip_v1_RunWeeklyNettingRequest__Output, _ziba_trip_v1_RunWeeklyNettingResponse>;
  
  SetCommissionRule: grpc.handleUnaryCall<_ziba_trip_v1_SetCommissionRuleRequest__Output, _ziba_trip_v1_CommissionRule>;
  
  SetDriverOnline: grpc.handleUnaryCall<_ziba_trip_v1_SetDriverOnlineRequest__Output, _ziba_trip_v1_DriverPresence>;
  
  SetMenuItem: grpc.handleUnaryCall<_ziba_trip_v1_SetMenuItemRequest__Output, _ziba_trip_v1_MenuItem>;
  
  SetMenuItemAvailability: grpc.handleUnaryCall<_ziba_trip_v1_SetMenuItemAvailabilityRequest__Output, _ziba_trip_v1_MenuItem>;
  
  SetTariff: grpc.handleUnaryCall<_ziba_trip_v1_Tariff__Output, _ziba_trip_v1_Tariff>;
  
  SettleNegativeBalance: grpc.handleUnaryCall<_ziba_trip_v1_SettleNegativeBalanceRequest__Output, _ziba_trip_v1_NegativeBalanceSettlement>;
  
  SettleTrip: grpc.handleUnaryCall<_ziba_trip_v1_SettleTripRequest__Output, _ziba_trip_v1_Settlement>;
  
  Transition: grpc.handleUnaryCall<_ziba_trip_v1_TransitionRequest__Output, _ziba_trip_v1_Trip>;
  
}

export interface TripServiceDefinition extends grpc.ServiceDefinition {
  GetDriverPresence: MethodDefinition<_ziba_trip_v1_GetDriverPresenceRequest, _ziba_trip_v1_DriverPresence, _ziba_trip_v1_GetDriverPresenceRequest__Output, _ziba_trip_v1_DriverPresence__Output>
  GetEarnings: MethodDefinition<_ziba_trip_v1_GetEarningsRequest, _ziba_trip_v1_GetEarningsResponse, _ziba_trip_v1_GetEarningsRequest__Output, _ziba_trip_v1_GetEarningsResponse__Output>
  GetTrip: MethodDefinition<_ziba_trip_v1_GetTripRequest, _ziba_trip_v1_Trip, _ziba_trip_v1_GetTripRequest__Output, _ziba_trip_v1_Trip__Output>
  ListCommissionRules: MethodDefinition<_ziba_trip_v1_ListCommissionRulesRequest, _ziba_trip_v1_ListCommissionRulesResponse, _ziba_trip_v1_ListCommissionRulesRequest__Output, _ziba_trip_v1_ListCommissionRulesResponse__Output>
  ListMenu: MethodDefinition<_ziba_trip_v1_ListMenuRequest, _ziba_trip_v1_ListMenuResponse, _ziba_trip_v1_ListMenuRequest__Output, _ziba_trip_v1_ListMenuResponse__Output>
  ListMyTrips: MethodDefinition<_ziba_trip_v1_ListMyTripsRequest, _ziba_trip_v1_TripPage, _ziba_trip_v1_ListMyTripsRequest__Output, _ziba_trip_v1_TripPage__Output>
  ListNettingRuns: MethodDefinition<_ziba_trip_v1_ListNettingRunsRequest, _ziba_trip_v1_ListNettingRunsResponse, _ziba_trip_v1_ListNettingRunsRequest__Output, _ziba_trip_v1_ListNettingRunsResponse__Output>
  ListStuckHolds: MethodDefinition<_ziba_trip_v1_ListStuckHoldsRequest, _ziba_trip_v1_ListStuckHoldsResponse, _ziba_trip_v1_ListStuckHoldsRequest__Output, _ziba_trip_v1_ListStuckHoldsResponse__Output>
  ListTariffs: MethodDefinition<_ziba_trip_v1_ListTariffsRequest, _ziba_trip_v1_ListTariffsResponse, _ziba_trip_v1_ListTariffsRequest__Output, _ziba_trip_v1_ListTariffsResponse__Output>
  ListTripsUnderWay: MethodDefinition<_ziba_trip_v1_ListTripsUnderWayRequest, _ziba_trip_v1_TripPage, _ziba_trip_v1_ListTripsUnderWayRequest__Output, _ziba_trip_v1_TripPage__Output>
  ListUnsettledTrips: MethodDefinition<_ziba_trip_v1_ListUnsettledTripsRequest, _ziba_trip_v1_TripPage, _ziba_trip_v1_ListUnsettledTripsRequest__Output, _ziba_trip_v1_TripPage__Output>
  PlaceFoodOrder: MethodDefinition<_ziba_trip_v1_PlaceFoodOrderRequest, _ziba_trip_v1_Trip, _ziba_trip_v1_PlaceFoodOrderRequest__Output, _ziba_trip_v1_Trip__Output>
  ReleaseStuckHold: MethodDefinition<_ziba_trip_v1_ReleaseStuckHoldRequest, _ziba_trip_v1_Trip, _ziba_trip_v1_ReleaseStuckHoldRequest__Output, _ziba_trip_v1_Trip__Output>
  RequestTrip: MethodDefinition<_ziba_trip_v1_RequestTripRequest, _ziba_trip_v1_Trip, _ziba_trip_v1_RequestTripRequest__Output, _ziba_trip_v1_Trip__Output>
  RunWeeklyNetting: MethodDefinition<_ziba_trip_v1_RunWeeklyNettingRequest, _ziba_trip_v1_RunWeeklyNettingResponse, _ziba_trip_v1_RunWeeklyNettingRequest__Output, _ziba_trip_v1_RunWeeklyNettingResponse__Output>
  SetCommissionRule: MethodDefinition<_ziba_trip_v1_SetCommissionRuleRequest, _ziba_trip_v1_CommissionRule, _ziba_trip_v1_SetCommissionRuleRequest__Output, _ziba_trip_v1_CommissionRule__Output>
  SetDriverOnline: MethodDefinition<_ziba_trip_v1_SetDriverOnlineRequest, _ziba_trip_v1_DriverPresence, _ziba_trip_v1_SetDriverOnlineRequest__Output, _ziba_trip_v1_DriverPresence__Output>
  SetMenuItem: MethodDefinition<_ziba_trip_v1_SetMenuItemRequest, _ziba_trip_v1_MenuItem, _ziba_trip_v1_SetMenuItemRequest__Output, _ziba_trip_v1_MenuItem__Output>
  SetMenuItemAvailability: MethodDefinition<_ziba_trip_v1_SetMenuItemAvailabilityRequest, _ziba_trip_v1_MenuItem, _ziba_trip_v1_SetMenuItemAvailabilityRequest__Output, _ziba_trip_v1_MenuItem__Output>
  SetTariff: MethodDefinition<_ziba_trip_v1_Tariff, _ziba_trip_v1_Tariff, _ziba_trip_v1_Tariff__Output, _ziba_trip_v1_Tariff__Output>
  SettleNegativeBalance: MethodDefinition<_ziba_trip_v1_SettleNegativeBalanceRequest, _ziba_trip_v1_NegativeBalanceSettlement, _ziba_trip_v1_SettleNegativeBalanceRequest__Output, _ziba_trip_v1_NegativeBalanceSettlement__Output>
  SettleTrip: MethodDefinition<_ziba_trip_v1_SettleTripRequest, _ziba_trip_v1_Settlement, _ziba_trip_v1_SettleTripRequest__Output, _ziba_trip_v1_Settlement__Output>
  Transition: MethodDefinition<_ziba_trip_v1_TransitionRequest, _ziba_trip_v1_Trip, _ziba_trip_v1_TransitionRequest__Output, _ziba_trip_v1_Trip__Output>
}
