import { AppError } from '@ziba/service-kit/errors';

/** Stable codes of the KYC rules; messages never carry a document number. */
export const KycErrors = {
  invalidDocumentNumber: (type: string, rule: string) => new AppError('INVALID', 'INVALID_DOCUMENT_NUMBER', `${type}: ${rule}`),
  documentNotIssuedIn: (type: string, country: string, usedIn?: string) =>
    new AppError(
      'INVALID',
      'DOCUMENT_NOT_ISSUED_IN_COUNTRY',
      usedIn ? `a ${type} issued in ${country} does not count in ${usedIn}: submit the one issued in ${usedIn}` : `${type} is not issued in ${country}`,
    ),
  documentAlreadyDecided: (status: string) => new AppError('CONFLICT', 'DOCUMENT_ALREADY_DECIDED', `this document is ${status} already; nothing changed`),
  unknownDocumentType: () => new AppError('INVALID', 'UNKNOWN_DOCUMENT_TYPE', 'unknown document type'),
  invalidDate: (field: string, why: string) => new AppError('INVALID', 'INVALID_DATE', `${field}: ${why}`),
  invalidField: (field: string, why: string) => new AppError('INVALID', 'INVALID_FIELD', `${field}: ${why}`),
  unknownCountry: (field: string) => new AppError('INVALID', 'UNSUPPORTED_COUNTRY', `${field} is not a supported country`),
  profileRequired: () => new AppError('REFUSED', 'PROFILE_MISSING', 'create the identity profile before adding documents'),
  documentExpired: () => new AppError('INVALID', 'DOCUMENT_EXPIRED', 'the document has expired'),
  documentReused: () => new AppError('CONFLICT', 'DOCUMENT_ALREADY_REGISTERED', 'this document is registered to another account; it has been sent for review'),
  heldByAnotherAccount: () =>
    new AppError('CONFLICT', 'DOCUMENT_HELD_BY_ANOTHER_ACCOUNT', "another account holds this document number: decide that account's document first"),
  documentNotFound: () => new AppError('NOT_FOUND', 'DOCUMENT_NOT_FOUND', 'no such document'),
  profileNotFound: () => new AppError('NOT_FOUND', 'PROFILE_NOT_FOUND', 'this user has no identity profile'),
  reasonRequired: () => new AppError('INVALID', 'REASON_REQUIRED', 'a reason is required for this decision'),
  noteRequired: (flags: readonly string[]) =>
    new AppError('INVALID', 'NOTE_REQUIRED', `this approval decides open review flags (${flags.join(', ')}); approve with a note saying what you checked`),
  invalidDecision: () => new AppError('INVALID', 'INVALID_DECISION', 'decision must be APPROVE or REJECT'),
  notADriver: () => new AppError('REFUSED', 'NOT_A_DRIVER', 'this user is not a driver'),
  notSuspended: () => new AppError('REFUSED', 'DRIVER_NOT_SUSPENDED', 'this driver is not suspended'),
  // A repeat changes nothing, so it records nothing: the trail never says a user was blocked twice.
  alreadySuspended: () => new AppError('REFUSED', 'DRIVER_ALREADY_SUSPENDED', 'this driver is already suspended'),
  alreadyBlocked: () => new AppError('REFUSED', 'USER_ALREADY_BLOCKED', 'this account is already blocked'),
  notBlocked: () => new AppError('REFUSED', 'USER_NOT_BLOCKED', 'this account is not blocked'),
  cannotBlockAdmin: () => new AppError('REFUSED', 'CANNOT_BLOCK_ADMIN', 'admins are managed by configuration'),
  unknownAction: () => new AppError('INVALID', 'UNKNOWN_ACTION', 'action must be WITHDRAW, GO_ONLINE, ACCEPT_TRIP or TRANSACT'),
};
