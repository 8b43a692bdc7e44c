// Original file: protos/ziba/trip/v1/trip.proto

import type { Money as _ziba_common_v1_Money, Money__Output as _ziba_common_v1_Money__Output } from '../../../ziba/common/v1/Money.ts';

export interface OrderItem {
  'menuItemId'?: (string);
  'name'?: (string);
  'quantity'?: (number);
  'unitPrice'?: (_ziba_common_v1_Money | null);
  'lineTotal'?: (_ziba_common_v1_Money | null);
}

export interface OrderItem__Output {
  'menuItemId': (string);
  'name': (string);
  'quantity': (number);
  'unitPrice': (_ziba_common_v1_Money__Output | null);
  'lineTotal': (_ziba_common_v1_Money__Output | null);
}
