import { describe, expect, it } from '@jest/globals';
import type { Actor } from '@ziba/service-kit';
import { AppError } from '@ziba/service-kit/errors';
import { placeFoodOrder } from './food-orders.usecase.ts';
import type { TripContext } from './trip-context.ts';

// Which answers from identity make an order's restaurant unknown (404) and which are identity being
// away (a fault the client retries): the fault-injection run saw a 404 RESTAURANT_NOT_FOUND for a
// real restaurant while identity was restarting.

const customer = { id: '7b0f6c1e-2f59-4d55-9f0a-0d1e2c3b4a51', role: 'RIDER', status: 'ACTIVE', countryCode: 'NG', testMode: false };
const actor: Actor = { type: 'USER', id: customer.id, role: 'RIDER' };
const order = {
  restaurantId: '0c8e4c59-6c1d-4f7e-8a4e-5d2b1a0f9e33',
  lines: [{ menuItemId: 'a7d1f6e2-3c4b-4a59-8e7f-6d5c4b3a2910', quantity: 1 }],
  paymentMethod: 'ONLINE',
  distanceMeters: 3_000,
};

/** A context whose identity answers GetUser for the customer, and `restaurant` for the restaurant. */
const contextWith = (restaurant: () => Promise<unknown>) =>
  ({ identity: { call: async (_method: string, r: { userId: string }) => (r.userId === customer.id ? customer : restaurant()) } }) as unknown as TripContext;

describe('placing a food order while identity is asked about the restaurant', () => {
  it('is 404 RESTAURANT_NOT_FOUND when identity knows no such user', async () => {
    await expect(
      placeFoodOrder(
        contextWith(() => Promise.reject(new AppError('NOT_FOUND', 'USER_NOT_FOUND', 'no such user'))),
        actor,
        order,
      ),
    ).rejects.toMatchObject({ code: 'RESTAURANT_NOT_FOUND' });
  });

  it('passes identity being unavailable on as the fault it is (503, retried), never as a 404', async () => {
    const unavailable = new AppError('UNAVAILABLE', 'DEPENDENCY_UNAVAILABLE', 'identity unavailable');
    await expect(
      placeFoodOrder(
        contextWith(() => Promise.reject(unavailable)),
        actor,
        order,
      ),
    ).rejects.toBe(unavailable);
    const broken = new Error('14 UNAVAILABLE: No connection established');
    await expect(
      placeFoodOrder(
        contextWith(() => Promise.reject(broken)),
        actor,
        order,
      ),
    ).rejects.toBe(broken);
  });
});
