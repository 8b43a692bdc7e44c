import { describe, expect, it } from 'vitest';
import { lastEndedWeek } from './last-ended-week.ts';

describe('lastEndedWeek', () => {
  it('is the Monday of the week before the current one, in UTC', () => {
    expect(lastEndedWeek(new Date('2026-11-28T10:00:00Z'))).toBe('2026-11-16'); // a Saturday
    expect(lastEndedWeek(new Date('2026-11-23T00:00:00Z'))).toBe('2026-11-16'); // the Monday after it ended
    expect(lastEndedWeek(new Date('2026-11-22T23:59:59Z'))).toBe('2026-11-09'); // its Sunday: not ended yet
  });
});
