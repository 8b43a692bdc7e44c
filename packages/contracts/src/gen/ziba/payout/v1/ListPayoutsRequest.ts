// Original file: protos/ziba/payout/v1/payout.proto

import type { PageRequest as _ziba_common_v1_PageRequest, PageRequest__Output as _ziba_common_v1_PageRequest__Output } from '../../../ziba/common/v1/PageRequest.ts';

export interface ListPayoutsRequest {
  'status'?: (string);
  'ownerType'?: (string);
  'countryCode'?: (string);
  'from'?: (string);
  'to'?: (string);
  'page'?: (_ziba_common_v1_PageRequest | null);
  'mode'?: (string);
  'methodType'?: (string);
  'flagged'?: (string);
  'order'?: (string);
}

export interface ListPayoutsRequest__Output {
  'status': (string);
  'ownerType': (string);
  'countryCode': (string);
  'from': (string);
  'to': (string);
  'page': (_ziba_common_v1_PageRequest__Output | null);
  'mode': (string);
  'methodType': (string);
  'flagged': (string);
  'order': (string);
}
