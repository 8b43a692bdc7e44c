import type { Address } from '@ziba/contracts/gen/ziba/identity/v1/Address.ts';
import type { Document__Output } from '@ziba/contracts/gen/ziba/identity/v1/Document.ts';
import type { IdentityProfile, IdentityProfile__Output } from '@ziba/contracts/gen/ziba/identity/v1/IdentityProfile.ts';
import type { KycQueueItem__Output } from '@ziba/contracts/gen/ziba/identity/v1/KycQueueItem.ts';
import type { UserSearchItem__Output } from '@ziba/contracts/gen/ziba/identity/v1/UserSearchItem.ts';
import type { ReviewFlag__Output } from '@ziba/contracts/gen/ziba/identity/v1/ReviewFlag.ts';
import type { Verification__Output } from '@ziba/contracts/gen/ziba/identity/v1/Verification.ts';
import type { Static } from 'typebox';
import type { DocumentBody, ProfileBody } from '../schemas/identity.schemas.ts';

// Translation between the REST shapes (flat, null for "none") and identity's proto messages (nested,
// empty string for "none"). No rules here: identity decides, the gateway only reshapes.

const orNull = (s: string) => s || null;

export const toUserJson = <U extends { driverStatus: string }>(u: U) => ({ ...u, driverStatus: orNull(u.driverStatus) });

export function toProfileMessage(b: Static<typeof ProfileBody>): IdentityProfile {
  return {
    legalFirstName: b.legalFirstName,
    legalLastName: b.legalLastName,
    dateOfBirth: b.dateOfBirth,
    countryCode: b.countryCode,
    residence: {
      line1: b.residenceAddressLine1,
      city: b.residenceCity,
      state: b.residenceState ?? '',
      postalCode: b.residencePostalCode ?? '',
      countryCode: b.residenceCountryCode,
    },
  };
}

export function toAddressMessage(a: NonNullable<Static<typeof DocumentBody>['holderAddress']>): Address {
  return { line1: a.line1, city: a.city, state: a.state ?? '', postalCode: a.postalCode ?? '', countryCode: a.countryCode };
}

const toProfileJson = (p: IdentityProfile__Output) => ({
  legalFirstName: p.legalFirstName,
  legalLastName: p.legalLastName,
  dateOfBirth: p.dateOfBirth,
  countryCode: p.countryCode,
  residenceAddressLine1: p.residence?.line1 ?? '',
  residenceCity: p.residence?.city ?? '',
  residenceState: p.residence?.state ?? '',
  residencePostalCode: p.residence?.postalCode ?? '',
  residenceCountryCode: p.residence?.countryCode ?? '',
  updatedAt: p.updatedAt,
});

/** Listed field by field, so nothing identity adds later reaches a client by accident. */
export const toDocumentJson = (d: Document__Output) => ({
  id: d.id,
  documentType: d.documentType,
  countryCode: d.countryCode,
  issuingAuthority: d.issuingAuthority,
  expiryDate: orNull(d.expiryDate),
  status: d.status,
  verificationMethod: orNull(d.verificationMethod),
  rejectionReason: orNull(d.rejectionReason),
  createdAt: d.createdAt,
  holderName: d.holderName,
});

const toReviewFlagJson = (f: ReviewFlag__Output) => ({
  id: f.id,
  reason: f.reason,
  detail: f.detail,
  status: f.status,
  documentId: orNull(f.documentId),
  decisionReason: orNull(f.decisionReason),
  createdAt: f.createdAt,
});

export const toVerificationJson = (v: Verification__Output) => ({
  userId: v.userId,
  status: v.status,
  identityVerified: v.identityVerified,
  addressVerified: v.addressVerified,
  driverStatus: orNull(v.driverStatus),
  missingRequirements: v.missingRequirements,
  reviewFlags: v.reviewFlags.map(toReviewFlagJson),
  profile: v.hasProfile && v.profile ? toProfileJson(v.profile) : null,
  documents: v.documents.map(toDocumentJson),
  rejectionReason: orNull(v.rejectionReason),
});

export const toKycQueueItemJson = (i: KycQueueItem__Output) => ({
  userId: i.userId,
  email: i.email,
  role: i.role,
  countryCode: i.countryCode,
  userStatus: i.userStatus,
  verification: i.verification ? toVerificationJson(i.verification) : null,
});

/** A user search's row: who the account is and its standing, no KYC file. */
export const toAdminUserJson = (i: UserSearchItem__Output) => ({
  userId: i.user!.id,
  email: i.user!.email,
  role: i.user!.role,
  countryCode: i.user!.countryCode,
  userStatus: i.user!.status,
  verificationStatus: i.verificationStatus,
  driverStatus: orNull(i.user!.driverStatus),
});
