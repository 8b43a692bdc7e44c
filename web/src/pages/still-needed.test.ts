import { expect, it } from 'vitest';
import { stillNeeded } from './still-needed.ts';

const profile = {} as NonNullable<Parameters<typeof stillNeeded>[0]['profile']>;

it('says what is missing in words, and a name or address no document matches yet', () => {
  expect(stillNeeded({ profile: null, missingRequirements: [], identityVerified: false, addressVerified: false })).toEqual([
    'Save your identity profile: legal name, date of birth and address.',
  ]);
  // A new driver sees the whole way at once: the profile, then the documents.
  expect(
    stillNeeded({
      profile: null,
      missingRequirements: ['MISSING_DOCUMENT:DRIVER_LICENSE', 'MISSING_DOCUMENT:NIN'],
      identityVerified: false,
      addressVerified: false,
    }),
  ).toEqual([
    'Save your identity profile: legal name, date of birth and address.',
    'Upload your driver’s licence.',
    'Upload your NIN (National Identification Number).',
  ]);
  expect(stillNeeded({ profile, missingRequirements: ['MISSING_DOCUMENT:NIN'], identityVerified: false, addressVerified: false })).toEqual([
    'Upload your NIN (National Identification Number).',
  ]);
  // Every document in, the address changed since: still something to do, and it is said.
  // Every document in, none showing an address: the way on is a document that shows it.
  expect(stillNeeded({ profile, missingRequirements: [], identityVerified: true, addressVerified: false })).toEqual([
    'Add a document that shows your address: fill in the address printed on it, as in your profile.',
  ]);
  // One that did not match is with an admin: nothing to do but wait.
  expect(
    stillNeeded({
      profile,
      missingRequirements: [],
      identityVerified: true,
      addressVerified: false,
      reviewFlags: [{ reason: 'ADDRESS_MISMATCH', status: 'OPEN' }],
    }),
  ).toEqual(['An admin is checking your address against your document.']);
  expect(stillNeeded({ profile, missingRequirements: [], identityVerified: true, addressVerified: true })).toEqual([]);
});
