// Original file: protos/ziba/identity/v1/identity.proto

import type { Verification as _ziba_identity_v1_Verification, Verification__Output as _ziba_identity_v1_Verification__Output } from '../../../ziba/identity/v1/Verification.ts';

export interface KycQueueItem {
  'userId'?: (string);
  'email'?: (string);
  'role'?: (string);
  'countryCode'?: (string);
  'userStatus'?: (string);
  'verification'?: (_ziba_identity_v1_Verification | null);
}

export interface KycQueueItem__Output {
  'userId': (string);
  'email': (string);
  'role': (string);
  'countryCode': (string);
  'userStatus': (string);
  'verification': (_ziba_identity_v1_Verification__Output | null);
}
