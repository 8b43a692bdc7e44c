import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Actor } from '@ziba/service-kit';
import { randomUUID } from 'node:crypto';
import { startTripHarness, type TripHarness } from './harness.ts';
import { codeOf, sql } from '@ziba/testing';

// A client that got a 5xx or no answer retries with the same Idempotency-Key. The gateway keeps no
// answer for a 5xx, so the retry reaches this service, which may have done the first attempt after
// all (the fault-injection run saw "arrive" and "settle" retried into ILLEGAL_TRANSITION and
// TRIP_ALREADY_SETTLED). The gateway passes the key on; a step records it, and a refused repeat by
// the same actor under the same key is answered with what the step did.

let h: TripHarness;
beforeAll(async () => {
  h = await startTripHarness();
});
afterAll(async () => {
  await h?.stop();
});

async function acceptedRide() {
  const rider = await h.user('RIDER', { funds: 10_000_000n });
  const driver = await h.user('DRIVER', { verified: true, online: true });
  const trip = await h.tc.call('RequestTrip', { serviceType: 'RIDE', paymentMethod: 'ONLINE', distanceMeters: 8_300 }, { actor: rider.actor });
  const step = (action: string, requestKey: string | null = null, actor: Actor = driver.actor) =>
    h.tc.call('Transition', { tripId: trip.id, action }, { actor, requestKey });
  await step('accept');
  return { rider, driver, trip, step };
}

