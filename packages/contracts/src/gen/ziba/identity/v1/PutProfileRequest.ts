// Original file: protos/ziba/identity/v1/identity.proto

import type { IdentityProfile as _ziba_identity_v1_IdentityProfile, IdentityProfile__Output as _ziba_identity_v1_IdentityProfile__Output } from '../../../ziba/identity/v1/IdentityProfile.ts';

export interface PutProfileRequest {
  'userId'?: (string);
  'profile'?: (_ziba_identity_v1_IdentityProfile | null);
}

export interface PutProfileRequest__Output {
  'userId': (string);
  'profile': (_ziba_identity_v1_IdentityProfile__Output | null);
}
