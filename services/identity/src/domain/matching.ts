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

/** US licences print the state's name ("Illinois") where a form takes its postal code ("IL"), or the other way round. */
const US_STATES: Record<string, string> = Object.fromEntries(
  (
    'AL alabama,AK alaska,AZ arizona,AR arkansas,CA california,CO colorado,CT connecticut,DE delaware,DC district of columbia,' +
    'FL florida,GA georgia,HI hawaii,ID idaho,IL illinois,IN indiana,IA iowa,KS kansas,KY kentucky,LA louisiana,ME maine,' +
    'MD maryland,MA massachusetts,MI michigan,MN minnesota,MS mississippi,MO missouri,MT montana,NE nebraska,NV nevada,' +
    'NH new hampshire,NJ new jersey,NM new mexico,NY new york,NC north carolina,ND north dakota,OH ohio,OK oklahoma,OR oregon,' +
    'PA pennsylvania,RI rhode island,SC south carolina,SD south dakota,TN tennessee,TX texas,UT utah,VT vermont,VA virginia,' +
    'WA washington,WV west virginia,WI wisconsin,WY wyoming,PR puerto rico'
  )
    .split(',')
    .map((entry) => [entry.slice(3), entry.slice(0, 2).toLowerCase()]),
);

const normaliseState = (s: string, countryCode: string) => {
  const words = tokens(s).join(' ');
  return countryCode === 'US' ? (US_STATES[words] ?? words) : normaliseLine(s);
};

/** Line, city and country must agree; state and postal code only where both sides give one. */
export function addressesMatch(a: AddressParts, b: AddressParts): boolean {
  if (a.countryCode !== b.countryCode) return false;
  if (normaliseLine(a.line1) !== normaliseLine(b.line1) || normaliseLine(a.city) !== normaliseLine(b.city)) return false;
  const optional = (x: string | null | undefined, y: string | null | undefined, same: (v: string) => string) => !x || !y || same(x) === same(y);
  return optional(a.state, b.state, (v) => normaliseState(v, a.countryCode)) && optional(a.postalCode, b.postalCode, normaliseLine);
}
