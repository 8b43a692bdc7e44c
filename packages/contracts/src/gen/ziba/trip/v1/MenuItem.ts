// Original file: protos/ziba/trip/v1/trip.proto

import type { Money as _ziba_common_v1_Money, Money__Output as _ziba_common_v1_Money__Output } from '../../../ziba/common/v1/Money.ts';

export interface MenuItem {
  'id'?: (string);
  'restaurantId'?: (string);
  'name'?: (string);
  'price'?: (_ziba_common_v1_Money | null);
  'available'?: (boolean);
}

export interface MenuItem__Output {
  'id': (string);
  'restaurantId': (string);
  'name': (string);
  'price': (_ziba_common_v1_Money__Output | null);
  'available': (boolean);
}
