// Original file: protos/ziba/trip/v1/trip.proto

import type { Tariff as _ziba_trip_v1_Tariff, Tariff__Output as _ziba_trip_v1_Tariff__Output } from '../../../ziba/trip/v1/Tariff.ts';

export interface ListTariffsResponse {
  'tariffs'?: (_ziba_trip_v1_Tariff)[];
}

export interface ListTariffsResponse__Output {
  'tariffs': (_ziba_trip_v1_Tariff__Output)[];
}
