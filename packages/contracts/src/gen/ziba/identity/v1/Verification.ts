// Original file: protos/ziba/identity/v1/identity.proto

import type { ReviewFlag as _ziba_identity_v1_ReviewFlag, ReviewFlag__Output as _ziba_identity_v1_ReviewFlag__Output } from '../../../ziba/identity/v1/ReviewFlag.ts';
import type { IdentityProfile as _ziba_identity_v1_IdentityProfile, IdentityProfile__Output as _ziba_identity_v1_IdentityProfile__Output } from '../../../ziba/identity/v1/IdentityProfile.ts';
import type { Document as _ziba_identity_v1_Document, Document__Output as _ziba_identity_v1_Document__Output } from '../../../ziba/identity/v1/Document.ts';

export interface Verification {
  'userId'?: (string);
  'status'?: (string);
  'identityVerified'?: (boolean);
  'addressVerified'?: (boolean);
  'driverStatus'?: (string);
  'missingRequirements'?: (string)[];
  'reviewFlags'?: (_ziba_identity_v1_ReviewFlag)[];
  'hasProfile'?: (boolean);
  'profile'?: (_ziba_identity_v1_IdentityProfile | null);
  'documents'?: (_ziba_identity_v1_Document)[];
  'rejectionReason'?: (string);
}

export interface Verification__Output {
  'userId': (string);
  'status': (string);
  'identityVerified': (boolean);
  'addressVerified': (boolean);
  'driverStatus': (string);
  'missingRequirements': (string)[];
  'reviewFlags': (_ziba_identity_v1_ReviewFlag__Output)[];
  'hasProfile': (boolean);
  'profile': (_ziba_identity_v1_IdentityProfile__Output | null);
  'documents': (_ziba_identity_v1_Document__Output)[];
  'rejectionReason': (string);
}
