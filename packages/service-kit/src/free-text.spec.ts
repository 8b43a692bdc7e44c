import { describe, expect, it } from '@jest/globals';
import { maskLongNumbers } from './free-text.ts';

describe('staff free text', () => {
  it('keeps an account or document number typed into it as its last four', () => {
    expect(maskLongNumbers('paid to 0123456789 at GTBank')).toBe('paid to ****6789 at GTBank');
    expect(maskLongNumbers('NIN 123 4567 8901 does not match')).toBe('NIN ****8901 does not match');
    expect(maskLongNumbers('SSN 123-45-6789 on the card')).toBe('SSN ****6789 on the card');
    expect(maskLongNumbers('two: 12345678, 876543210')).toBe('two: ****5678, ****3210');
  });

  it('leaves amounts, short numbers, dates and codes as written', () => {
    const kept = [
      'refund of 1,500,000 kobo for trip 42',
      'called on 2026-11-28 about ****4567',
      'ends in 4567; 1234567 is seven digits',
      'reference FT26112800012345 from the bank',
      'the account ending 6789 is closed',
    ];
    for (const text of kept) expect(maskLongNumbers(text)).toBe(text);
  });
});
