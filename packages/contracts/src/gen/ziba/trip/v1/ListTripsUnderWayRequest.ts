// Original file: protos/ziba/trip/v1/trip.proto

import type { PageRequest as _ziba_common_v1_PageRequest, PageRequest__Output as _ziba_common_v1_PageRequest__Output } from '../../../ziba/common/v1/PageRequest.ts';

export interface ListTripsUnderWayRequest {
  'page'?: (_ziba_common_v1_PageRequest | null);
  'countryCode'?: (string);
  'mode'?: (string);
  'serviceType'?: (string);
}

export interface ListTripsUnderWayRequest__Output {
  'page': (_ziba_common_v1_PageRequest__Output | null);
  'countryCode': (string);
  'mode': (string);
  'serviceType': (string);
}
