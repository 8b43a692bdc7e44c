import { describe, expect, it } from '@jest/globals';
import type { Actor } from '@ziba/service-kit';
import { assertMayAct, maySee, nextActionsFor, partyOf, takesTrip, type TripParties } from './trip-access.ts';

const codeOf = (fn: () => unknown) => {
  try {
    return fn();
  } catch (e) {
    return (e as { code: string }).code;
  }
};

const user = (role: string, id = `${role.toLowerCase()}-1`): Actor => ({ type: 'USER', id, role });
const ride = (over: Partial<TripParties> = {}): TripParties => ({
  serviceType: 'RIDE',
  status: 'ACCEPTED',
  riderId: 'rider-1',
  driverId: 'driver-1',
  restaurantId: null,
  ...over,
});
const food = (over: Partial<TripParties> = {}): TripParties => ({
  serviceType: 'FOOD',
  status: 'PREPARING',
  riderId: 'rider-1',
  driverId: null,
  restaurantId: 'restaurant-1',
  ...over,
});

describe('who is acting on a trip', () => {
  it('is a rider, driver or restaurant by role, and staff or a job as SYSTEM', () => {
    expect(partyOf(user('RIDER'))).toEqual({ party: 'RIDER', id: 'rider-1' });
    expect(partyOf(user('DRIVER'))).toEqual({ party: 'DRIVER', id: 'driver-1' });
    expect(partyOf(user('RESTAURANT'))).toEqual({ party: 'RESTAURANT', id: 'restaurant-1' });
    expect(partyOf({ type: 'ADMIN', id: 'a-1' })).toEqual({ party: 'SYSTEM', id: 'a-1' });
    expect(partyOf({ type: 'SYSTEM', id: 'trip-settlement' })).toEqual({ party: 'SYSTEM', id: 'trip-settlement' });
  });
  it('refuses nobody, and a user of no trip role', () => {
    expect(codeOf(() => partyOf(null))).toBe('ACTION_NOT_ALLOWED');
    expect(codeOf(() => partyOf(user('ADMIN')))).toBe('ACTION_NOT_ALLOWED');
    expect(codeOf(() => partyOf({ type: 'USER', id: 'u-1' }))).toBe('ACTION_NOT_ALLOWED');
  });
});

describe('who sees a trip', () => {
  it('is staff and whoever is on it', () => {
    for (const id of ['rider-1', 'driver-1']) expect(maySee({ type: 'USER', id }, ride())).toBe(true);
    expect(maySee({ type: 'USER', id: 'restaurant-1' }, food())).toBe(true);
    expect(maySee({ type: 'ADMIN', id: 'a-1' }, ride())).toBe(true);
    expect(maySee({ type: 'SYSTEM', id: 'job' }, ride())).toBe(true);
  });
  it('is nobody else, and never because a field is empty', () => {
    expect(maySee({ type: 'USER', id: 'driver-2' }, ride())).toBe(false);
    expect(maySee(null, ride())).toBe(false);
    expect(maySee({ type: 'USER', id: 'driver-1' }, food())).toBe(false);
  });
});

describe('who may act on a trip', () => {
  it('the rider, restaurant and driver on it act on it; staff act on any', () => {
    expect(codeOf(() => assertMayAct(ride(), 'cancel', 'RIDER', 'rider-1'))).toBeUndefined();
    expect(codeOf(() => assertMayAct(ride(), 'arrive', 'DRIVER', 'driver-1'))).toBeUndefined();
    expect(codeOf(() => assertMayAct(food(), 'ready', 'RESTAURANT', 'restaurant-1'))).toBeUndefined();
    expect(codeOf(() => assertMayAct(ride(), 'cancel', 'SYSTEM', 'anyone'))).toBeUndefined();
  });
  it('a driver takes a trip nobody has taken, by the action that assigns a driver', () => {
    expect(takesTrip('DRIVER', 'accept', 'RIDE')).toBe(true);
    expect(takesTrip('DRIVER', 'accept_delivery', 'FOOD')).toBe(true);
    expect(takesTrip('DRIVER', 'accept', 'FOOD')).toBe(false); // the restaurant accepts a food order
    expect(takesTrip('RIDER', 'accept', 'RIDE')).toBe(false);
    expect(codeOf(() => assertMayAct(ride({ status: 'SEARCHING_DRIVER', driverId: null }), 'accept', 'DRIVER', 'driver-2'))).toBeUndefined();
    expect(codeOf(() => assertMayAct(food(), 'accept_delivery', 'DRIVER', 'driver-2'))).toBeUndefined();
  });
  it('a trip another driver took first is a conflict (ILLEGAL_TRANSITION), not a secret, and says so', () => {
    expect(codeOf(() => assertMayAct(ride(), 'accept', 'DRIVER', 'driver-2'))).toBe('ILLEGAL_TRANSITION');
    expect(codeOf(() => assertMayAct(food({ driverId: 'driver-1' }), 'accept_delivery', 'DRIVER', 'driver-2'))).toBe('ILLEGAL_TRANSITION');
    expect(() => assertMayAct(food({ driverId: 'driver-1' }), 'accept_delivery', 'DRIVER', 'driver-2')).toThrow(
      'another driver has already taken this delivery',
    );
  });
  it('a driver taking again a trip they took is refused, so the step is not recorded twice', () => {
    expect(() => assertMayAct(food({ driverId: 'driver-1' }), 'accept_delivery', 'DRIVER', 'driver-1')).toThrow('you have already taken this delivery');
    expect(codeOf(() => assertMayAct(ride(), 'accept', 'DRIVER', 'driver-1'))).toBe('ILLEGAL_TRANSITION');
  });
  it("someone else's trip is indistinguishable from none (TRIP_NOT_FOUND)", () => {
    expect(codeOf(() => assertMayAct(ride(), 'cancel', 'RIDER', 'rider-2'))).toBe('TRIP_NOT_FOUND');
    expect(codeOf(() => assertMayAct(ride(), 'arrive', 'DRIVER', 'driver-2'))).toBe('TRIP_NOT_FOUND');
    expect(codeOf(() => assertMayAct(ride({ driverId: null }), 'arrive', 'DRIVER', 'driver-2'))).toBe('TRIP_NOT_FOUND');
    expect(codeOf(() => assertMayAct(food(), 'ready', 'RESTAURANT', 'restaurant-2'))).toBe('TRIP_NOT_FOUND');
  });
});

