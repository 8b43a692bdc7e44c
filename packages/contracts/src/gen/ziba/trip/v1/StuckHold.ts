// Original file: protos/ziba/trip/v1/trip.proto

import type { Money as _ziba_common_v1_Money, Money__Output as _ziba_common_v1_Money__Output } from '../../../ziba/common/v1/Money.ts';

export interface StuckHold {
  'tripId'?: (string);
  'serviceType'?: (string);
  'status'?: (string);
  'paymentMethod'?: (string);
  'countryCode'?: (string);
  'mode'?: (string);
  'riderId'?: (string);
  'driverId'?: (string);
  'holdId'?: (string);
  'holdState'?: (string);
  'amount'?: (_ziba_common_v1_Money | null);
  'openedAt'?: (string);
}

export interface StuckHold__Output {
  'tripId': (string);
  'serviceType': (string);
  'status': (string);
  'paymentMethod': (string);
  'countryCode': (string);
  'mode': (string);
  'riderId': (string);
  'driverId': (string);
  'holdId': (string);
  'holdState': (string);
  'amount': (_ziba_common_v1_Money__Output | null);
  'openedAt': (string);
}
