import { expect, it } from 'vitest';
import { parsePayoutSearch, payoutQuery } from './payout-search.ts';

it('opens on pending payouts, keeps a chosen status, and asks for every status when ANY is chosen', () => {
  expect(parsePayoutSearch({}).status).toBe('PENDING');
  expect(parsePayoutSearch({ status: 'PAID' }).status).toBe('PAID');
  expect(parsePayoutSearch({ status: 'ANY' }).status).toBe('ANY');
  expect(payoutQuery(parsePayoutSearch({ status: 'ANY', countryCode: 'NG' }))).toMatchObject({ status: undefined, countryCode: 'NG' });
  expect(payoutQuery(parsePayoutSearch({ status: 'PAID' })).status).toBe('PAID');
  // Anything else in the URL is dropped, not sent on.
  expect(parsePayoutSearch({ status: 'PENDING; drop', country: 'NG' })).not.toHaveProperty('country');
});
