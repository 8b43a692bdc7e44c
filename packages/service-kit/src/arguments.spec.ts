import { describe, expect, it } from '@jest/globals';
import { isCountryCode, optionalCountryCode, reportPeriod, requireCountryCode, requireDayRange, requireEndedWeek, requireWeekStart } from './arguments.ts';

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

describe('the week of a weekly run', () => {
  const now = new Date('2026-11-28T10:00:00Z'); // a Saturday in the week of 2026-11-23
  const codeOf = (isoDate: string) => {
    try {
      return requireEndedWeek('weekOf', isoDate, now);
    } catch (e) {
      return (e as { code: string }).code;
    }
  };
  it('is a week that has ended, within the last eight', () => {
    expect(codeOf('2026-11-22')).toBe('2026-11-16'); // last week's Sunday
    expect(codeOf('2026-09-28')).toBe('2026-09-28'); // eight weeks back
  });
  it('refuses this week, a future week, and history', () => {
    expect(codeOf('2026-11-23')).toBe('WEEK_NOT_ENDED');
    expect(codeOf('0001-01-01')).toBe('WEEK_TOO_OLD'); // a real date, if an old one: not "must be a date"
    expect(codeOf('0099-06-15')).toBe('WEEK_TOO_OLD');
    expect(codeOf('2026-11-28')).toBe('WEEK_NOT_ENDED');
    expect(codeOf('2027-01-04')).toBe('WEEK_NOT_ENDED');
    expect(codeOf('2026-09-27')).toBe('WEEK_TOO_OLD');
    expect(codeOf('1971-01-04')).toBe('WEEK_TOO_OLD');
    expect(codeOf('2026-02-30')).toBe('INVALID_ARGUMENT');
  });
  it('names a week too old by the date asked, however old', () => {
    expect(() => requireEndedWeek('weekOf', '0000-01-01', now)).toThrow(
      '0000-01-01 is more than 8 weeks ago; the earliest a run may name is the week of 2026-09-28',
    );
  });
});

describe('country arguments', () => {
  it('takes two capital letters, names the field otherwise, and reads an empty filter as every country', () => {
    expect(requireCountryCode('countryCode', 'NG')).toBe('NG');
    for (const bad of ['ng', 'NGA', 'N', '', undefined, 'N1'])
      expect(() => requireCountryCode('countryCode', bad)).toThrow('countryCode must be an ISO 3166 alpha-2 code (two capital letters, such as NG)');
    expect(optionalCountryCode('countryCode', '')).toBeNull();
    expect(optionalCountryCode('countryCode', undefined)).toBeNull();
    expect(optionalCountryCode('countryCode', 'BD')).toBe('BD');
    expect(() => optionalCountryCode('countryCode', 'bd')).toThrow('countryCode must be');
    expect(isCountryCode('US')).toBe(true);
    expect(isCountryCode(42)).toBe(false);
  });
});

describe('a report’s days and periods', () => {
  it('takes real days, both included, from not after to', () => {
    expect(requireDayRange('2026-11-01', '2026-11-30')).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(requireDayRange('2026-11-30', '2026-11-30')).toEqual({ from: '2026-11-30', to: '2026-11-30' });
    for (const [from, to] of [
      ['2026-11-01', undefined],
      ['yesterday', '2026-11-30'],
      ['2026-11-01T00:00:00Z', '2026-11-30'],
      ['2026-13-01', '2026-12-30'],
    ])
      expect(() => requireDayRange(from, to)).toThrow('from and to are dates as YYYY-MM-DD');
    expect(() => requireDayRange('2026-12-01', '2026-11-30')).toThrow('from must not be after to');
  });

  it('groups by day unless week or month is asked', () => {
    expect(reportPeriod('')).toBe('day');
    expect(reportPeriod('month')).toBe('month');
    expect(() => reportPeriod('year')).toThrow('groupBy must be day, week or month');
  });
});
