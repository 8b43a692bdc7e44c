// Original file: protos/ziba/identity/v1/identity.proto

import type { LegalName as _ziba_identity_v1_LegalName, LegalName__Output as _ziba_identity_v1_LegalName__Output } from '../../../ziba/identity/v1/LegalName.ts';

export interface GetLegalNamesResponse {
  'names'?: (_ziba_identity_v1_LegalName)[];
}

export interface GetLegalNamesResponse__Output {
  'names': (_ziba_identity_v1_LegalName__Output)[];
}
