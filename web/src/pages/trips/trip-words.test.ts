import { expect, it } from 'vitest';
import { distanceWords, kindWord, paymentWords, statusLook } from './trip-words.ts';

it('says kinds and statuses in words', () => {
  expect([kindWord('RIDE'), kindWord('FOOD'), kindWord('PARCEL')]).toEqual(['Ride', 'Food order', 'Parcel']);
  expect(statusLook('SETTLED').label).toBe('Paid');
  expect(statusLook('CANCELLED_BY_RESTAURANT').label).toBe('Cancelled by the restaurant');
});

it('says how a trip is paid and where an online payment stands', () => {
  expect(paymentWords({ paymentMethod: 'CASH', holdState: 'NONE' })).toBe('Cash');
  expect(paymentWords({ paymentMethod: 'ONLINE', holdState: 'HELD' })).toBe('Wallet (amount on hold)');
  expect(paymentWords({ paymentMethod: 'ONLINE', holdState: 'SETTLED' })).toBe('Wallet (charged)');
  expect(paymentWords({ paymentMethod: 'ONLINE', holdState: 'NONE' })).toBe('Wallet');
});

it('says a distance in kilometres, or metres under one', () => {
  expect(distanceWords(8_300, 'en-GB')).toBe('8.3 km');
  expect(distanceWords(12_000, 'en-GB')).toBe('12 km');
  expect(distanceWords(450, 'en-GB')).toBe('450 m');
});
