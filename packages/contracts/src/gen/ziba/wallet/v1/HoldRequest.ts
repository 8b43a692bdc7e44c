// Original file: protos/ziba/wallet/v1/wallet.proto

import type { EntryMeta as _ziba_wallet_v1_EntryMeta, EntryMeta__Output as _ziba_wallet_v1_EntryMeta__Output } from '../../../ziba/wallet/v1/EntryMeta.ts';
import type { Money as _ziba_common_v1_Money, Money__Output as _ziba_common_v1_Money__Output } from '../../../ziba/common/v1/Money.ts';

export interface HoldRequest {
  'meta'?: (_ziba_wallet_v1_EntryMeta | null);
  'walletId'?: (string);
  'amount'?: (_ziba_common_v1_Money | null);
  'holdId'?: (string);
}

export interface HoldRequest__Output {
  'meta': (_ziba_wallet_v1_EntryMeta__Output | null);
  'walletId': (string);
  'amount': (_ziba_common_v1_Money__Output | null);
  'holdId': (string);
}
