import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parseCountryConfig } from './countries.ts';

const shipped = JSON.parse(readFileSync(new URL('../../config/countries.json', import.meta.url), 'utf8'));

describe('country configuration', () => {
  it('ships NG, US, BD and other countries with the SPEC requirements', () => {
    const { countries, settings } = parseCountryConfig(shipped);
    expect(countries.get('NG')?.requirements.DRIVER).toEqual([['DRIVER_LICENSE'], ['NIN']]);
    expect(countries.get('US')?.requirements.RESTAURANT).toEqual([['SSN_LAST4', 'STATE_ID']]);
    expect(countries.get('BD')?.requirements.DRIVER).toEqual([['DRIVER_LICENSE'], ['NID']]);
    expect(countries.get('KE')?.requirements.DRIVER).toEqual([['DRIVER_LICENSE'], ['NATIONAL_ID', 'PASSPORT']]);
    expect(settings.riderWithdrawalsEnabled).toBe(false);
  });

  it('takes a new country from configuration alone', () => {
    const withRwanda = {
      ...shipped,
      countries: { ...shipped.countries, RW: { name: 'Rwanda', currency: 'KES', minimumWithdrawal: '1000', ruleSet: 'OTHER' } },
    };
    expect(parseCountryConfig(withRwanda).countries.get('RW')?.requirements.RIDER).toEqual([['NATIONAL_ID', 'PASSPORT']]);
  });

  it('stops the service on a bad file, saying why', () => {
    expect(() => parseCountryConfig({ ...shipped, countries: { XX: { currency: 'NGN', minimumWithdrawal: '1', ruleSet: 'NOPE' } } })).toThrow(/ruleSet NOPE/);
    expect(() => parseCountryConfig({ ...shipped, ruleSets: { ...shipped.ruleSets, NG: { ...shipped.ruleSets.NG, DRIVER: [['NIN']] } } })).toThrow(
      /DRIVER_LICENSE/,
    );
    expect(() => parseCountryConfig({ ...shipped, ruleSets: { ...shipped.ruleSets, NG: { ...shipped.ruleSets.NG, RIDER: [['VOTER_CARD']] } } })).toThrow(
      /document types/,
    );
    expect(() => parseCountryConfig({ ...shipped, countries: { NG: { ...shipped.countries.NG, minimumWithdrawal: '10.5' } } })).toThrow(/minor units/);
  });
});
