import { describe, expect, it } from '@jest/globals';
import { ACTIONS, actionsOpenTo, isStepOf, nextStatus, refuseOtherMarket, TripErrors, type Party, type ServiceType, type TripStatus } from './trip-state.ts';

const codeOf = (fn: () => unknown) => {
  try {
    return fn();
  } catch (e) {
    return (e as { code: string }).code;
  }
};

describe('trip state machines', () => {
  it('a ride runs accept, arrive, start, complete; only the driver moves it', () => {
    expect(nextStatus('RIDE', 'SEARCHING_DRIVER', 'accept', 'DRIVER')).toBe('ACCEPTED');
    expect(nextStatus('RIDE', 'ACCEPTED', 'arrive', 'DRIVER')).toBe('DRIVER_ARRIVING');
    expect(nextStatus('RIDE', 'DRIVER_ARRIVING', 'start', 'DRIVER')).toBe('IN_PROGRESS');
    expect(nextStatus('RIDE', 'IN_PROGRESS', 'complete', 'DRIVER')).toBe('COMPLETED');
    expect(codeOf(() => nextStatus('RIDE', 'IN_PROGRESS', 'complete', 'RIDER'))).toBe('ACTION_NOT_ALLOWED');
  });

  it('a parcel is picked up, on the way, delivered', () => {
    expect(nextStatus('PARCEL', 'ACCEPTED', 'pick_up', 'DRIVER')).toBe('PICKED_UP');
    expect(nextStatus('PARCEL', 'PICKED_UP', 'on_the_way', 'DRIVER')).toBe('ON_THE_WAY');
    expect(nextStatus('PARCEL', 'ON_THE_WAY', 'deliver', 'DRIVER')).toBe('DELIVERED');
    expect(codeOf(() => nextStatus('PARCEL', 'ACCEPTED', 'start', 'DRIVER'))).toBe('UNKNOWN_ACTION');
  });

  it('cancelling names who cancelled, and is refused once completed or settled', () => {
    expect(nextStatus('RIDE', 'DRIVER_ARRIVING', 'cancel', 'RIDER')).toBe('CANCELLED_BY_RIDER');
    expect(nextStatus('RIDE', 'ACCEPTED', 'cancel', 'DRIVER')).toBe('CANCELLED_BY_DRIVER');
    expect(nextStatus('RIDE', 'IN_PROGRESS', 'cancel', 'DRIVER')).toBe('CANCELLED_BY_DRIVER');
    expect(nextStatus('PARCEL', 'ON_THE_WAY', 'cancel', 'SYSTEM')).toBe('CANCELLED_BY_SYSTEM');
    for (const s of ['COMPLETED', 'SETTLED', 'CANCELLED_BY_RIDER'] as const)
      expect(codeOf(() => nextStatus('RIDE', s, 'cancel', 'RIDER'))).toBe('ILLEGAL_TRANSITION');
  });

  it('the customer cancels only until the work begins (and the fare is held); the driver, restaurant or support still may', () => {
    const customerCancel = (type: 'RIDE' | 'PARCEL' | 'FOOD', from: TripStatus) => {
      try {
        return nextStatus(type, from, 'cancel', 'RIDER');
      } catch (e) {
        return `${(e as { code: string }).code}: ${(e as Error).message}`;
      }
    };
    expect(customerCancel('RIDE', 'IN_PROGRESS')).toBe(
      'ILLEGAL_TRANSITION: this ride has started, so it can no longer be cancelled from the app; the driver finishes it, or contact support',
    );
    expect(customerCancel('PARCEL', 'ACCEPTED')).toBe('CANCELLED_BY_RIDER');
    expect(customerCancel('PARCEL', 'PICKED_UP')).toMatch(/^ILLEGAL_TRANSITION: this parcel has been picked up/);
    expect(customerCancel('FOOD', 'PLACED')).toBe('CANCELLED_BY_RIDER');
    expect(customerCancel('FOOD', 'ACCEPTED')).toMatch(/^ILLEGAL_TRANSITION: the restaurant has accepted this order/);
    expect(nextStatus('FOOD', 'PREPARING', 'cancel', 'RESTAURANT')).toBe('CANCELLED_BY_RESTAURANT');
    // Once the driver has the food, the restaurant is told support ends it; support may.
    expect(() => nextStatus('FOOD', 'PICKED_UP', 'cancel', 'RESTAURANT')).toThrow('the driver has picked up this order');
    expect(nextStatus('FOOD', 'ON_THE_WAY', 'cancel', 'SYSTEM')).toBe('CANCELLED_BY_SYSTEM');
    // A step out of turn names the status in words: support's second cancel is told the trip is cancelled already.
    expect(customerCancel('RIDE', 'CANCELLED_BY_SYSTEM')).toBe('ILLEGAL_TRANSITION: cannot cancel a trip that is cancelled by support');
    expect(customerCancel('PARCEL', 'CANCELLED_BY_RIDER')).toBe('ILLEGAL_TRANSITION: cannot cancel a trip that is cancelled by the customer');
    expect(customerCancel('FOOD', 'DELIVERED')).toBe('ILLEGAL_TRANSITION: cannot cancel a trip that is delivered');
    expect(() => nextStatus('RIDE', 'SEARCHING_DRIVER', 'complete', 'DRIVER')).toThrow('cannot complete a trip that is waiting for a driver');
    // The customer's own page offers no cancel it would refuse.
    expect(actionsOpenTo('RIDE', 'IN_PROGRESS', 'RIDER')).toEqual([]);
    expect(actionsOpenTo('RIDE', 'DRIVER_ARRIVING', 'RIDER')).toEqual(['cancel']);
    expect(actionsOpenTo('FOOD', 'ACCEPTED', 'RIDER')).toEqual([]);
  });

  it('a parcel’s driver cancels only until the goods are picked up; then support cancels it', () => {
    expect(nextStatus('PARCEL', 'ACCEPTED', 'cancel', 'DRIVER')).toBe('CANCELLED_BY_DRIVER');
    for (const from of ['PICKED_UP', 'ON_THE_WAY'] as const) {
      expect(() => nextStatus('PARCEL', from, 'cancel', 'DRIVER')).toThrow(
        'you have picked up this parcel, so it can no longer be cancelled from the app; deliver it, or contact support to return it',
      );
      expect(actionsOpenTo('PARCEL', from, 'DRIVER')).not.toContain('cancel');
      expect(nextStatus('PARCEL', from, 'cancel', 'SYSTEM')).toBe('CANCELLED_BY_SYSTEM');
    }
    // A ride's driver may still end it under way (the rider is with them, not their goods).
    expect(nextStatus('RIDE', 'IN_PROGRESS', 'cancel', 'DRIVER')).toBe('CANCELLED_BY_DRIVER');
  });

  it('nothing skips a step', () => {
    expect(codeOf(() => nextStatus('RIDE', 'SEARCHING_DRIVER', 'start', 'DRIVER'))).toBe('ILLEGAL_TRANSITION');
    expect(codeOf(() => nextStatus('RIDE', 'ACCEPTED', 'complete', 'DRIVER'))).toBe('ILLEGAL_TRANSITION');
  });
});

