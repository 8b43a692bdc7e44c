import { describe, expect, it } from '@jest/globals';
import { initialMethodStatus, maskAccountNumber, methodReviewFlags, normaliseAccountNumber } from './account-number.ts';

describe('account numbers', () => {
  it('keeps digits only and shows the last four', () => {
    expect(normaliseAccountNumber('0123 456-789')).toBe('0123456789');
    expect(() => normaliseAccountNumber('12345')).toThrow(expect.objectContaining({ code: 'INVALID_ACCOUNT_NUMBER' }));
    expect(maskAccountNumber('0123456789')).toBe('****6789');
  });

  it('sends a method to review when the holder is not the legal name or another earner ever had the number', () => {
    expect(initialMethodStatus({ holderIsLegalName: true, usedByAnotherEarner: false })).toBe('VERIFIED');
    expect(initialMethodStatus({ holderIsLegalName: false, usedByAnotherEarner: false })).toBe('PENDING_REVIEW');
    expect(initialMethodStatus({ holderIsLegalName: true, usedByAnotherEarner: true })).toBe('PENDING_REVIEW');
  });

  it('names for the reviewer every reason a method waits', () => {
    expect(methodReviewFlags({ holderIsLegalName: true, usedByAnotherEarner: false })).toEqual([]);
    expect(methodReviewFlags({ holderIsLegalName: false, usedByAnotherEarner: true })).toEqual([
      'ACCOUNT_NAME_NOT_LEGAL_NAME',
      'ACCOUNT_NUMBER_OF_ANOTHER_EARNER',
    ]);
  });
});
