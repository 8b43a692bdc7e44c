// Original file: protos/ziba/wallet/v1/wallet.proto

import type { Posting as _ziba_wallet_v1_Posting, Posting__Output as _ziba_wallet_v1_Posting__Output } from '../../../ziba/wallet/v1/Posting.ts';

export interface EntryResult {
  'entryId'?: (string);
  'entryType'?: (string);
  'currency'?: (string);
  'postings'?: (_ziba_wallet_v1_Posting)[];
  'replayed'?: (boolean);
  'createdAt'?: (string);
}

export interface EntryResult__Output {
  'entryId': (string);
  'entryType': (string);
  'currency': (string);
  'postings': (_ziba_wallet_v1_Posting__Output)[];
  'replayed': (boolean);
  'createdAt': (string);
}