describe('a retry under the Idempotency-Key of a request that was done', () => {
  it('is answered with the trip, where a new request for the same step is still refused', async () => {
    const { rider, trip, step } = await acceptedRide();
    const key = `arrive-${randomUUID()}`;
    expect(await step('arrive', key)).toMatchObject({ status: 'DRIVER_ARRIVING' });

    const retried = await step('arrive', key);
    expect(retried).toMatchObject({ id: trip.id, status: 'DRIVER_ARRIVING' });
    expect(retried.transitions.filter((t) => t.toStatus === 'DRIVER_ARRIVING')).toHaveLength(1); // taken once

    expect(await codeOf(step('arrive', `arrive-${randomUUID()}`))).toBe('ILLEGAL_TRANSITION'); // another request
    expect(await codeOf(step('arrive'))).toBe('ILLEGAL_TRANSITION'); // no key
    // The key reused for another step is not a retry of the first: completing a trip not yet started is refused.
    expect(await codeOf(step('complete', key))).toBe('ILLEGAL_TRANSITION');
    expect(await codeOf(step('arrive', key, rider.actor))).not.toBe('OK');
  });

  it("does not answer another driver's request with a step taken under the same key", async () => {
    const rider = await h.user('RIDER');
    const trip = await h.tc.call('RequestTrip', { serviceType: 'RIDE', paymentMethod: 'CASH', distanceMeters: 8_300 }, { actor: rider.actor });
    const [first, other] = await Promise.all([h.user('DRIVER', { verified: true, online: true }), h.user('DRIVER', { verified: true, online: true })]);
    const accept = (driver: { actor: Actor }, requestKey: string) =>
      h.tc.call('Transition', { tripId: trip.id, action: 'accept' }, { actor: driver.actor, requestKey });
    const key = `accept-${randomUUID()}`;
    expect(await accept(first, key)).toMatchObject({ status: 'ACCEPTED', driverId: first.id });
    // Keys belong to the actor who sent them: the other driver's accept under the same key is refused.
    expect(await codeOf(accept(other, key))).toBe('ILLEGAL_TRANSITION');
    expect(await accept(first, key)).toMatchObject({ status: 'ACCEPTED', driverId: first.id });
  });

  it('answers a retried fare-locking step with the trip, and locks the fare once', async () => {
    const { rider, step, trip } = await acceptedRide();
    await step('arrive');
    const key = `start-${randomUUID()}`;
    expect(await step('start', key)).toMatchObject({ status: 'IN_PROGRESS', holdState: 'HELD' });
    expect(await step('start', key)).toMatchObject({ status: 'IN_PROGRESS', holdState: 'HELD' });
    expect(await h.balance(rider.walletId)).toMatchObject({ lockedBalance: trip.fare!.amount });
  });

  it('answers a retried settle with the first settlement, and pays once', async () => {
    const { driver, trip, step } = await acceptedRide();
    for (const action of ['arrive', 'start', 'complete']) await step(action);
    const key = `settle-${randomUUID()}`;
    const first = await h.tc.call('SettleTrip', { tripId: trip.id }, { actor: h.admin, requestKey: key });
    expect(first).toMatchObject({ driverAmount: { amount: '139600', currency: 'NGN' }, platformAmount: { amount: '34900' }, commissionBps: 2000 });

    expect(await h.tc.call('SettleTrip', { tripId: trip.id }, { actor: h.admin, requestKey: key })).toEqual(first);
    expect(await h.balance(driver.walletId)).toMatchObject({ availableBalance: '139600' });

    // Another settle of the same trip (another key, or another admin with this key) is a repeat, refused.
    expect(await codeOf(h.tc.call('SettleTrip', { tripId: trip.id }, { actor: h.admin, requestKey: `settle-${randomUUID()}` }))).toBe('TRIP_ALREADY_SETTLED');
    const otherAdmin: Actor = { type: 'ADMIN', id: randomUUID(), role: 'ADMIN' };
    expect(await codeOf(h.tc.call('SettleTrip', { tripId: trip.id }, { actor: otherAdmin, requestKey: key }))).toBe('TRIP_ALREADY_SETTLED');
  });

  it('creates one trip and one food order per key, however often and however concurrently it is asked', async () => {
    const rider = await h.user('RIDER', { funds: 10_000_000n });
    const request = (requestKey: string | null) =>
      h.tc.call('RequestTrip', { serviceType: 'RIDE', paymentMethod: 'ONLINE', distanceMeters: 8_300 }, { actor: rider.actor, requestKey });
    const key = `trip-${randomUUID()}`;
    const first = await request(key);
    const again = await Promise.all(Array.from({ length: 5 }, () => request(key)));
    expect(new Set(again.map((t) => t.id))).toEqual(new Set([first.id]));
    const burstKey = `trip-${randomUUID()}`;
    const burst = await Promise.all(Array.from({ length: 5 }, () => request(burstKey)));
    expect(new Set(burst.map((t) => t.id)).size).toBe(1);
    expect((await request(`trip-${randomUUID()}`)).id).not.toBe(first.id); // another key, another trip
    expect((await request(null)).id).not.toBe(first.id);

    const restaurant = await h.restaurantWithMenu('NG', [250_000n]);
    const order = (requestKey: string) =>
      h.tc.call(
        'PlaceFoodOrder',
        { restaurantId: restaurant.id, lines: [{ menuItemId: restaurant.items[0]!.id, quantity: 1 }], paymentMethod: 'ONLINE', distanceMeters: 2_000 },
        { actor: rider.actor, requestKey },
      );
    const orderKey = `order-${randomUUID()}`;
    const orders = await Promise.all(Array.from({ length: 5 }, () => order(orderKey)));
    expect(new Set(orders.map((o) => o.id)).size).toBe(1);
    expect(orders[0]).toMatchObject({ serviceType: 'FOOD', status: 'PLACED' });

    // A key already spent on another request is refused, not answered with what that request made.
    expect(await codeOf(order(key))).toBe('IDEMPOTENCY_KEY_REUSED'); // the ride's key, for a food order
    expect(
      await codeOf(h.tc.call('RequestTrip', { serviceType: 'RIDE', paymentMethod: 'ONLINE', distanceMeters: 9_000 }, { actor: rider.actor, requestKey: key })),
    ).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it("answers an admin's retried release of a stuck hold with the trip, and gives the fare back once", async () => {
    const { rider, trip, step } = await acceptedRide();
    for (const a of ['arrive', 'start', 'complete']) await step(a);
    await sql(h.tripDbUrl, `update trip set hold_opened_at = now() - interval '3 days' where id = $1`, [trip.id]);
    const release = (requestKey: string, actor: Actor = h.admin, reason = 'rider never travelled') =>
      h.tc.call('ReleaseStuckHold', { tripId: trip.id, reason }, { actor, requestKey });
    const key = `release-${randomUUID()}`;
    const first = await release(key);
    expect(first).toMatchObject({ id: trip.id, status: 'COMPLETED', holdState: 'RELEASED' });

    expect(await release(key)).toEqual(first);
    expect(await codeOf(release(`release-${randomUUID()}`))).toBe('NO_OPEN_HOLD'); // another request
    expect(await codeOf(release(key, { type: 'ADMIN', id: randomUUID(), role: 'ADMIN' }))).toBe('NO_OPEN_HOLD'); // another admin
    expect(await codeOf(release(key, h.admin, 'another reason'))).toBe('IDEMPOTENCY_KEY_REUSED'); // the key, for another request
    expect(await h.balance(rider.walletId)).toMatchObject({ availableBalance: '10000000', lockedBalance: '0' });
    expect(await sql(h.tripDbUrl, 'select actor_type, actor_id, reason, request_key from hold_release where trip_id = $1', [trip.id])).toEqual([
      { actor_type: 'ADMIN', actor_id: h.admin.id, reason: 'rider never travelled', request_key: key },
    ]);
  });
});
