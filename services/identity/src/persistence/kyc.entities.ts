import { defineEntity, p, type InferEntity } from '@mikro-orm/postgresql';

export const ProfileEntity = defineEntity({
  name: 'IdentityProfile',
  tableName: 'identity_profile',
  properties: {
    userId: p.uuid().primary(),
    legalFirstName: p.string(),
    legalLastName: p.string(),
    dateOfBirth: p.string().columnType('date'),
    countryCode: p.string(),
    residenceLine1: p.string(),
    residenceCity: p.string(),
    residenceState: p.string().nullable(),
    residencePostalCode: p.string().nullable(),
    residenceCountryCode: p.string(),
    identityVerified: p.boolean(),
    addressVerified: p.boolean(),
    verificationStatus: p.string(),
    review: p.string(),
    reviewReason: p.string().nullable(),
    reviewedBy: p.uuid().nullable(),
    reviewedAt: p.datetime().nullable(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
  },
});
export type ProfileEntity = InferEntity<typeof ProfileEntity>;

export const DocumentEntity = defineEntity({
  name: 'IdentityDocument',
  tableName: 'identity_document',
  properties: {
    id: p.uuid().primary(),
    userId: p.uuid(),
    countryCode: p.string(),
    documentType: p.string(),
    numberHash: p.string().hidden(),
    hashKeyId: p.string(),
    isUniquenessKey: p.boolean(),
    issuingAuthority: p.string(),
    expiryDate: p.string().columnType('date').nullable(),
    holderName: p.string(),
    holderLine1: p.string().nullable(),
    holderCity: p.string().nullable(),
    holderState: p.string().nullable(),
    holderPostalCode: p.string().nullable(),
    holderCountryCode: p.string().nullable(),
    nameMatches: p.boolean(),
    addressMatches: p.boolean().nullable(),
    status: p.string(),
    /** Another account's document with the same number: this one waits for an admin, outside the uniqueness index. */
    reuseOf: p.uuid().nullable(),
    verificationMethod: p.string().nullable(),
    rejectionReason: p.string().nullable(),
    decidedBy: p.uuid().nullable(),
    decidedAt: p.datetime().nullable(),
    createdAt: p.datetime(),
  },
});
export type DocumentEntity = InferEntity<typeof DocumentEntity>;

export const ReviewFlagEntity = defineEntity({
  name: 'ReviewFlag',
  tableName: 'review_flag',
  properties: {
    id: p.uuid().primary(),
    userId: p.uuid(),
    documentId: p.uuid().nullable(),
    reason: p.string(),
    detail: p.string(),
    status: p.string(),
    decisionReason: p.string().nullable(),
    decidedBy: p.uuid().nullable(),
    decidedAt: p.datetime().nullable(),
    createdAt: p.datetime(),
  },
});
export type ReviewFlagEntity = InferEntity<typeof ReviewFlagEntity>;
