import type { IsoDate } from './calendar.ts';
import type { DocumentType } from './documents.ts';
import { KycErrors } from './kyc-errors.ts';
import { addressesMatch, namesMatch, type AddressParts } from './matching.ts';
import type { FlagReason } from './verification.ts';

/** What an automated verification provider said of a document. */
export type ProviderResult = 'MATCH' | 'NO_MATCH' | 'UNAVAILABLE';

/** Types that always carry an expiry date. */
export const EXPIRING: readonly DocumentType[] = ['DRIVER_LICENSE', 'PASSPORT'];

/**
 * A document's expiry, checked on submission: a driver's licence or passport without one is
 * INVALID_DATE (they always have one), an expired document is DOCUMENT_EXPIRED (it proves nothing today).
 */
export function checkExpiry(type: DocumentType, expiryDate: IsoDate | null, today: IsoDate): void {
  if (!expiryDate && EXPIRING.includes(type)) throw KycErrors.invalidDate('expiryDate', `a ${type} has an expiry date`);
  if (expiryDate && expiryDate < today) throw KycErrors.documentExpired();
  // No document runs longer (passports 10 years, licences less): a later date is a slip, not a document.
  if (expiryDate && expiryDate > yearsAfter(today, MOST_YEARS_VALID))
    throw KycErrors.invalidDate('expiryDate', `is more than ${MOST_YEARS_VALID} years away: check the date`);
}

const MOST_YEARS_VALID = 20;
const yearsAfter = (day: IsoDate, years: number): IsoDate => `${String(Number(day.slice(0, 4)) + years).padStart(4, '0')}${day.slice(4)}`;

export interface DocumentAssessment {
  nameMatches: boolean;
  /** null when the document shows no address. */
  addressMatches: boolean | null;
  status: 'VERIFIED' | 'PENDING';
  verificationMethod: 'automated' | null;
  /** The review flags the document raises for an admin, each with the words the admin reads. */
  flags: Array<{ reason: FlagReason; detail: string }>;
}

/**
 * How a submitted document is assessed against the profile (SPEC section 3). It is verified
 * automatically only when it may be (not a number under reuse review), the provider matched it
 * and the holder name is the legal name; otherwise it waits as PENDING for an admin, and each
 * failed check is a flag: NAME_MISMATCH, ADDRESS_MISMATCH (only when the document shows an
 * address), PROVIDER_NO_MATCH, PROVIDER_UNAVAILABLE (nobody could check it, so a person does).
 */
export function assessDocument(f: {
  type: DocumentType;
  holderName: string;
  holderAddress: AddressParts | null;
  legalName: { first: string; last: string };
  residence: AddressParts;
  providerResult: ProviderResult;
  verifiable: boolean;
}): DocumentAssessment {
  const nameMatches = namesMatch(f.legalName.first, f.legalName.last, f.holderName);
  const addressMatches = f.holderAddress ? addressesMatch(f.holderAddress, f.residence) : null;
  const verified = f.verifiable && f.providerResult === 'MATCH' && nameMatches;
  const flags: DocumentAssessment['flags'] = [];
  if (!nameMatches) flags.push({ reason: 'NAME_MISMATCH', detail: `the holder name on the ${f.type} does not match the legal name` });
  if (addressMatches === false) flags.push({ reason: 'ADDRESS_MISMATCH', detail: `the address on the ${f.type} does not match the residence address` });
  if (f.providerResult === 'NO_MATCH') flags.push({ reason: 'PROVIDER_NO_MATCH', detail: `the verification provider could not match the ${f.type}` });
  if (f.providerResult === 'UNAVAILABLE')
    flags.push({ reason: 'PROVIDER_UNAVAILABLE', detail: `the verification provider was unavailable; the ${f.type} waits for manual review` });
  return { nameMatches, addressMatches, status: verified ? 'VERIFIED' : 'PENDING', verificationMethod: verified ? 'automated' : null, flags };
}
