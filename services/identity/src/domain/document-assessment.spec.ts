import { describe, expect, it } from '@jest/globals';
import { assessDocument, checkExpiry } from './document-assessment.ts';

const codeOf = (fn: () => unknown) => {
  try {
    fn();
    return 'OK';
  } catch (e) {
    return (e as { code?: string }).code;
  }
};

const residence = { line1: '12 Allen Avenue', city: 'Ikeja', state: 'Lagos', postalCode: null, countryCode: 'NG' };
const facts = (over: Partial<Parameters<typeof assessDocument>[0]> = {}): Parameters<typeof assessDocument>[0] => ({
  type: 'NIN',
  holderName: 'ADEBAYO Ada',
  holderAddress: null,
  legalName: { first: 'Ada', last: 'Adebayo' },
  residence,
  providerResult: 'MATCH',
  verifiable: true,
  ...over,
});
const reasons = (f: Parameters<typeof assessDocument>[0]) => assessDocument(f).flags.map((x) => x.reason);

describe('document expiry', () => {
  it('a licence or passport always has one; an expired document is refused', () => {
    expect(codeOf(() => checkExpiry('PASSPORT', null, '2026-11-21'))).toBe('INVALID_DATE');
    expect(codeOf(() => checkExpiry('DRIVER_LICENSE', null, '2026-11-21'))).toBe('INVALID_DATE');
    expect(codeOf(() => checkExpiry('NIN', null, '2026-11-21'))).toBe('OK');
    expect(codeOf(() => checkExpiry('PASSPORT', '2026-11-20', '2026-11-21'))).toBe('DOCUMENT_EXPIRED');
    expect(codeOf(() => checkExpiry('PASSPORT', '2026-11-21', '2026-11-21'))).toBe('OK'); // valid through its last day
    // No document runs 20 years: a later date is a slip.
    expect(codeOf(() => checkExpiry('DRIVER_LICENSE', '2046-11-21', '2026-11-21'))).toBe('OK');
    expect(codeOf(() => checkExpiry('DRIVER_LICENSE', '2046-11-22', '2026-11-21'))).toBe('INVALID_DATE');
    expect(codeOf(() => checkExpiry('NIN', '9999-12-31', '2026-11-21'))).toBe('INVALID_DATE');
  });
});

describe('how a document is assessed', () => {
  it('is verified automatically when the provider matches it and the holder is the legal name', () => {
    expect(assessDocument(facts())).toEqual({ nameMatches: true, addressMatches: null, status: 'VERIFIED', verificationMethod: 'automated', flags: [] });
  });
  it('waits for an admin, flagged, when the name differs or the provider did not match', () => {
    expect(assessDocument(facts({ holderName: 'Bola Adebayo' }))).toMatchObject({ nameMatches: false, status: 'PENDING', verificationMethod: null });
    expect(reasons(facts({ holderName: 'Bola Adebayo' }))).toEqual(['NAME_MISMATCH']);
    expect(reasons(facts({ providerResult: 'NO_MATCH' }))).toEqual(['PROVIDER_NO_MATCH']);
    expect(reasons(facts({ providerResult: 'UNAVAILABLE' }))).toEqual(['PROVIDER_UNAVAILABLE']);
    expect(assessDocument(facts({ providerResult: 'UNAVAILABLE' })).status).toBe('PENDING');
  });
  it('checks the address only when the document shows one; a different one is flagged but does not hold back verification', () => {
    expect(assessDocument(facts({ holderAddress: { ...residence, line1: '12 Allen Ave.' } })).addressMatches).toBe(true);
    const moved = assessDocument(facts({ holderAddress: { ...residence, city: 'Lekki' } }));
    expect(moved).toMatchObject({ addressMatches: false, status: 'VERIFIED' });
    expect(moved.flags.map((f) => f.reason)).toEqual(['ADDRESS_MISMATCH']);
  });
  it('never verifies a number under reuse review, whatever else matches', () => {
    expect(assessDocument(facts({ verifiable: false }))).toMatchObject({ status: 'PENDING', verificationMethod: null, flags: [] });
  });
  it('names every failed check at once, with words for the admin', () => {
    const a = assessDocument(
      facts({ type: 'PASSPORT', holderName: 'Someone Else', holderAddress: { ...residence, countryCode: 'GH' }, providerResult: 'NO_MATCH' }),
    );
    expect(a.flags).toEqual([
      { reason: 'NAME_MISMATCH', detail: 'the holder name on the PASSPORT does not match the legal name' },
      { reason: 'ADDRESS_MISMATCH', detail: 'the address on the PASSPORT does not match the residence address' },
      { reason: 'PROVIDER_NO_MATCH', detail: 'the verification provider could not match the PASSPORT' },
    ]);
  });
});
