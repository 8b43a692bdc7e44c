import { expect, it } from 'vitest';
import { dayAndTimeInZone, readerZone } from './dates.ts';

it('says the time zone with a moment whose hour decides something, and names the reader’s zone', () => {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const shortZone = new Intl.DateTimeFormat(undefined, { timeZoneName: 'short' })
    .formatToParts(new Date('2026-11-30T14:32:00Z'))
    .find((p) => p.type === 'timeZoneName')!.value;
  expect(dayAndTimeInZone('2026-11-30T14:32:00Z')).toContain(shortZone);
  expect(dayAndTimeInZone('2026-11-30T14:32:00Z')).toContain('2026');
  expect(readerZone()).toBe(zone === 'Etc/UTC' ? 'UTC' : zone);
});
