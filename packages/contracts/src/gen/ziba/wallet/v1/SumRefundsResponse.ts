// Original file: protos/ziba/wallet/v1/wallet.proto

import type { RefundTotal as _ziba_wallet_v1_RefundTotal, RefundTotal__Output as _ziba_wallet_v1_RefundTotal__Output } from '../../../ziba/wallet/v1/RefundTotal.ts';

export interface SumRefundsResponse {
  'totals'?: (_ziba_wallet_v1_RefundTotal)[];
}

export interface SumRefundsResponse__Output {
  'totals': (_ziba_wallet_v1_RefundTotal__Output)[];
}
