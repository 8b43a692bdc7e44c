import { randomInt } from 'node:crypto';

// One Lagos identity for made-up NG accounts (tests and benchmarks): the profile and the matching
// holder details on documents, so identity verifies them without review.

export const profile = {
  legalFirstName: 'Adaeze',
  legalLastName: 'Okafor',
  dateOfBirth: '1990-04-12',
  countryCode: 'NG',
  residenceAddressLine1: '12 Admiralty Way',
  residenceCity: 'Lekki',
  residenceState: 'Lagos',
  residenceCountryCode: 'NG',
};
export const holder = { holderName: 'Adaeze Okafor', holderAddress: { line1: '12 Admiralty Way', city: 'Lekki', state: 'Lagos', countryCode: 'NG' } };

/** A document number of n digits that the simulated identity provider matches (it refuses numbers ending in 99 or 98). */
export const documentDigits = (n: number) => Array.from({ length: n }, (_, i) => (i === n - 1 ? 1 : randomInt(10))).join('');
