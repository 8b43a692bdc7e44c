import { describe, expect, it } from 'vitest';
import { reasonWords } from './problem-words.ts';

describe('reasonWords', () => {
  it('names the documents identity asks for, alternatives joined by "or"', () => {
    expect(reasonWords(['MISSING_DOCUMENT:NIN'])).toEqual(['Upload your NIN (National Identification Number).']);
    expect(reasonWords(['MISSING_DOCUMENT:NID|PASSPORT'])).toEqual(['Upload your national ID card or passport.']);
    expect(reasonWords(['DOCUMENT_EXPIRED:DRIVER_LICENSE'])).toEqual(['Your driver’s licence has expired; upload a current one.']);
  });

  it('says the known reasons in words and never shows an unknown code as a shout', () => {
    expect(reasonWords(['IDENTITY_NOT_VERIFIED', 'SOMETHING_NEW'])).toEqual(['Your identity is not verified yet.', 'something new']);
    expect(reasonWords(['OPEN_PAYOUT_EXISTS'])).toEqual(['You already have a withdrawal in progress.']);
    expect(reasonWords([])).toEqual([]);
  });
});
