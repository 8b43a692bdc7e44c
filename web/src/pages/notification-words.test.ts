import { expect, it } from 'vitest';
import { notificationWords } from './notification-words.ts';

it('says a refusal with what it means and where to act on it', () => {
  expect(notificationWords('DOCUMENT_REJECTED', 'NIN')).toEqual({
    title: 'Your NIN (National Identification Number) was rejected',
    detail: 'Your verification page says why, and what to send instead.',
    goTo: 'verification',
  });
  expect(notificationWords('PAYOUT_ACCOUNT_REJECTED', '****2450').title).toBe('Payout account ****2450 rejected');
  expect(notificationWords('PAYOUT_REJECTED', 'p-1')).toMatchObject({
    detail: 'The money is back in your available balance. Your wallet’s Payouts list says why.',
    goTo: 'wallet',
  });
});

it('never shows a code: an unknown kind reads as words', () => {
  expect(notificationWords('SOMETHING_NEW', '')).toEqual({ title: 'Something new' });
  expect(notificationWords('EARNING_CREDITED', 'e-1')).toEqual({ title: 'Earnings credited', direction: 'credit' });
});

it('says a restaurant’s netted commission was on cash orders, a driver’s on cash trips', () => {
  expect(notificationWords('COMMISSION_NETTED', '', 'RESTAURANT').detail).toContain('on cash orders');
  expect(notificationWords('COMMISSION_NETTED', '', 'DRIVER').detail).toContain('on cash trips');
});

it('calls a food order an order, not a trip', () => {
  expect(notificationWords('ORDER_PAID', 'e-1').title).toBe('Food order paid from your wallet');
  expect(notificationWords('TRIP_PAID', 'e-2').title).toBe('Trip paid from your wallet');
});

it('tells an earner of commission owed on a cash trip or order, and a customer of a held amount given back', () => {
  expect(notificationWords('COMMISSION_OWED', 'e-1', 'DRIVER')).toMatchObject({ title: 'Commission owed on a cash trip', goTo: 'wallet' });
  expect(notificationWords('COMMISSION_OWED', 'e-1', 'RESTAURANT').title).toBe('Commission owed on a cash order');
  expect(notificationWords('HOLD_RELEASED', 'e-2')).toMatchObject({ title: 'Held amount given back', goTo: 'wallet' });
});

it('says an admin’s refund and corrections in words, leading to the wallet where the reason is', () => {
  expect(notificationWords('REFUND_CREDITED', 'e-1', 'RIDER')).toMatchObject({ title: 'Refund received', goTo: 'wallet' });
  expect(notificationWords('WALLET_DEBITED', 'e-1', 'DRIVER')).toMatchObject({ title: 'Balance corrected: money taken', goTo: 'wallet' });
  expect(notificationWords('WALLET_CREDITED', 'e-1', 'DRIVER').title).toBe('Balance corrected: money added');
});

it('tells each one on a trip or order that support cancelled it in their own words, with its receipt', () => {
  expect(notificationWords('TRIP_CANCELLED_BY_SUPPORT', 't-1', 'DRIVER')).toMatchObject({ title: 'Support cancelled a trip you had taken', goTo: 'receipt' });
  expect(notificationWords('TRIP_CANCELLED_BY_SUPPORT', 't-1', 'RIDER').title).toBe('Support cancelled your trip');
  expect(notificationWords('ORDER_CANCELLED_BY_SUPPORT', 't-2', 'RESTAURANT').detail).toBe('Do not prepare or hand it over: it will not be paid.');
  expect(notificationWords('ORDER_CANCELLED_BY_SUPPORT', 't-2', 'DRIVER').title).toBe('Support cancelled an order you were delivering');
  expect(notificationWords('ORDER_CANCELLED_BY_SUPPORT', 't-2', 'RIDER').title).toBe('Support cancelled your food order');
  // Another party's cancel, in the reader's terms.
  expect(notificationWords('TRIP_CANCELLED_BY_DRIVER', 't-3', 'RIDER')).toMatchObject({ title: 'Your driver cancelled the trip', goTo: 'receipt' });
  expect(notificationWords('TRIP_CANCELLED_BY_RIDER', 't-3', 'DRIVER').detail).toBe('Do not go on to the pick-up: the trip is off.');
  expect(notificationWords('ORDER_CANCELLED_BY_CUSTOMER', 't-4', 'RESTAURANT').title).toBe('A customer cancelled an order');
  expect(notificationWords('ORDER_CANCELLED_BY_RESTAURANT', 't-4', 'DRIVER').title).toBe('The restaurant cancelled an order you had taken');
  expect(notificationWords('ORDER_CANCELLED_BY_RESTAURANT', 't-4', 'RIDER').title).toBe('The restaurant cancelled your food order');
});

it('signs money that came in or went out, and leaves money held or owed unsigned', () => {
  expect(notificationWords('FUNDS_ADDED', 'e-1').direction).toBe('credit');
  expect(notificationWords('TRIP_PAID', 'e-1').direction).toBe('debit');
  expect(notificationWords('HOLD_RELEASED', 't-1').direction).toBe('credit');
  expect(notificationWords('COMMISSION_OWED', 'e-1', 'DRIVER').direction).toBeUndefined();
  expect(notificationWords('PAYOUT_INITIATED', 'p-1').direction).toBeUndefined();
});