describe('the steps a reader may take now', () => {
  it("are a restaurant's order steps one at a time, and the cancel it may still make", () => {
    const restaurant = user('RESTAURANT');
    expect(nextActionsFor(restaurant, food({ status: 'PLACED' }))).toEqual(['accept', 'cancel']);
    expect(nextActionsFor(restaurant, food({ status: 'ACCEPTED' }))).toEqual(['prepare', 'cancel']);
    expect(nextActionsFor(restaurant, food({ status: 'PREPARING' }))).toEqual(['ready', 'cancel']);
    expect(nextActionsFor(restaurant, food({ status: 'READY_FOR_PICKUP' }))).toEqual(['cancel']);
    expect(nextActionsFor(restaurant, food({ status: 'PICKED_UP' }))).toEqual([]);
    // Another restaurant's order offers it nothing.
    expect(nextActionsFor(user('RESTAURANT', 'restaurant-2'), food({ status: 'PLACED' }))).toEqual([]);
  });

  it("are a driver's next step on their own trip; taking a trip only while nobody has", () => {
    expect(nextActionsFor(user('DRIVER'), ride({ status: 'ACCEPTED' }))).toEqual(['arrive', 'cancel']);
    expect(nextActionsFor(user('DRIVER'), ride({ status: 'IN_PROGRESS' }))).toEqual(['complete', 'cancel']);
    expect(nextActionsFor(user('DRIVER', 'driver-2'), ride({ status: 'IN_PROGRESS' }))).toEqual([]);
    expect(nextActionsFor(user('DRIVER', 'driver-2'), ride({ status: 'SEARCHING_DRIVER', driverId: null }))).toEqual(['accept']);
    expect(nextActionsFor(user('DRIVER'), food({ status: 'PREPARING', driverId: 'driver-1' }))).toEqual([]);
    expect(nextActionsFor(user('DRIVER', 'driver-2'), food({ status: 'PREPARING' }))).toEqual(['accept_delivery']);
  });

  it("are the rider's cancel until the trip starts; nothing at the end", () => {
    expect(nextActionsFor(user('RIDER'), ride({ status: 'DRIVER_ARRIVING' }))).toEqual(['cancel']);
    expect(nextActionsFor(user('RIDER'), ride({ status: 'IN_PROGRESS' }))).toEqual([]);
    expect(nextActionsFor(user('RIDER'), ride({ status: 'COMPLETED' }))).toEqual([]);
    expect(nextActionsFor(user('RIDER'), food({ status: 'PICKED_UP' }))).toEqual([]);
    expect(nextActionsFor(null, ride())).toEqual([]);
  });

  it("are support's cancel for staff while a trip may still be cancelled: a picked-up parcel or food order too, nothing done", () => {
    const admin = { type: 'ADMIN' as const, id: 'a-1' };
    expect(nextActionsFor(admin, ride({ status: 'IN_PROGRESS' }))).toEqual(['cancel']);
    expect(nextActionsFor(admin, ride({ status: 'SEARCHING_DRIVER', driverId: null }))).toEqual(['cancel']);
    expect(nextActionsFor(admin, ride({ serviceType: 'PARCEL', status: 'ON_THE_WAY' }))).toEqual(['cancel']);
    expect(nextActionsFor(admin, food({ status: 'READY_FOR_PICKUP' }))).toEqual(['cancel']);
    expect(nextActionsFor(admin, food({ status: 'ON_THE_WAY' }))).toEqual(['cancel']);
    expect(nextActionsFor(admin, food({ status: 'DELIVERED' }))).toEqual([]);
    expect(nextActionsFor(admin, ride({ status: 'COMPLETED' }))).toEqual([]);
    expect(nextActionsFor({ type: 'SYSTEM', id: 'job' }, ride({ status: 'IN_PROGRESS' }))).toEqual([]);
  });
});
