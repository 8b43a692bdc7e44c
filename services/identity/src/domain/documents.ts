import { KycErrors } from './kyc-errors.ts';

export const DOCUMENT_TYPES = ['DRIVER_LICENSE', 'NIN', 'NID', 'SSN_LAST4', 'STATE_ID', 'NATIONAL_ID', 'PASSPORT'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export const isDocumentType = (t: string): t is DocumentType => (DOCUMENT_TYPES as readonly string[]).includes(t);

/** Types tied to one country's numbering, and the country they belong to. */
const NATIONAL_TYPES: Partial<Record<DocumentType, string>> = { NIN: 'NG', NID: 'BD', SSN_LAST4: 'US', STATE_ID: 'US' };

const REGION_NAMES = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
/**
 * Codes ICU names that no state issues documents under: unknown, pseudo-locales, groupings, codes
 * withdrawn from ISO 3166 (an old one would make a number held under the new look unheld), and
 * territories reserved for other uses or with no people.
 */
const NOT_ISSUERS = new Set([
  ...['ZZ', 'XA', 'XB', 'QO', 'EU', 'EZ', 'UN'],
  ...['AN', 'BU', 'CS', 'DD', 'FX', 'NT', 'SU', 'TP', 'YU', 'ZR'],
  ...['AC', 'CP', 'DG', 'EA', 'IC', 'TA', 'AQ', 'BV', 'HM', 'UM'],
]);

/**
 * Whether a document's country is one that issues documents: an assigned ISO 3166 code (QQ or ZZ
 * would make a number already held elsewhere look new, since uniqueness is per country and type).
 */
export const isIssuingCountry = (code: string): boolean => /^[A-Z]{2}$/.test(code) && !NOT_ISSUERS.has(code) && REGION_NAMES.of(code) !== undefined;

/**
 * A driver licence counts where it was issued: a driver's is one issued in the country they drive in
 * (a US licence does not license driving in Nigeria, nor may it stand in for the Nigerian one).
 */
export function requireIssuedWhereUsed(type: DocumentType, documentCountry: string, userCountry: string): void {
  if (type === 'DRIVER_LICENSE' && documentCountry !== userCountry) throw KycErrors.documentNotIssuedIn(type, documentCountry, userCountry);
}

/**
 * SSN_LAST4 has only 10,000 values: real people share them, so it is never a uniqueness key
 * (SPEC section 3); it counts only together with name and date of birth.
 */
export const isUniquenessKey = (t: DocumentType): boolean => t !== 'SSN_LAST4';

/**
 * The canonical form of a document number, the one that is hashed: separators and case removed,
 * the format checked per type and country. Throws INVALID_DOCUMENT_NUMBER (naming the rule, never
 * echoing the number).
 */
export function normaliseDocumentNumber(type: DocumentType, countryCode: string, raw: string): string {
  const home = NATIONAL_TYPES[type];
  if (home && home !== countryCode) throw KycErrors.documentNotIssuedIn(type, countryCode);
  const n = raw
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-./]/g, '')
    // Bengali digits (০ to ৯) as the digits they are: a Bangladeshi may type the NID as the card prints it.
    .replace(/[\u09E6-\u09EF]/g, (d) => String(d.charCodeAt(0) - 0x09e6));
  const check = (ok: boolean, rule: string) => {
    if (!ok) throw KycErrors.invalidDocumentNumber(type, rule);
  };
  switch (type) {
    case 'NIN':
      check(/^\d{11}$/.test(n), 'a NIN has 11 digits');
      return n;
    case 'NID':
      check(/^(\d{10}|\d{13}|\d{17})$/.test(n), 'a Bangladesh NID has 10, 13 or 17 digits');
      // A 17-digit NID is the 13-digit one with the holder's birth year in front: the same card.
      return n.length === 17 ? n.slice(4) : n;
    case 'SSN_LAST4':
      check(/^\d{4}$/.test(n), 'SSN_LAST4 is the last 4 digits of the SSN');
      return n;
    case 'PASSPORT':
      check(/^[A-Z0-9]{6,9}$/.test(n), 'a passport number has 6 to 9 letters or digits');
      return n;
    case 'DRIVER_LICENSE':
    case 'STATE_ID':
    case 'NATIONAL_ID':
      check(/^[A-Z0-9]{5,20}$/.test(n), `a ${type.toLowerCase().replace('_', ' ')} number has 5 to 20 letters or digits`);
      return n;
  }
}
