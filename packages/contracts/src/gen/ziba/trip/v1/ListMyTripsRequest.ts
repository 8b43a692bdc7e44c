// Original file: protos/ziba/trip/v1/trip.proto

import type { PageRequest as _ziba_common_v1_PageRequest, PageRequest__Output as _ziba_common_v1_PageRequest__Output } from '../../../ziba/common/v1/PageRequest.ts';

export interface ListMyTripsRequest {
  'page'?: (_ziba_common_v1_PageRequest | null);
  'serviceType'?: (string);
}

export interface ListMyTripsRequest__Output {
  'page': (_ziba_common_v1_PageRequest__Output | null);
  'serviceType': (string);
}
