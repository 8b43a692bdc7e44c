import { describe, expect, it } from 'vitest';
import { problemWords, reasonWords } from './problem-words.ts';

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

describe('problemWords', () => {
  it('tells a user to come back in words, not with the server’s mention of headers and keys', () => {
    const busy = {
      type: 'about:blank',
      title: 'Too Many Requests',
      status: 429,
      code: 'DATABASE_BUSY',
      detail: 'the database is busy; retry shortly with the same Idempotency-Key',
    };
    expect(problemWords(busy)).toEqual(['We are very busy right now. Wait a moment, then try again.']);
    expect(problemWords({ ...busy, status: 503, code: 'DEPENDENCY_UNAVAILABLE', detail: 'wallet-ledger failed' })).toEqual([
      'This is briefly unavailable. Wait a moment, then try again.',
    ]);
  });

  it('says a link to something missing, or another account’s, in words instead of the server’s “no such trip”', () => {
    const missing = { type: 'about:blank', title: 'Not Found', status: 404, code: 'TRIP_NOT_FOUND', detail: 'no such trip' };
    expect(problemWords(missing)).toEqual(['This trip or order was not found: the link may be wrong or out of date.']);
  });

  it('says an address whose id cannot be one is a dead link, not the schema’s words', () => {
    const badId = { type: 'about:blank', title: 'Bad Request', status: 400, code: 'VALIDATION_FAILED', detail: 'params tripId must match format "uuid"' };
    expect(problemWords(badId)).toEqual([
      'The id in this address is incomplete or mistyped (a short id from a list is not enough). Open it from its list, or paste its full id.',
    ]);
  });
});
