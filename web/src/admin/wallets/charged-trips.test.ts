import type { Schemas } from '@ziba/api-client';
import { expect, it } from 'vitest';
import { chargedTrips } from './charged-trips.ts';

const line = (over: Partial<Schemas['WalletTransaction']>) =>
  ({
    type: 'DEBIT',
    serviceType: 'ride',
    referenceType: 'ride',
    referenceId: 'aaaaaaaa-0000-4000-8000-000000000001',
    amount: '231500',
    currency: 'NGN',
    createdAt: '2026-11-28T10:00:00.000Z',
    ...over,
  }) as Schemas['WalletTransaction'];

it('offers each charged trip once, and none that was refunded already', () => {
  const refundedId = 'bbbbbbbb-0000-4000-8000-000000000002';
  const trips = chargedTrips([
    line({ type: 'CREDIT', serviceType: 'refund', referenceId: refundedId, amount: '15025' }),
    line({}),
    line({}),
    line({ referenceId: refundedId }),
  ]);
  expect(trips.map((t) => t.tripId)).toEqual(['aaaaaaaa-0000-4000-8000-000000000001']);
  expect(trips[0]!.label).toMatch(/aaaaaaaa · ₦2,315\.00 · /);
});