describe('terminal states', () => {
  const TERMINAL: TripStatus[] = ['SETTLED', 'CANCELLED_BY_RIDER', 'CANCELLED_BY_DRIVER', 'CANCELLED_BY_RESTAURANT', 'CANCELLED_BY_SYSTEM'];
  const PARTIES: Party[] = ['RIDER', 'DRIVER', 'RESTAURANT', 'SYSTEM'];
  it.each(['RIDE', 'PARCEL', 'FOOD'] as ServiceType[])('a %s never leaves a terminal state by any action of anyone', (type) => {
    for (const from of TERMINAL) {
      for (const action of ACTIONS) {
        for (const party of PARTIES)
          expect(codeOf(() => nextStatus(type, from, action, party))).toMatch(/^(ILLEGAL_TRANSITION|ACTION_NOT_ALLOWED|UNKNOWN_ACTION)$/);
      }
    }
  });
});

describe('who may take a trip', () => {
  const trip = { countryCode: 'US', currency: 'USD', mode: 'live' as const };
  it('is someone of its country, currency and mode', () => {
    expect(codeOf(() => refuseOtherMarket({ countryCode: 'US', currency: 'USD', testMode: false }, trip))).toBeUndefined();
    expect(codeOf(() => refuseOtherMarket({ countryCode: 'NG', currency: 'NGN', testMode: false }, trip))).toBe('DRIVER_COUNTRY_MISMATCH');
    expect(codeOf(() => refuseOtherMarket({ countryCode: 'US', currency: 'NGN', testMode: false }, trip))).toBe('DRIVER_COUNTRY_MISMATCH');
    expect(codeOf(() => refuseOtherMarket({ countryCode: 'US', currency: 'USD', testMode: true }, trip))).toBe('MODE_MISMATCH');
    expect(codeOf(() => refuseOtherMarket({ countryCode: 'US', currency: 'USD', testMode: false }, { ...trip, mode: 'test' }))).toBe('MODE_MISMATCH');
  });
});

describe('isStepOf: whether a step recorded under an Idempotency-Key is what a retried action does', () => {
  it('is the step the action by that party takes from where it started, and nothing else', () => {
    expect(isStepOf('RIDE', { from: 'ACCEPTED', to: 'DRIVER_ARRIVING' }, 'arrive', 'DRIVER')).toBe(true);
    expect(isStepOf('RIDE', { from: 'DRIVER_ARRIVING', to: 'IN_PROGRESS' }, 'start', 'DRIVER')).toBe(true);
    expect(isStepOf('RIDE', { from: 'SEARCHING_DRIVER', to: 'CANCELLED_BY_RIDER' }, 'cancel', 'RIDER')).toBe(true);
    expect(isStepOf('RIDE', { from: 'ACCEPTED', to: 'DRIVER_ARRIVING' }, 'complete', 'DRIVER')).toBe(false); // another action
    expect(isStepOf('RIDE', { from: 'SEARCHING_DRIVER', to: 'CANCELLED_BY_RIDER' }, 'cancel', 'DRIVER')).toBe(false); // another party's cancel
    expect(isStepOf('RIDE', { from: null, to: 'REQUESTED' }, 'cancel', 'RIDER')).toBe(false); // a creation is no step of an action
  });
});

describe('a driver on another trip', () => {
  it('is told what frees them: a ride they may cancel, a parcel they may cancel until picked up, a food order they deliver (its driver cannot cancel it)', () => {
    expect(TripErrors.driverBusy('RIDE').message).toBe('finish or cancel your current ride before taking another');
    expect(TripErrors.driverBusy('PARCEL').message).toBe('deliver your current parcel, or cancel it if you have not picked it up, before taking another');
    expect(TripErrors.driverBusy('FOOD').message).toMatch(/^deliver the food order you have taken before taking another trip/);
    expect(() => nextStatus('FOOD', 'PREPARING', 'cancel', 'DRIVER')).toThrow(); // why the words differ
  });
});
