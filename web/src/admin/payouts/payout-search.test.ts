import { expect, it } from 'vitest';
import { listSearchToReturnTo, orderOf, parsePayoutSearch, payoutQuery, rememberListSearch } from './payout-search.ts';

it('opens on pending payouts, keeps a chosen status, and asks for every status when ANY is chosen', () => {
  expect(parsePayoutSearch({}).status).toBe('PENDING');
  expect(parsePayoutSearch({ status: 'PAID' }).status).toBe('PAID');
  expect(parsePayoutSearch({ status: 'ANY' }).status).toBe('ANY');
  expect(payoutQuery(parsePayoutSearch({ status: 'ANY', countryCode: 'NG' }))).toMatchObject({ status: undefined, countryCode: 'NG' });
  expect(payoutQuery(parsePayoutSearch({ status: 'PAID' })).status).toBe('PAID');
  // Anything else in the URL is dropped, not sent on.
  expect(parsePayoutSearch({ status: 'PENDING; drop', country: 'NG' })).not.toHaveProperty('country');
});

it('returns to the list the admin came from, whatever this tab kept', () => {
  expect(listSearchToReturnTo()).toEqual(parsePayoutSearch({}));
  rememberListSearch({ status: 'FAILED', mode: 'test' });
  expect(listSearchToReturnTo()).toMatchObject({ status: 'FAILED', mode: 'test' });
  sessionStorage.setItem('ziba-admin-payouts-search', '{not json');
  expect(listSearchToReturnTo()).toEqual(parsePayoutSearch({}));
});

it('a queue of payouts waiting is oldest first, a history newest first, unless the URL says', () => {
  expect(payoutQuery(parsePayoutSearch({})).order).toBe('oldest');
  expect(orderOf(parsePayoutSearch({ status: 'FAILED' }))).toBe('oldest');
  expect(orderOf(parsePayoutSearch({ status: 'PAID' }))).toBe('newest');
  expect(orderOf(parsePayoutSearch({ status: 'ANY' }))).toBe('newest');
  expect(payoutQuery(parsePayoutSearch({ order: 'newest' })).order).toBe('newest');
  expect(parsePayoutSearch({ order: 'random' }).order).toBeUndefined();
});
