import { describe, expect, it } from 'vitest';
import { cancelNote, stepLabel } from './step-words.ts';

describe('step words', () => {
  it('names each step for what it is done to', () => {
    expect(stepLabel('accept', { serviceType: 'FOOD' })).toBe('Accept order');
    expect(stepLabel('accept', { serviceType: 'PARCEL' })).toBe('Accept parcel');
    expect(stepLabel('pick-up', { serviceType: 'FOOD' })).toBe('Picked up the order');
    expect(stepLabel('cancel', { serviceType: 'RIDE' })).toBe('Cancel ride');
  });

  it('says what a cancel does to the money: a held fare comes back, else nothing was charged', () => {
    expect(cancelNote({ serviceType: 'FOOD', paymentMethod: 'ONLINE', holdState: 'HELD', riderId: 'c1' }, 'r1')).toMatch(
      /held in the customer’s wallet is given back/,
    );
    // The rider cancelling their own trip is spoken to.
    expect(cancelNote({ serviceType: 'RIDE', paymentMethod: 'ONLINE', holdState: 'HELD', riderId: 'c1' }, 'c1')).toMatch(
      /^The amount held in your wallet is given back to you/,
    );
    // With the amount held, as the customer's wallet shows it.
    expect(
      cancelNote({ serviceType: 'FOOD', paymentMethod: 'ONLINE', holdState: 'HELD', riderId: 'c1', fare: { amount: '2460000', currency: 'NGN' } }, 'r1'),
    ).toBe('The ₦24,600.00 held in the customer’s wallet is given back to them. This cannot be undone.');
    expect(cancelNote({ serviceType: 'RIDE', paymentMethod: 'CASH', holdState: 'NONE', riderId: 'c1' }, 'c1')).toMatch(/^Nothing has been charged/);
    expect(cancelNote({ serviceType: 'RIDE', paymentMethod: 'ONLINE', holdState: 'NONE', riderId: 'c1' })).toMatch(/^Nothing has been charged/);
  });
});
