// Original file: protos/ziba/identity/v1/identity.proto

import type { Address as _ziba_identity_v1_Address, Address__Output as _ziba_identity_v1_Address__Output } from '../../../ziba/identity/v1/Address.ts';

export interface IdentityProfile {
  'legalFirstName'?: (string);
  'legalLastName'?: (string);
  'dateOfBirth'?: (string);
  'countryCode'?: (string);
  'residence'?: (_ziba_identity_v1_Address | null);
  'updatedAt'?: (string);
}

export interface IdentityProfile__Output {
  'legalFirstName': (string);
  'legalLastName': (string);
  'dateOfBirth': (string);
  'countryCode': (string);
  'residence': (_ziba_identity_v1_Address__Output | null);
  'updatedAt': (string);
}
