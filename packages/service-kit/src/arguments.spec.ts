import { describe, expect, it } from '@jest/globals';
import { requireWeekStart } from './arguments.ts';

describe('a week argument', () => {
  it('is named by any date in it, and starts on Monday (UTC)', () => {
    expect(requireWeekStart('weekOf', '2026-11-21')).toBe('2026-11-16'); // a Saturday
    expect(requireWeekStart('weekOf', '2026-11-16')).toBe('2026-11-16');
    expect(requireWeekStart('weekOf', '2026-11-22')).toBe('2026-11-16'); // Sunday ends the week
    expect(requireWeekStart('weekOf', '2027-01-01')).toBe('2026-12-28'); // across a year
  });
  it.each(['2026-02-30', '2026-1-5', '05/01/2026', '2026-W05', '', undefined])('refuses %p with INVALID_ARGUMENT', (value) => {
    expect(() => requireWeekStart('weekOf', value)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});
