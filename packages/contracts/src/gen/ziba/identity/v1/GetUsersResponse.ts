// Original file: protos/ziba/identity/v1/identity.proto

import type { User as _ziba_identity_v1_User, User__Output as _ziba_identity_v1_User__Output } from '../../../ziba/identity/v1/User.ts';

export interface GetUsersResponse {
  'users'?: (_ziba_identity_v1_User)[];
}

export interface GetUsersResponse__Output {
  'users': (_ziba_identity_v1_User__Output)[];
}
