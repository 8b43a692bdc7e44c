import { describe, expect, it } from '@jest/globals';
import { maskLongNumbers } from './free-text.ts';

describe('staff free text', () => {
  it('keeps an account or document number typed into it as its last four', () => {
    expect(maskLongNumbers('paid to 0123456789 at GTBank')).toBe('paid to ****6789 at GTBank');
    expect(maskLongNumbers('NIN 123 4567 8901 does not match')).toBe('NIN ****8901 does not match');
    expect(maskLongNumbers('SSN 123-45-6789 on the card')).toBe('SSN ****6789 on the card');
    expect(maskLongNumbers('two: 12345678, 876543210')).toBe('two: ****5678, ****3210');
    // Glued to letters, as licence and passport numbers are, or in another script's digits (a Bangladeshi NID in Bengali numerals).
    expect(maskLongNumbers('acct0123456789 closed')).toBe('acct****6789 closed');
    expect(maskLongNumbers('licence ABC12345DL79, passport EB1234567, A01234567.')).toBe('licence ****DL79, passport ****4567, A****4567.');
    expect(maskLongNumbers('AB1234567 890 on the card')).toBe('AB****7890 on the card');
    expect(maskLongNumbers('NID ১২৩৪৫৬৭৮৯০')).toBe('NID ****৭৮৯০');
  });

  it('leaves ids, dates, amounts, short numbers and words as written', () => {
    const kept = [
      'refund of 1,500,000 kobo for trip 42',
      'trip 3f2a1b4c-1234-5678-9abc-123456789012 and 12345678-abcd-4ef0-8123-456789abcdef',
      'called on 2026-11-28 1430 hours and on 28-11-2026 about ****4567',
      'NGN 15 000 000 in the quarter; refund of NGN150000, or 1500USD',
      'ends in 4567; 1234567 is seven digits; B12345 and COVID19 are short words',
      'the account ending 6789 is closed',
    ];
    for (const text of kept) expect(maskLongNumbers(text)).toBe(text);
  });
});
