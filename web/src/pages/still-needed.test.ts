import { expect, it } from 'vitest';
import { stillNeeded } from './still-needed.ts';

const profile = {} as NonNullable<Parameters<typeof stillNeeded>[0]['profile']>;

it('says what is missing in words, and a name or address no document matches yet', () => {
  expect(stillNeeded({ profile: null, missingRequirements: [], identityVerified: false, addressVerified: false })).toEqual([
    'Save your identity profile: legal name, date of birth and address.',
  ]);
  expect(stillNeeded({ profile, missingRequirements: ['MISSING_DOCUMENT:NIN'], identityVerified: false, addressVerified: false })).toEqual([
    'Upload your NIN (National Identification Number).',
  ]);
  // Every document in, the address changed since: still something to do, and it is said.
  expect(stillNeeded({ profile, missingRequirements: [], identityVerified: true, addressVerified: false })).toEqual([
    'Your address must match a verified document that shows it; an admin reviews it if it does not.',
  ]);
  expect(stillNeeded({ profile, missingRequirements: [], identityVerified: true, addressVerified: true })).toEqual([]);
});
