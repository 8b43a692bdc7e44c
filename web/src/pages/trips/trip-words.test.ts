import { expect, it } from 'vitest';
import { distanceWords, isSettledOrCancelled, kindWord, paymentWords, statusLook, stepWords } from './trip-words.ts';

it('says kinds and statuses in words', () => {
  expect([kindWord('RIDE'), kindWord('FOOD'), kindWord('PARCEL')]).toEqual(['Ride', 'Food order', 'Parcel']);
  expect(statusLook('SETTLED').label).toBe('Settled');
  expect(statusLook('CANCELLED_BY_RESTAURANT').label).toBe('Cancelled by the restaurant');
  // A food order's acceptance is the restaurant's, not a driver's: a ride's is the driver's.
  expect(statusLook('ACCEPTED', 'FOOD').label).toBe('Accepted by the restaurant');
  expect(statusLook('ACCEPTED', 'RIDE').label).toBe('Accepted');
});

it('says how a trip is paid and where an online payment stands', () => {
  expect(paymentWords({ paymentMethod: 'CASH', holdState: 'NONE', status: 'COMPLETED' })).toBe('Cash');
  expect(paymentWords({ paymentMethod: 'ONLINE', holdState: 'HELD', status: 'IN_PROGRESS' })).toBe('Wallet (amount on hold)');
  expect(paymentWords({ paymentMethod: 'ONLINE', holdState: 'SETTLED', status: 'SETTLED' })).toBe('Wallet (charged)');
  expect(paymentWords({ paymentMethod: 'ONLINE', holdState: 'NONE', status: 'ACCEPTED' })).toBe('Wallet');
  // A trip cancelled before its fare was held says so; one cancelled after says the hold came back.
  expect(paymentWords({ paymentMethod: 'ONLINE', holdState: 'NONE', status: 'CANCELLED_BY_RIDER' })).toBe('Wallet (not charged)');
  expect(paymentWords({ paymentMethod: 'ONLINE', holdState: 'RELEASED', status: 'CANCELLED_BY_DRIVER' })).toBe('Wallet (hold given back)');
});

it('says a distance in kilometres, or metres under one', () => {
  expect(distanceWords(8_300, 'en-GB')).toBe('8.3 km');
  expect(distanceWords(12_000, 'en-GB')).toBe('12 km');
  expect(distanceWords(450, 'en-GB')).toBe('450 m');
});

it('says a step by the status it led to, and a driver taking a food order at the same status as an assignment', () => {
  const driverId = 'driver-1';
  const step = (fromStatus: string, toStatus: Parameters<typeof statusLook>[0], actorId = 'restaurant-1') => ({
    fromStatus,
    toStatus,
    actorType: 'USER',
    actorId,
  });
  expect(stepWords(step('', 'PLACED', 'rider-1'), driverId)).toBe('Placed');
  expect(stepWords(step('PREPARING', 'READY_FOR_PICKUP'), driverId)).toBe('Ready for pick-up');
  // accept_delivery: READY_FOR_PICKUP → READY_FOR_PICKUP (or at ACCEPTED, PREPARING) by the driver it assigns.
  expect(stepWords(step('READY_FOR_PICKUP', 'READY_FOR_PICKUP', driverId), driverId)).toBe('Driver assigned');
  expect(stepWords(step('PREPARING', 'PREPARING', driverId), driverId)).toBe('Driver assigned');
  expect(stepWords({ ...step('ACCEPTED', 'ACCEPTED', 'd2'), actorType: 'DRIVER' }, null)).toBe('Driver assigned');
  // A same-status step by someone else is still no second "Ready for pick-up".
  expect(stepWords(step('READY_FOR_PICKUP', 'READY_FOR_PICKUP', 'someone'), driverId)).toBe('Assigned');
  expect(stepWords(step('READY_FOR_PICKUP', 'READY_FOR_PICKUP', ''), '')).toBe('Assigned');
});

it('knows the statuses a trip never leaves', () => {
  expect([isSettledOrCancelled('SETTLED'), isSettledOrCancelled('CANCELLED_BY_RIDER'), isSettledOrCancelled('CANCELLED_BY_SYSTEM')]).toEqual([
    true,
    true,
    true,
  ]);
  expect([isSettledOrCancelled('COMPLETED'), isSettledOrCancelled('IN_PROGRESS'), isSettledOrCancelled('PLACED')]).toEqual([false, false, false]);
});
