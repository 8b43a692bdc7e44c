import { Type } from 'typebox';
import { component } from '../openapi/components.ts';
import { OneLineText, Page } from './common.ts';
import {
  ACCOUNT_STANDINGS,
  DOCUMENT_STATUSES,
  DOCUMENT_TYPES,
  DRIVER_STATUSES,
  ELIGIBILITY_ACTIONS,
  REVIEW_FLAG_REASONS,
  REVIEW_FLAG_STATUSES,
  ROLES,
  ResponseEnum,
  SELF_REGISTER_ROLES,
  StringEnum,
  USER_STATUSES,
  VERIFICATION_METHODS,
  VERIFICATION_STATUSES,
} from './enums.ts';

// Shapes only: calendar validity, "not in the future", expiry and country rules are identity's to judge.
const CountryCode = Type.String({ pattern: '^[A-Z]{2}$', maxLength: 2 });
const IsoDate = Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$', maxLength: 10, description: 'YYYY-MM-DD' });
/** A name or an address line: one line that says something. */
const Text = (maxLength: number) => OneLineText(maxLength);
const OptionalText = (maxLength: number) => Type.Optional(Type.String({ maxLength }));

// ---- requests ----

export const ProfileBody = Type.Object(
  {
    legalFirstName: Text(100),
    legalLastName: Text(100),
    dateOfBirth: IsoDate,
    countryCode: CountryCode,
    residenceAddressLine1: Text(200),
    residenceCity: Text(100),
    residenceState: OptionalText(100),
    residencePostalCode: OptionalText(20),
    residenceCountryCode: CountryCode,
  },
  { additionalProperties: false },
);

const AddressInput = Type.Object(
  { line1: Text(200), city: Text(100), state: OptionalText(100), postalCode: OptionalText(20), countryCode: CountryCode },
  { additionalProperties: false },
);

export const DocumentBody = Type.Object(
  {
    documentType: StringEnum(DOCUMENT_TYPES),
    documentNumber: Type.String({ minLength: 1, maxLength: 40, pattern: '\\S', description: 'kept by identity only as a keyed hash; never returned' }),
    issuingAuthority: Text(120),
    expiryDate: Type.Optional(IsoDate),
    countryCode: CountryCode,
    holderName: Text(200),
    holderAddress: Type.Optional(AddressInput),
  },
  { additionalProperties: false },
);

export const EligibilityQuery = Type.Object({ action: StringEnum(ELIGIBILITY_ACTIONS) }, { additionalProperties: false });

export const KycQueueQuery = {
  status: Type.Optional(StringEnum(VERIFICATION_STATUSES)),
  countryCode: Type.Optional(CountryCode),
  role: Type.Optional(StringEnum(SELF_REGISTER_ROLES)),
  q: Type.Optional(Type.String({ minLength: 1, maxLength: 254, description: 'a user id, or the start of an email address (case-insensitive)' })),
};

const Reason = Type.String({ minLength: 1, maxLength: 500, pattern: '\\S' });
/** Approve, unblock, reinstate: a note is welcome, not required. */
export const OptionalReasonBody = Type.Object({ reason: Type.Optional(Reason) }, { additionalProperties: false });
/** Block, suspend: the reason is recorded in the audit trail, so it is required. */
export const ReasonBody = Type.Object({ reason: Reason }, { additionalProperties: false });
/** Reject: the user is told why. */
export const RejectionBody = Type.Object({ rejectionReason: Reason }, { additionalProperties: false });

// ---- responses (no document number anywhere: the serializer drops what is not listed here) ----

/** Empty proto strings (not applicable, not yet decided) are null in JSON. */
const NullableString = (description?: string) => Type.Union([Type.String(description ? { description } : {}), Type.Null()]);

export const ProfileSchema = component(
  'IdentityProfile',
  Type.Object({
    legalFirstName: Type.String(),
    legalLastName: Type.String(),
    dateOfBirth: Type.String(),
    countryCode: Type.String(),
    residenceAddressLine1: Type.String(),
    residenceCity: Type.String(),
    residenceState: Type.String(),
    residencePostalCode: Type.String(),
    residenceCountryCode: Type.String(),
    updatedAt: Type.String(),
  }),
);

export const DocumentSchema = component(
  'IdentityDocument',
  Type.Object({
    id: Type.String(),
    documentType: ResponseEnum(DOCUMENT_TYPES),
    countryCode: Type.String(),
    issuingAuthority: Type.String(),
    expiryDate: NullableString(),
    status: ResponseEnum(DOCUMENT_STATUSES),
    verificationMethod: Type.Union([ResponseEnum(VERIFICATION_METHODS), Type.Null()], { description: 'once decided' }),
    rejectionReason: NullableString(),
    createdAt: Type.String(),
    holderName: Type.String({ description: 'the name on the document, as its owner typed it (never its number)' }),
  }),
);

export const ReviewFlagSchema = component(
  'ReviewFlag',
  Type.Object({
    id: Type.String(),
    reason: ResponseEnum(REVIEW_FLAG_REASONS),
    detail: Type.String(),
    status: ResponseEnum(REVIEW_FLAG_STATUSES),
    documentId: NullableString(),
    decisionReason: NullableString(),
    createdAt: Type.String(),
  }),
);

export const VerificationSchema = component(
  'Verification',
  Type.Object({
    userId: Type.String(),
    status: ResponseEnum(VERIFICATION_STATUSES),
    identityVerified: Type.Boolean(),
    addressVerified: Type.Boolean(),
    driverStatus: Type.Union([ResponseEnum(DRIVER_STATUSES), Type.Null()], { description: 'drivers only' }),
    missingRequirements: Type.Array(Type.String()),
    reviewFlags: Type.Array(ReviewFlagSchema),
    profile: Type.Union([ProfileSchema, Type.Null()], { description: 'null until the user has saved a profile' }),
    documents: Type.Array(DocumentSchema),
    rejectionReason: NullableString(),
  }),
);

export const EligibilitySchema = component('Eligibility', Type.Object({ allowed: Type.Boolean(), reasons: Type.Array(Type.String()) }));

/** Who an account is, as admin lists show it. */
const AccountFields = {
  userId: Type.String(),
  email: Type.String(),
  role: ResponseEnum(ROLES),
  countryCode: Type.String(),
  userStatus: ResponseEnum(USER_STATUSES),
};

export const KycQueueItemSchema = component(
  'KycQueueItem',
  Type.Object({
    ...AccountFields,
    verification: Type.Union([VerificationSchema, Type.Null()]),
  }),
);

export const KycQueuePageSchema = component('KycQueuePage', Type.Object({ items: Type.Array(KycQueueItemSchema), page: Page }));

export const AdminUserSearchQuery = {
  q: Type.Optional(Type.String({ minLength: 1, maxLength: 254, description: 'a user id, or the start of an email address (case-insensitive)' })),
  standing: Type.Optional(
    StringEnum(ACCOUNT_STANDINGS, { description: 'accounts blocked now (BLOCKED) or drivers suspended now (SUSPENDED); with q, those of them it matches' }),
  ),
};

/** An account as the user search shows it: who it is and its standing, without the KYC file (its profile and documents are MANAGE_KYC's). */
export const AdminUserSchema = component(
  'AdminUser',
  Type.Object({
    ...AccountFields,
    verificationStatus: ResponseEnum(VERIFICATION_STATUSES),
    driverStatus: Type.Union([ResponseEnum(DRIVER_STATUSES), Type.Null()], { description: 'drivers only' }),
  }),
);

export const AdminUserPageSchema = component('AdminUserPage', Type.Object({ items: Type.Array(AdminUserSchema), page: Page }));
