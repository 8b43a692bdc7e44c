import type { VerificationState } from '../domain/verification.ts';
import type { DocumentEntity, ProfileEntity, ReviewFlagEntity } from '../persistence/kyc.entities.ts';
import type { KycRecord } from './kyc-state.ts';

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : '');

/** A document as its owner and admins see it: never the number, nor its hash. */
export function toDocumentMessage(d: DocumentEntity) {
  return {
    id: d.id,
    userId: d.userId,
    documentType: d.documentType,
    countryCode: d.countryCode.trim(),
    issuingAuthority: d.issuingAuthority,
    expiryDate: d.expiryDate ?? '',
    status: d.status,
    verificationMethod: d.verificationMethod ?? '',
    rejectionReason: d.rejectionReason ?? '',
    createdAt: iso(d.createdAt),
    holderName: d.holderName,
  };
}

export function toFlagMessage(f: ReviewFlagEntity) {
  return {
    id: f.id,
    reason: f.reason,
    detail: f.detail,
    status: f.status,
    documentId: f.documentId ?? '',
    decisionReason: f.decisionReason ?? '',
    createdAt: iso(f.createdAt),
  };
}

export function toProfileMessage(p: ProfileEntity) {
  return {
    legalFirstName: p.legalFirstName,
    legalLastName: p.legalLastName,
    dateOfBirth: p.dateOfBirth,
    countryCode: p.countryCode.trim(),
    residence: {
      line1: p.residenceLine1,
      city: p.residenceCity,
      state: p.residenceState ?? '',
      postalCode: p.residencePostalCode ?? '',
      countryCode: p.residenceCountryCode.trim(),
    },
    updatedAt: iso(p.updatedAt),
  };
}

export function toVerificationMessage(r: KycRecord, state: VerificationState) {
  return {
    userId: r.user.id,
    status: state.status,
    identityVerified: state.identityVerified,
    addressVerified: state.addressVerified,
    driverStatus: state.driverStatus ?? '',
    missingRequirements: state.missingRequirements,
    reviewFlags: r.flags.map(toFlagMessage),
    hasProfile: r.profile !== null,
    profile: r.profile ? toProfileMessage(r.profile) : null,
    documents: r.documents.map(toDocumentMessage),
    rejectionReason: r.profile?.review === 'REJECTED' ? (r.profile.reviewReason ?? '') : '',
  };
}
