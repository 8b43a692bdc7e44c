import { describe, expect, it } from '@jest/globals';
import { isIssuingCountry, normaliseDocumentNumber, requireIssuedWhereUsed } from './documents.ts';

const codeOf = (fn: () => unknown) => {
  try {
    fn();
    return 'OK';
  } catch (e) {
    return (e as { code?: string }).code;
  }
};

describe('document numbers', () => {
  it('drop spaces, dashes, dots and case before hashing', () => {
    expect(normaliseDocumentNumber('NIN', 'NG', '123 4567-8901')).toBe('12345678901');
    expect(normaliseDocumentNumber('DRIVER_LICENSE', 'NG', 'abc-123.45')).toBe('ABC12345');
    expect(normaliseDocumentNumber('PASSPORT', 'GH', 'g1234 567')).toBe('G1234567');
  });

  it('read a 17-digit Bangladesh NID as its 13-digit form; a 10-digit NID stays itself', () => {
    expect(normaliseDocumentNumber('NID', 'BD', '1990 1234567890123')).toBe('1234567890123');
    expect(normaliseDocumentNumber('NID', 'BD', '1234567890123')).toBe('1234567890123');
    expect(normaliseDocumentNumber('NID', 'BD', '1234567890')).toBe('1234567890');
    // Typed in Bengali digits, as the card prints them: the same number, the same card.
    expect(normaliseDocumentNumber('NID', 'BD', '১৯৯০ ১২৩৪৫৬৭৮৯০১২৩')).toBe('1234567890123');
  });

  it('refuse malformed numbers and national documents of another country', () => {
    expect(codeOf(() => normaliseDocumentNumber('NIN', 'NG', '1234567890'))).toBe('INVALID_DOCUMENT_NUMBER');
    expect(codeOf(() => normaliseDocumentNumber('NID', 'BD', '123456789012'))).toBe('INVALID_DOCUMENT_NUMBER');
    expect(codeOf(() => normaliseDocumentNumber('SSN_LAST4', 'US', '12345'))).toBe('INVALID_DOCUMENT_NUMBER');
    expect(codeOf(() => normaliseDocumentNumber('NIN', 'BD', '12345678901'))).toBe('DOCUMENT_NOT_ISSUED_IN_COUNTRY');
    expect(codeOf(() => normaliseDocumentNumber('DRIVER_LICENSE', 'NG', 'A1<script>'))).toBe('INVALID_DOCUMENT_NUMBER');
  });

  it('never echo the number in the error', () => {
    try {
      normaliseDocumentNumber('NIN', 'NG', '98765');
    } catch (e) {
      expect((e as Error).message).not.toContain('98765');
    }
  });
});

describe('where a document comes from', () => {
  it('is a country that issues documents, and a driver licence is the one of the country driven in', () => {
    expect(['NG', 'US', 'BD', 'GH', 'GB', 'XK'].filter(isIssuingCountry)).toEqual(['NG', 'US', 'BD', 'GH', 'GB', 'XK']);
    expect(['QQ', 'ZZ', 'AA', 'EU', 'UN', 'XA', 'ng', 'NGA', ''].filter(isIssuingCountry)).toEqual([]);
    // Withdrawn codes name a country that has another now: FX for FR, BU for MM, YU for RS.
    expect(['FX', 'BU', 'YU', 'SU', 'AQ'].filter(isIssuingCountry)).toEqual([]);
    expect(codeOf(() => requireIssuedWhereUsed('DRIVER_LICENSE', 'US', 'NG'))).toBe('DOCUMENT_NOT_ISSUED_IN_COUNTRY');
    expect(codeOf(() => requireIssuedWhereUsed('DRIVER_LICENSE', 'NG', 'NG'))).toBe('OK');
    // A passport may be any country's (a foreign national living here).
    expect(codeOf(() => requireIssuedWhereUsed('PASSPORT', 'GB', 'NG'))).toBe('OK');
  });
});
