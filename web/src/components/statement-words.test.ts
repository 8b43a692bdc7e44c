import { expect, it } from 'vitest';
import { lineWords, serviceWord } from './statement-words.ts';

it('shows a hold and its release as moves of the owner’s own money, and a charge or a credit as money out or in', () => {
  expect(lineWords({ type: 'HOLD', serviceType: 'ride' })).toEqual({ label: 'Held', signed: false, balance: 'available' });
  expect(lineWords({ type: 'RELEASE', serviceType: 'ride' })).toEqual({ label: 'Released', signed: false, balance: 'available' });
  expect(lineWords({ type: 'DEBIT', serviceType: 'ride' })).toEqual({ label: 'Paid', signed: true, balance: 'held' });
  expect(lineWords({ type: 'DEBIT', serviceType: 'payout' })).toEqual({ label: 'Paid', signed: true, balance: 'held' });
  // Support's correction took it: the owner paid nobody. A payout credited back is the bank's return.
  expect(lineWords({ type: 'DEBIT', serviceType: 'adjustment' })).toEqual({ label: 'Taken', signed: true, balance: 'available' });
  expect(lineWords({ type: 'CREDIT', serviceType: 'payout' })).toEqual({ label: 'Returned', signed: true, balance: 'available' });
  expect(lineWords({ type: 'CREDIT', serviceType: 'earning' })).toEqual({ label: 'Received', signed: true, balance: 'available' });
});

it('shows owed commission as a debt, not a second payment: only the netting that takes it from available is signed', () => {
  expect(lineWords({ type: 'DEBIT', serviceType: 'commission' })).toEqual({ label: 'Owed', signed: false, balance: 'owed' });
  expect(lineWords({ type: 'DEBIT', serviceType: 'commission_settlement' })).toEqual({ label: 'Paid', signed: true, balance: 'available' });
  // Paid outside the app: what is owed goes down, available does not move.
  expect(lineWords({ type: 'CREDIT', serviceType: 'commission_settlement' })).toEqual({ label: 'Cleared', signed: false, balance: 'owed' });
});

it('names a fare given back by its trip, not as a refund of a charge that was never made', () => {
  expect(serviceWord({ serviceType: 'refund', referenceType: 'food_order' })).toBe('Food order');
  expect(serviceWord({ serviceType: 'refund', referenceType: 'ride' })).toBe('Ride');
  expect(serviceWord({ serviceType: 'refund', referenceType: 'manual' })).toBe('Refund');
  // Support's refund of a ride's charge is a refund, on the ride's reference.
  expect(serviceWord({ serviceType: 'refund', referenceType: 'ride', type: 'CREDIT' })).toBe('Refund');
  expect(serviceWord({ serviceType: 'commission_settlement' })).toBe('Owed commission');
  expect(serviceWord({ serviceType: 'new_kind' })).toBe('new kind');
});
