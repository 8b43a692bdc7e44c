import { describe, expect, it } from 'vitest';
import { doneAt, settledWords, settleNote, tripName } from './settlement-words.ts';

const money = (amount: string, currency = 'NGN') => ({ amount, currency });

describe('settlement words', () => {
  it('names a trip by its kind and the start of its id', () => {
    expect(tripName({ id: '1a2b3c4d-0000-4000-8000-000000000000', serviceType: 'FOOD' })).toBe('Food order 1a2b3c4d');
  });

  it('dates a trip by its last step into completed or delivered, else by its request', () => {
    const step = (toStatus: 'IN_PROGRESS' | 'COMPLETED' | 'DELIVERED', at: string) => ({ fromStatus: null, toStatus, actorType: 'USER', actorId: 'x', at });
    expect(doneAt({ createdAt: 't0', transitions: [step('IN_PROGRESS', 't1'), step('COMPLETED', 't2')] })).toBe('t2');
    expect(doneAt({ createdAt: 't0', transitions: [step('DELIVERED', 't3')] })).toBe('t3');
    expect(doneAt({ createdAt: 't0', transitions: [] })).toBe('t0');
  });

  it("lists the shares the server recorded, in the payment's own words, and leaves out the ones it did not name", () => {
    expect(
      settledWords({ paymentMethod: 'ONLINE', fare: money('250000'), driverAmount: money('200000'), platformAmount: money('50000'), restaurantAmount: null }),
    ).toEqual([
      { label: 'Fare', money: money('250000') },
      { label: 'Driver’s share', money: money('200000') },
      { label: 'Platform commission', money: money('50000') },
    ]);
    expect(
      settledWords({ paymentMethod: 'CASH', fare: money('900'), driverAmount: money('180'), platformAmount: money('270'), restaurantAmount: money('450') }).map(
        (l) => l.label,
      ),
    ).toEqual(['Fare (paid to the driver in cash)', 'Restaurant’s share', 'Driver’s share', 'Commission now owed to the platform']);
  });

  it('says before a settle who is paid, and that a cash trip leaves its earners owing the commission', () => {
    expect(settleNote({ serviceType: 'RIDE', paymentMethod: 'ONLINE' })).toBe(
      'The held fare is taken from the customer’s wallet: the driver gets their share, the platform its commission.',
    );
    expect(settleNote({ serviceType: 'FOOD', paymentMethod: 'CASH' })).toBe(
      'The customer paid in cash, so the commission is recorded as what the restaurant and the driver owe the platform.',
    );
    expect(settleNote({ serviceType: 'PARCEL', paymentMethod: 'CASH' })).toMatch(/what the driver owes the platform/);
  });
});
