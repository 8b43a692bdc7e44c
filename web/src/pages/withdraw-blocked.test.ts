import { expect, it } from 'vitest';
import { withdrawBlockedWords } from './withdraw-blocked.ts';

it('says when the hourly limit lifts, and every other reason in words', () => {
  const liftsAt = '2026-11-29T14:32:00Z';
  const at = new Date(liftsAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  expect(withdrawBlockedWords([], { reasons: ['VELOCITY_LIMIT'], velocityLimitLiftsAt: liftsAt })).toEqual([
    `You have made as many withdrawal requests as an hour allows; you can ask again at ${at}.`,
  ]);
  const words = withdrawBlockedWords(['DRIVER_NOT_VERIFIED'], { reasons: ['OPEN_PAYOUT_EXISTS'], velocityLimitLiftsAt: null });
  expect(words).toHaveLength(2);
  expect(words[1]).toBe('You already have a withdrawal in progress.');
  expect(withdrawBlockedWords([], undefined)).toEqual([]);
});
