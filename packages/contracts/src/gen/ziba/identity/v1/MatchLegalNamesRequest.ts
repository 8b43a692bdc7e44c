// Original file: protos/ziba/identity/v1/identity.proto

import type { MatchLegalNameRequest as _ziba_identity_v1_MatchLegalNameRequest, MatchLegalNameRequest__Output as _ziba_identity_v1_MatchLegalNameRequest__Output } from '../../../ziba/identity/v1/MatchLegalNameRequest.ts';

export interface MatchLegalNamesRequest {
  'names'?: (_ziba_identity_v1_MatchLegalNameRequest)[];
}

export interface MatchLegalNamesRequest__Output {
  'names': (_ziba_identity_v1_MatchLegalNameRequest__Output)[];
}
