import type { IsoDate } from './calendar.ts';
import type { AccountRole, Requirement } from './countries.ts';
import type { DocumentType } from './documents.ts';
import type { DriverStatus } from './user.ts';

export type DocumentStatus = 'PENDING' | 'VERIFIED' | 'REJECTED';
export type FlagReason = 'NAME_MISMATCH' | 'ADDRESS_MISMATCH' | 'DOCUMENT_REUSED' | 'PROVIDER_NO_MATCH' | 'PROVIDER_UNAVAILABLE' | 'DATE_OF_BIRTH_CHANGED';
export type FlagStatus = 'OPEN' | 'APPROVED' | 'REJECTED' | 'SUPERSEDED';
export type ProfileReview = 'NONE' | 'APPROVED' | 'REJECTED';
export type VerificationStatus = 'INCOMPLETE' | 'PENDING_REVIEW' | 'VERIFIED' | 'REJECTED';

export interface DocumentFacts {
  id: string;
  type: DocumentType;
  status: DocumentStatus;
  expiryDate: IsoDate | null;
  /** The holder name printed on it matches the legal name. */
  nameMatches: boolean;
  /** null when the document carries no address. */
  addressMatches: boolean | null;
}

export interface FlagFacts {
  reason: FlagReason;
  status: FlagStatus;
  documentId: string | null;
}

export interface VerificationFacts {
  role: AccountRole;
  driverSuspended: boolean;
  hasProfile: boolean;
  profileReview: ProfileReview;
  documents: DocumentFacts[];
  flags: FlagFacts[];
  requirements: readonly Requirement[];
  today: IsoDate;
}

export interface VerificationState {
  status: VerificationStatus;
  identityVerified: boolean;
  addressVerified: boolean;
  driverStatus: DriverStatus | null;
  /** Every unmet document requirement, by name: MISSING_DOCUMENT:NIN, DOCUMENT_EXPIRED:DRIVER_LICENSE... */
  missingRequirements: string[];
}

const IDENTITY_FLAGS: readonly FlagReason[] = ['NAME_MISMATCH', 'DOCUMENT_REUSED'];
/** Open or rejected: either way, not cleared by an admin. */
const blocking = (f: FlagFacts) => f.status === 'OPEN' || f.status === 'REJECTED';

export const isValidDocument = (d: DocumentFacts, today: IsoDate): boolean => d.status === 'VERIFIED' && (d.expiryDate === null || d.expiryDate >= today);

/**
 * Where a user stands in KYC, from facts only (SPEC section 3). Evaluated at use time with today's
 * date, so an expired licence takes a driver out of VERIFIED the day it expires, with no job needed.
 */
export function evaluateVerification(f: VerificationFacts): VerificationState {
  const valid = f.documents.filter((d) => isValidDocument(d, f.today));
  const approvedFor = (doc: DocumentFacts, reason: FlagReason) =>
    f.flags.some((x) => x.documentId === doc.id && x.reason === reason && x.status === 'APPROVED');
  const usable = f.hasProfile && f.profileReview !== 'REJECTED';

  // Another account submitted a number this user holds, valid: the first holder keeps it until an
  // admin decides (SPEC 3, 12.9), or anyone who learns a driver's NIN could stop them earning.
  const claimedElsewhere = (x: FlagFacts) => x.reason === 'DOCUMENT_REUSED' && x.status === 'OPEN' && valid.some((d) => d.id === x.documentId);
  const identityVerified =
    usable &&
    !f.flags.some((x) => IDENTITY_FLAGS.includes(x.reason) && blocking(x) && !claimedElsewhere(x)) &&
    valid.some((d) => d.nameMatches || approvedFor(d, 'NAME_MISMATCH'));
  const addressVerified =
    usable &&
    !f.flags.some((x) => x.reason === 'ADDRESS_MISMATCH' && blocking(x)) &&
    (f.profileReview === 'APPROVED' || valid.some((d) => d.addressMatches === true || approvedFor(d, 'ADDRESS_MISMATCH')));

  const missingRequirements = f.requirements.flatMap((group) => unmet(group, f.documents, f.today));
  const complete = missingRequirements.length === 0 && identityVerified && addressVerified;

  let driverStatus: DriverStatus | null = null;
  if (f.role === 'DRIVER') driverStatus = f.driverSuspended ? 'SUSPENDED' : complete ? 'VERIFIED' : 'PENDING_VERIFICATION';

  let status: VerificationStatus;
  if (!f.hasProfile) status = 'INCOMPLETE';
  else if (f.profileReview === 'REJECTED') status = 'REJECTED';
  // A claim by another account is the claimant's review: the holder's status stays as it was (SPEC 3).
  else if (f.flags.some((x) => x.status === 'OPEN' && !claimedElsewhere(x)) || f.documents.some((d) => d.status === 'PENDING')) status = 'PENDING_REVIEW';
  else status = complete ? 'VERIFIED' : 'INCOMPLETE';

  return { status, identityVerified, addressVerified, driverStatus, missingRequirements };
}

/** Why a requirement is not met, or nothing when it is. */
function unmet(group: Requirement, documents: DocumentFacts[], today: IsoDate): string[] {
  const candidates = documents.filter((d) => group.includes(d.type));
  if (candidates.some((d) => isValidDocument(d, today))) return [];
  const expired = candidates.find((d) => d.status === 'VERIFIED');
  if (expired) return [`DOCUMENT_EXPIRED:${expired.type}`];
  const pending = candidates.find((d) => d.status === 'PENDING');
  if (pending) return [`DOCUMENT_PENDING:${pending.type}`];
  const rejected = candidates.find((d) => d.status === 'REJECTED');
  if (rejected) return [`DOCUMENT_REJECTED:${rejected.type}`];
  return [`MISSING_DOCUMENT:${group.join('|')}`];
}
