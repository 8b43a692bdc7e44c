import { describe, expect, it } from '@jest/globals';
import { addressesMatch, namesMatch } from './matching.ts';

describe('name matching', () => {
  it('ignores case, punctuation, accents, spacing and order', () => {
    expect(namesMatch('Amaka', 'Okafor', 'OKAFOR, AMAKA')).toBe(true);
    expect(namesMatch('José', 'Núñez', 'jose  nunez')).toBe(true);
  });
  it('does not match another name or a missing part', () => {
    expect(namesMatch('Amaka', 'Okafor', 'Chidi Okafor')).toBe(false);
    expect(namesMatch('Amaka', 'Okafor', 'Okafor')).toBe(false);
  });
});

describe('address matching', () => {
  const home = { line1: '350 Fifth Avenue', city: 'New York', state: 'NY', postalCode: '10118', countryCode: 'US' };
  it('treats common abbreviations and punctuation as equal', () => {
    expect(addressesMatch(home, { ...home, line1: '350 fifth ave.', city: 'NEW YORK' })).toBe(true);
    expect(addressesMatch({ ...home, line1: '12 Admiralty Road' }, { ...home, line1: '12, Admiralty Rd' })).toBe(true);
  });
  it('compares state and postal code only where both have one', () => {
    expect(addressesMatch(home, { ...home, state: null, postalCode: null })).toBe(true);
    expect(addressesMatch(home, { ...home, postalCode: '10001' })).toBe(false);
  });
  it('takes a US state by its name or its postal code, and still tells two states apart', () => {
    expect(addressesMatch({ ...home, state: 'IL' }, { ...home, state: 'Illinois' })).toBe(true);
    expect(addressesMatch(home, { ...home, state: 'new york' })).toBe(true);
    expect(addressesMatch({ ...home, state: 'NC' }, { ...home, state: 'North Carolina' })).toBe(true);
    expect(addressesMatch({ ...home, state: 'DC' }, { ...home, state: 'District of Columbia' })).toBe(true);
    expect(addressesMatch({ ...home, state: 'NC' }, { ...home, state: 'South Carolina' })).toBe(false);
    expect(addressesMatch(home, { ...home, state: 'New Jersey' })).toBe(false);
  });
  it('finds a different street, city or country', () => {
    expect(addressesMatch(home, { ...home, line1: '351 Fifth Avenue' })).toBe(false);
    expect(addressesMatch(home, { ...home, city: 'Boston' })).toBe(false);
    expect(addressesMatch(home, { ...home, countryCode: 'CA' })).toBe(false);
  });
});
