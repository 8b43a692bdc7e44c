import { describe, expect, it } from '@jest/globals';
import { HOLDER_ADDRESS_FIELDS, RESIDENCE_FIELDS, validateAddress, validateProfile, type ProfileInput } from './profile.ts';

const SERVED = new Map([
  ['NG', {}],
  ['US', {}],
  ['GH', {}],
]);
const NOW = new Date('2026-06-01T12:00:00Z');
const home = { line1: '12 Admiralty Way', city: 'Lagos', state: 'Lagos', postalCode: '101233', countryCode: 'NG' };
const input: ProfileInput = { legalFirstName: 'Amaka', legalLastName: 'Okafor', dateOfBirth: '1990-04-12', countryCode: 'NG', residence: home };

/** The refusal's words ("<field>: <why>"), or 'OK'. */
const refusal = (f: () => unknown) => {
  try {
    f();
    return 'OK';
  } catch (e) {
    return `${(e as { code: string }).code} ${(e as Error).message}`;
  }
};

describe('address fields in refusals', () => {
  it('are named as the REST request names them: flat for the residence, nested for a document holder address', () => {
    expect(refusal(() => validateAddress(RESIDENCE_FIELDS, { ...home, line1: '' }))).toBe('INVALID_FIELD residenceAddressLine1: must be 1 to 200 characters');
    expect(refusal(() => validateAddress(RESIDENCE_FIELDS, { ...home, countryCode: 'Ng' }))).toBe(
      'INVALID_FIELD residenceCountryCode: must be an ISO 3166 alpha-2 code',
    );
    expect(refusal(() => validateAddress(HOLDER_ADDRESS_FIELDS, { ...home, line1: 'x'.repeat(201) }))).toBe(
      'INVALID_FIELD holderAddress.line1: must be 1 to 200 characters',
    );
    expect(refusal(() => validateAddress(HOLDER_ADDRESS_FIELDS, { ...home, postalCode: 'x'.repeat(21) }))).toBe(
      'INVALID_FIELD holderAddress.postalCode: must be at most 20 characters',
    );
  });
});

describe('the residence country', () => {
  it('is one the platform serves', () => {
    for (const code of ['ZZ', 'AA', 'FR'])
      expect(refusal(() => validateProfile({ ...input, residence: { ...home, countryCode: code } }, 'NG', SERVED, NOW))).toBe(
        'INVALID_FIELD residenceCountryCode: must be a country the platform serves (GH, NG, US)',
      );
  });

  it("need not be the account's country", () => {
    expect(validateProfile({ ...input, residence: { ...home, countryCode: 'GH' } }, 'NG', SERVED, NOW).residence.countryCode).toBe('GH');
    expect(refusal(() => validateProfile({ ...input, countryCode: 'GH' }, 'NG', SERVED, NOW))).toBe("INVALID_FIELD countryCode: must be the account's country");
  });
});
