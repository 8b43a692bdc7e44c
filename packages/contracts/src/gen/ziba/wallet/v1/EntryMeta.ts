// Original file: protos/ziba/wallet/v1/wallet.proto

import type { Reference as _ziba_wallet_v1_Reference, Reference__Output as _ziba_wallet_v1_Reference__Output } from '../../../ziba/wallet/v1/Reference.ts';

export interface EntryMeta {
  'idempotencyKey'?: (string);
  'serviceType'?: (string);
  'reference'?: (_ziba_wallet_v1_Reference | null);
  'description'?: (string);
  'createdByAdminId'?: (string);
  'requestedByUserId'?: (string);
}

export interface EntryMeta__Output {
  'idempotencyKey': (string);
  'serviceType': (string);
  'reference': (_ziba_wallet_v1_Reference__Output | null);
  'description': (string);
  'createdByAdminId': (string);
  'requestedByUserId': (string);
}
