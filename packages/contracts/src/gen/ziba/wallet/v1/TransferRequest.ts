// Original file: protos/ziba/wallet/v1/wallet.proto

import type { EntryMeta as _ziba_wallet_v1_EntryMeta, EntryMeta__Output as _ziba_wallet_v1_EntryMeta__Output } from '../../../ziba/wallet/v1/EntryMeta.ts';
import type { Leg as _ziba_wallet_v1_Leg, Leg__Output as _ziba_wallet_v1_Leg__Output } from '../../../ziba/wallet/v1/Leg.ts';

export interface TransferRequest {
  'meta'?: (_ziba_wallet_v1_EntryMeta | null);
  'currency'?: (string);
  'mode'?: (string);
  'legs'?: (_ziba_wallet_v1_Leg)[];
}

export interface TransferRequest__Output {
  'meta': (_ziba_wallet_v1_EntryMeta__Output | null);
  'currency': (string);
  'mode': (string);
  'legs': (_ziba_wallet_v1_Leg__Output)[];
}
