// Original file: protos/ziba/trip/v1/trip.proto

import type { Money as _ziba_common_v1_Money, Money__Output as _ziba_common_v1_Money__Output } from '../../../ziba/common/v1/Money.ts';
import type { Transition as _ziba_trip_v1_Transition, Transition__Output as _ziba_trip_v1_Transition__Output } from '../../../ziba/trip/v1/Transition.ts';
import type { OrderItem as _ziba_trip_v1_OrderItem, OrderItem__Output as _ziba_trip_v1_OrderItem__Output } from '../../../ziba/trip/v1/OrderItem.ts';
import type { EarnerShare as _ziba_trip_v1_EarnerShare, EarnerShare__Output as _ziba_trip_v1_EarnerShare__Output } from '../../../ziba/trip/v1/EarnerShare.ts';

export interface Trip {
  'id'?: (string);
  'serviceType'?: (string);
  'status'?: (string);
  'countryCode'?: (string);
  'paymentMethod'?: (string);
  'riderId'?: (string);
  'driverId'?: (string);
  'distanceMeters'?: (number);
  'fare'?: (_ziba_common_v1_Money | null);
  'holdState'?: (string);
  'settledAt'?: (string);
  'transitions'?: (_ziba_trip_v1_Transition)[];
  'createdAt'?: (string);
  'mode'?: (string);
  'restaurantId'?: (string);
  'foodSubtotal'?: (_ziba_common_v1_Money | null);
  'deliveryFee'?: (_ziba_common_v1_Money | null);
  'items'?: (_ziba_trip_v1_OrderItem)[];
  'yourShare'?: (_ziba_trip_v1_EarnerShare | null);
  'nextActions'?: (string)[];
}

export interface Trip__Output {
  'id': (string);
  'serviceType': (string);
  'status': (string);
  'countryCode': (string);
  'paymentMethod': (string);
  'riderId': (string);
  'driverId': (string);
  'distanceMeters': (number);
  'fare': (_ziba_common_v1_Money__Output | null);
  'holdState': (string);
  'settledAt': (string);
  'transitions': (_ziba_trip_v1_Transition__Output)[];
  'createdAt': (string);
  'mode': (string);
  'restaurantId': (string);
  'foodSubtotal': (_ziba_common_v1_Money__Output | null);
  'deliveryFee': (_ziba_common_v1_Money__Output | null);
  'items': (_ziba_trip_v1_OrderItem__Output)[];
  'yourShare': (_ziba_trip_v1_EarnerShare__Output | null);
  'nextActions': (string)[];
}
