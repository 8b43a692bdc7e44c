// Original file: protos/ziba/trip/v1/trip.proto

import type { OrderLine as _ziba_trip_v1_OrderLine, OrderLine__Output as _ziba_trip_v1_OrderLine__Output } from '../../../ziba/trip/v1/OrderLine.ts';

export interface PlaceFoodOrderRequest {
  'restaurantId'?: (string);
  'lines'?: (_ziba_trip_v1_OrderLine)[];
  'paymentMethod'?: (string);
  'distanceMeters'?: (number);
}

export interface PlaceFoodOrderRequest__Output {
  'restaurantId': (string);
  'lines': (_ziba_trip_v1_OrderLine__Output)[];
  'paymentMethod': (string);
  'distanceMeters': (number);
}
