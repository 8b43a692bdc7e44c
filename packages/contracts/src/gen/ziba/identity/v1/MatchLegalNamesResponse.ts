// Original file: protos/ziba/identity/v1/identity.proto

import type { MatchLegalNameResponse as _ziba_identity_v1_MatchLegalNameResponse, MatchLegalNameResponse__Output as _ziba_identity_v1_MatchLegalNameResponse__Output } from '../../../ziba/identity/v1/MatchLegalNameResponse.ts';

export interface MatchLegalNamesResponse {
  'results'?: (_ziba_identity_v1_MatchLegalNameResponse)[];
}

export interface MatchLegalNamesResponse__Output {
  'results': (_ziba_identity_v1_MatchLegalNameResponse__Output)[];
}
