// Original file: protos/ziba/identity/v1/identity.proto

import type { User as _ziba_identity_v1_User, User__Output as _ziba_identity_v1_User__Output } from '../../../ziba/identity/v1/User.ts';

export interface UserSearchItem {
  'user'?: (_ziba_identity_v1_User | null);
  'verificationStatus'?: (string);
}

export interface UserSearchItem__Output {
  'user': (_ziba_identity_v1_User__Output | null);
  'verificationStatus': (string);
}
