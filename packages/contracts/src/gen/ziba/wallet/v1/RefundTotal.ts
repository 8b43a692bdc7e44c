// Original file: protos/ziba/wallet/v1/wallet.proto

import type { Money as _ziba_common_v1_Money, Money__Output as _ziba_common_v1_Money__Output } from '../../../ziba/common/v1/Money.ts';

export interface RefundTotal {
  'periodStart'?: (string);
  'referenceType'?: (string);
  'countryCode'?: (string);
  'amount'?: (_ziba_common_v1_Money | null);
  'refunds'?: (number);
}

export interface RefundTotal__Output {
  'periodStart': (string);
  'referenceType': (string);
  'countryCode': (string);
  'amount': (_ziba_common_v1_Money__Output | null);
  'refunds': (number);
}
