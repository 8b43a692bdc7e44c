import { expect, it } from 'vitest';
import { kycEmpty, kycQuery, parseKycSearch } from './kyc-search.ts';

it('opens on pending review, keeps a chosen status, and asks for every status when ANY is chosen', () => {
  expect(parseKycSearch({})).toEqual({ status: 'PENDING_REVIEW', q: undefined });
  expect(parseKycSearch({ status: 'REJECTED', q: ' ngozi@ ' })).toEqual({ status: 'REJECTED', q: 'ngozi@' });
  expect(kycQuery(parseKycSearch({ status: 'ANY', q: 'ngozi@' }))).toEqual({ q: 'ngozi@' });
  expect(kycQuery(parseKycSearch({}))).toEqual({ status: 'PENDING_REVIEW' });
  // A look-up of one user by a link that names no status finds them whatever their status.
  expect(kycQuery(parseKycSearch({ q: 'ngozi@example.com' }))).toEqual({ q: 'ngozi@example.com' });
  // An unknown status opens the queue as a bare address does (the select shows it); anything else in the URL is dropped.
  expect(kycQuery(parseKycSearch({ status: 'PENDING; drop', country: 'NG' }))).toEqual({ status: 'PENDING_REVIEW' });
});

it('says what an empty list was filtered by', () => {
  expect(kycEmpty({ status: 'PENDING_REVIEW' })).toBe('Nobody with status Pending review.');
  expect(kycEmpty({ status: 'ANY', q: 'ngozi@' })).toBe('No user matches “ngozi@”.');
  expect(kycEmpty({ status: 'VERIFIED', q: 'ngozi@' })).toBe('No user matches “ngozi@” with status Verified.');
});
