/**
 * Name and address comparison for KYC (SPEC section 3): case, spacing, punctuation, accents and
 * common abbreviations do not make a mismatch; anything else does.
 */

const ABBREVIATIONS: Record<string, string> = {
  street: 'st',
  str: 'st',
  road: 'rd',
  avenue: 'ave',
  av: 'ave',
  boulevard: 'blvd',
  drive: 'dr',
  lane: 'ln',
  close: 'cl',
  crescent: 'cres',
  court: 'ct',
  place: 'pl',
  square: 'sq',
  highway: 'hwy',
  apartment: 'apt',
  suite: 'ste',
  building: 'bldg',
  house: 'h',
  number: 'no',
  north: 'n',
  south: 's',
  east: 'e',
  west: 'w',
  estate: 'est',
  junction: 'jct',
  mount: 'mt',
  saint: 'st',
};

function tokens(s: string): string[] {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

/** The same words in any order: documents print "LAST FIRST" as often as "First Last". */
export function namesMatch(legalFirstName: string, legalLastName: string, holderName: string): boolean {
  const a = tokens(`${legalFirstName} ${legalLastName}`).sort();
  const b = tokens(holderName).sort();
  return a.length > 0 && a.join(' ') === b.join(' ');
}

export interface AddressParts {
  line1: string;
  city: string;
  state?: string | null;
  postalCode?: string | null;
  countryCode: string;
}

const normaliseLine = (s: string) =>
  tokens(s)
    .map((t) => ABBREVIATIONS[t] ?? t)
    .join(' ');

/** Line, city and country must agree; state and postal code only where both sides give one. */
export function addressesMatch(a: AddressParts, b: AddressParts): boolean {
  if (a.countryCode !== b.countryCode) return false;
  if (normaliseLine(a.line1) !== normaliseLine(b.line1) || normaliseLine(a.city) !== normaliseLine(b.city)) return false;
  const optional = (x?: string | null, y?: string | null) => !x || !y || normaliseLine(x) === normaliseLine(y);
  return optional(a.state, b.state) && optional(a.postalCode, b.postalCode);
}
