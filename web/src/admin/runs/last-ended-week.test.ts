import { describe, expect, it } from 'vitest';
import { lastEndedWeek, mondayOf, weekHasEnded } from './last-ended-week.ts';

describe('lastEndedWeek', () => {
  it('is the Monday of the week before the current one, in UTC', () => {
    expect(lastEndedWeek(new Date('2026-11-28T10:00:00Z'))).toBe('2026-11-16'); // a Saturday
    expect(lastEndedWeek(new Date('2026-11-23T00:00:00Z'))).toBe('2026-11-16'); // the Monday after it ended
    expect(lastEndedWeek(new Date('2026-11-22T23:59:59Z'))).toBe('2026-11-09'); // its Sunday: not ended yet
  });
});

describe('mondayOf', () => {
  it('names the week a day is in by its Monday, as the run does', () => {
    expect(mondayOf('2026-11-26')).toBe('2026-11-23'); // a Thursday
    expect(mondayOf('2026-11-23')).toBe('2026-11-23');
    expect(mondayOf('2026-11-29')).toBe('2026-11-23'); // a Sunday ends the week
    expect(mondayOf('2026-03-01')).toBe('2026-02-23'); // across a month
  });
});

describe('weekHasEnded', () => {
  it('is true up to the last ended week, false for the current week and later', () => {
    const saturday = new Date('2026-11-28T10:00:00Z');
    expect(weekHasEnded('2026-11-22', saturday)).toBe(true); // the Sunday of the week before
    expect(weekHasEnded('2026-11-23', saturday)).toBe(false); // the current week
    expect(weekHasEnded('2027-03-01', saturday)).toBe(false);
  });
});
