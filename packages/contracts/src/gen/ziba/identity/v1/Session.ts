// Original file: protos/ziba/identity/v1/identity.proto

import type { User as _ziba_identity_v1_User, User__Output as _ziba_identity_v1_User__Output } from '../../../ziba/identity/v1/User.ts';

export interface Session {
  'accessToken'?: (string);
  'tokenType'?: (string);
  'expiresIn'?: (number);
  'refreshToken'?: (string);
  'refreshExpiresIn'?: (number);
  'user'?: (_ziba_identity_v1_User | null);
}

export interface Session__Output {
  'accessToken': (string);
  'tokenType': (string);
  'expiresIn': (number);
  'refreshToken': (string);
  'refreshExpiresIn': (number);
  'user': (_ziba_identity_v1_User__Output | null);
}
