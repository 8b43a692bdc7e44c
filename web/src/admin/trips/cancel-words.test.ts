import { describe, expect, it } from 'vitest';
import { trip } from '../../pages/trips/trip-fixtures.ts';
import { cancelledWords, cancelNote, fareOnHold, nothingHeldWords } from './cancel-words.ts';

describe('a cancel in words', () => {
  it('says who has a picked-up parcel, and that its driver is free', () => {
    const parcel = trip({ serviceType: 'PARCEL', status: 'PICKED_UP', holdState: 'HELD' });
    expect(fareOnHold(parcel)).toBe(true);
    expect(cancelNote(parcel)).toBe(
      'The driver has the parcel: arrange with them for it to go back to the sender. The app does not tell its driver: let them know they are free to take another trip. This cannot be undone.',
    );
  });

  it('moves no money for a cash trip or an online one not yet held, and names no driver where there is none', () => {
    const cash = trip({ status: 'ACCEPTED', paymentMethod: 'CASH', holdState: 'NONE' });
    expect(fareOnHold(cash)).toBe(false);
    expect(nothingHeldWords(cash)).toBe('The customer pays in cash: no money moves.');
    expect(cancelNote(cash)).toBe('The app does not tell its driver: let them know they are free to take another trip. This cannot be undone.');
    const waiting = trip({ status: 'SEARCHING_DRIVER', holdState: 'NONE', driverId: null });
    expect(fareOnHold(waiting)).toBe(false);
    expect(nothingHeldWords(waiting)).toBe('Nothing is on hold in the customer’s wallet yet: nothing is charged.');
    expect(cancelNote(waiting)).toBe('This cannot be undone.');
  });

  it('warns that a food order the restaurant accepted may be cooking', () => {
    expect(cancelNote(trip({ serviceType: 'FOOD', status: 'PREPARING', holdState: 'HELD', driverId: null }))).toContain(
      'The restaurant may have started cooking',
    );
    expect(cancelNote(trip({ serviceType: 'FOOD', status: 'PLACED', holdState: 'NONE', driverId: null }))).not.toContain('cooking');
    expect(cancelNote(trip({ serviceType: 'FOOD', status: 'ON_THE_WAY', holdState: 'HELD' }))).toContain('The driver has the food');
  });

  it('says what the answer shows was done', () => {
    expect(cancelledWords(trip({ holdState: 'RELEASED' }))).toBe('The amount on hold went back to the customer’s wallet.');
    expect(cancelledWords(trip({ paymentMethod: 'CASH', holdState: 'NONE' }))).toBe('It was to be paid in cash: no money moved.');
    expect(cancelledWords(trip({ holdState: 'NONE' }))).toBe('Nothing had been charged to the customer.');
  });
});
