import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Actor } from '@ziba/service-kit';
import { codeOf } from '@ziba/testing';
import { startTripHarness, type TripHarness } from './harness.ts';

let h: TripHarness;
beforeAll(async () => {
  h = await startTripHarness();
});
afterAll(async () => {
  await h?.stop();
});

type Page = { trips: Array<{ id: string; serviceType: string; items: unknown[] }>; page: { nextCursor: string } | null };
const list = (actor: Actor, page: { pageSize?: number; cursor?: string } = {}, serviceType = '') =>
  h.tc.call('ListMyTrips', { page: { pageSize: page.pageSize ?? 0, cursor: page.cursor ?? '' }, serviceType }, { actor }) as Promise<Page>;

/** Every trip of the list, walked page by page. */
async function walk(actor: Actor, pageSize: number, serviceType = '') {
  const ids: string[] = [];
  for (let cursor = '', pages = 0; pages < 50; pages += 1) {
    const p = await list(actor, { pageSize, cursor }, serviceType);
    ids.push(...p.trips.map((t) => t.id));
    cursor = p.page?.nextCursor ?? '';
    if (!cursor) return ids;
  }
  throw new Error('the walk did not end');
}

describe('trip history', () => {
  let rider: Awaited<ReturnType<TripHarness['user']>>;
  let driver: Awaited<ReturnType<TripHarness['user']>>;
  let restaurant: Awaited<ReturnType<TripHarness['restaurantWithMenu']>>;
  /** The rider's trips, oldest first: three rides (two driven by `driver`) and one food order. */
  const made: string[] = [];
  let orderId: string;

  beforeAll(async () => {
    rider = await h.user('RIDER', { funds: 10_000_000n });
    driver = await h.user('DRIVER', { verified: true, online: true });
    restaurant = await h.restaurantWithMenu('NG', [250_000n, 120_000n]);
    const ride = () => h.tc.call('RequestTrip', { serviceType: 'RIDE', paymentMethod: 'CASH', distanceMeters: 4_000 }, { actor: rider.actor });
    for (let i = 0; i < 3; i += 1) made.push((await ride()).id);
    // The driver drives the first to its end, then takes the second (a driver is on one trip at a time).
    for (const action of ['accept', 'arrive', 'start', 'complete']) await h.tc.call('Transition', { tripId: made[0]!, action }, { actor: driver.actor });
    await h.tc.call('Transition', { tripId: made[1]!, action: 'accept' }, { actor: driver.actor });
    const order = await h.tc.call(
      'PlaceFoodOrder',
      {
        restaurantId: restaurant.id,
        lines: [
          { menuItemId: restaurant.items[0]!.id, quantity: 2 },
          { menuItemId: restaurant.items[1]!.id, quantity: 1 },
        ],
        paymentMethod: 'CASH',
        distanceMeters: 3_000,
      },
      { actor: rider.actor },
    );
    orderId = order.id;
    made.push(orderId);
  });

  it('gives a rider their rides and food orders, newest first', async () => {
    const p = await list(rider.actor);
    expect(p.trips.map((t) => t.id)).toEqual([...made].reverse());
    expect(p.page?.nextCursor).toBe('');
  });

  it('walks every trip exactly once, a page at a time', async () => {
    for (const size of [1, 2, 3]) expect(await walk(rider.actor, size)).toEqual([...made].reverse());
  });

  it('filters by kind', async () => {
    expect((await list(rider.actor, {}, 'FOOD')).trips.map((t) => t.id)).toEqual([orderId]);
    expect(await walk(rider.actor, 1, 'RIDE')).toEqual(made.slice(0, 3).reverse());
    expect(await codeOf(list(rider.actor, {}, 'HELICOPTER'))).toBe('INVALID_ARGUMENT');
  });

  it('gives a driver the trips they drove, and a restaurant the orders placed with it', async () => {
    expect((await list(driver.actor)).trips.map((t) => t.id)).toEqual(made.slice(0, 2).reverse());
    const orders = await list(restaurant.actor);
    expect(orders.trips).toHaveLength(1);
    // The receipt's lines: menu prices as ordered, line totals multiplied on the server.
    expect(orders.trips[0]).toMatchObject({
      id: orderId,
      serviceType: 'FOOD',
      foodSubtotal: { amount: '620000', currency: 'NGN' },
      items: expect.arrayContaining([
        {
          menuItemId: restaurant.items[0]!.id,
          name: 'dish 1',
          quantity: 2,
          unitPrice: { amount: '250000', currency: 'NGN' },
          lineTotal: { amount: '500000', currency: 'NGN' },
        },
        {
          menuItemId: restaurant.items[1]!.id,
          name: 'dish 2',
          quantity: 1,
          unitPrice: { amount: '120000', currency: 'NGN' },
          lineTotal: { amount: '120000', currency: 'NGN' },
        },
      ]),
    });
    expect((await h.tc.call('GetTrip', { tripId: orderId }, { actor: rider.actor })).items).toHaveLength(2);
  });

  it('gives anyone else none of them', async () => {
    const stranger = await h.user('RIDER');
    const otherDriver = await h.user('DRIVER');
    const otherRestaurant = await h.user('RESTAURANT');
    for (const u of [stranger, otherDriver, otherRestaurant]) expect((await list(u.actor)).trips).toEqual([]);
  });

  it('refuses a cursor that is not from this list, a page size out of range, and staff', async () => {
    const stranger = await h.user('RIDER');
    expect(await codeOf(list(stranger.actor, { cursor: made[0] }))).toBe('INVALID_ARGUMENT');
    expect(await codeOf(list(rider.actor, { cursor: 'not-a-uuid' }))).toBe('INVALID_ARGUMENT');
    expect(await codeOf(list(rider.actor, { pageSize: 101 }))).toBe('INVALID_ARGUMENT');
    expect(await codeOf(list(h.admin))).toBe('ACTION_NOT_ALLOWED');
  });
});
