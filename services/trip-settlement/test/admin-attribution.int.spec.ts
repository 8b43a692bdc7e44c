import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Actor } from '@ziba/service-kit';
import { endedWeek, sql } from '@ziba/testing';
import { randomUUID } from 'node:crypto';
import { startTripHarness, type TripHarness } from './harness.ts';

// SPEC section 4: every posting records the admin where one caused it. The ledger's statement
// (ListTransactions) is read as an admin's console reads it; what the system does on its own names nobody.

let h: TripHarness;
beforeAll(async () => {
  h = await startTripHarness();
});
afterAll(async () => {
  await h?.stop();
});

const job: Actor = { type: 'SYSTEM', id: 'settlement-job' };

/** A wallet's statement lines, optionally only those of one reference (a trip, a food order). */
async function lines(walletId: string, reference: { type: string; id: string } | null = null) {
  const r = await h.wc.call('ListTransactions', {
    walletId,
    page: { pageSize: 100, cursor: '' },
    referenceType: reference?.type ?? '',
    referenceId: reference?.id ?? '',
  });
  return r.transactions;
}

async function completedRide(paymentMethod: 'CASH' | 'ONLINE') {
  const rider = await h.user('RIDER', { funds: paymentMethod === 'ONLINE' ? 10_000_000n : 0n });
  const driver = await h.user('DRIVER', { verified: true, online: true });
  return { rider, driver, trip: await ride(driver, rider, paymentMethod) };
}

describe('the admin a ledger entry names', () => {
  it('a settlement by an admin names them on every wallet it touches; the hold before it, the rider’s own, names nobody', async () => {
    const { rider, driver, trip } = await completedRide('ONLINE');
    const settled = await h.tc.call('SettleTrip', { tripId: trip.id }, { actor: h.admin });
    const ride = { type: 'ride', id: trip.id };
    const [earning] = await lines(driver.walletId, ride);
    expect(earning).toMatchObject({ entryId: settled.entryId, serviceType: 'ride', createdByAdminId: h.admin.id });
    const riderLines = await lines(rider.walletId, ride);
    expect(riderLines.find((l) => l.entryId === settled.entryId)).toMatchObject({ createdByAdminId: h.admin.id });
    expect(riderLines.find((l) => l.type === 'HOLD')).toMatchObject({ createdByAdminId: '' });
  });

  it('a settlement by the settlement job names nobody', async () => {
    const { driver, trip } = await completedRide('CASH');
    const settled = await h.tc.call('SettleTrip', { tripId: trip.id }, { actor: job });
    expect(await lines(driver.walletId, { type: 'ride', id: trip.id })).toEqual([
      expect.objectContaining({ entryId: settled.entryId, serviceType: 'commission', createdByAdminId: '' }),
    ]);
  });

  it('a food order settled by an admin names them on the restaurant’s and the delivery driver’s lines', async () => {
    const restaurant = await h.restaurantWithMenu('NG', [250_000n]);
    const customer = await h.user('RIDER', { funds: 10_000_000n });
    const driver = await h.user('DRIVER', { verified: true, online: true });
    const order = await h.tc.call(
      'PlaceFoodOrder',
      { restaurantId: restaurant.id, lines: [{ menuItemId: restaurant.items[0]!.id, quantity: 1 }], paymentMethod: 'ONLINE', distanceMeters: 2_000 },
      { actor: customer.actor },
    );
    const step = (action: string, actor: Actor) => h.tc.call('Transition', { tripId: order.id, action }, { actor });
    await step('accept', restaurant.actor);
    await step('prepare', restaurant.actor);
    await step('accept_delivery', driver.actor);
    await step('ready', restaurant.actor);
    for (const a of ['pick_up', 'on_the_way', 'deliver']) await step(a, driver.actor);
    const settled = await h.tc.call('SettleTrip', { tripId: order.id }, { actor: h.admin });
    const food = { type: 'food_order', id: order.id };
    for (const walletId of [restaurant.walletId, driver.walletId])
      expect(await lines(walletId, food)).toEqual([expect.objectContaining({ entryId: settled.entryId, createdByAdminId: h.admin.id })]);
  });

  it('a weekly netting run started by an admin names them; the weekly job’s run names nobody', async () => {
    const netted = async (actor: Actor, weeksAgo: number) => {
      const driver = await h.user('DRIVER', { country: 'BD', verified: true, online: true });
      const rider = await h.user('RIDER', { country: 'BD', funds: 10_000_000n });
      await h.tc.call('SettleTrip', { tripId: (await ride(driver, rider, 'CASH')).id }, { actor: job }); // the commission is owed
      await h.tc.call('SettleTrip', { tripId: (await ride(driver, rider, 'ONLINE')).id }, { actor: job }); // earnings to net it from
      const run = await h.tc.call('RunWeeklyNetting', { weekOf: endedWeek(weeksAgo), countryCode: 'BD' }, { actor });
      const item = run.runs[0]!.items.find((i) => i.ownerId === driver.id)!;
      return (await lines(driver.walletId)).find((l) => l.entryId === item.entryId);
    };
    expect(await netted(h.admin, 3)).toMatchObject({ serviceType: 'commission_settlement', createdByAdminId: h.admin.id });
    expect(await netted(job, 2)).toMatchObject({ serviceType: 'commission_settlement', createdByAdminId: '' });
  });

  it('a fare hold given back by an admin (a stuck hold, a cancel) names them; the driver’s own cancel names no admin', async () => {
    const rider = await h.user('RIDER', { funds: 10_000_000n });
    const driver = await h.user('DRIVER', { verified: true, online: true });
    const releaseOf = async (tripId: string) => (await lines(rider.walletId, { type: 'ride', id: tripId })).find((l) => l.type === 'RELEASE');

    const stuck = await ride(driver, rider, 'ONLINE');
    await sql(h.tripDbUrl, `update trip set hold_opened_at = now() - interval '3 days' where id = $1`, [stuck.id]);
    await h.tc.call('ReleaseStuckHold', { tripId: stuck.id, reason: 'rider never travelled' }, { actor: h.admin, requestKey: randomUUID() });
    expect(await releaseOf(stuck.id)).toMatchObject({ createdByAdminId: h.admin.id });

    const cancelledByAdmin = await ride(driver, rider, 'ONLINE', ['accept', 'arrive', 'start']);
    await h.tc.call('Transition', { tripId: cancelledByAdmin.id, action: 'cancel', reason: 'driver unreachable' }, { actor: h.admin });
    expect(await releaseOf(cancelledByAdmin.id)).toMatchObject({ createdByAdminId: h.admin.id });

    const cancelledByDriver = await ride(driver, rider, 'ONLINE', ['accept', 'arrive', 'start']);
    await h.tc.call('Transition', { tripId: cancelledByDriver.id, action: 'cancel' }, { actor: driver.actor });
    expect(await releaseOf(cancelledByDriver.id)).toMatchObject({ createdByAdminId: '' });
  });
});

type Person = Awaited<ReturnType<TripHarness['user']>>;

/** A ride by this driver for this rider, taken through these steps (to COMPLETED by default). */
async function ride(driver: Person, rider: Person, paymentMethod: 'CASH' | 'ONLINE', steps = ['accept', 'arrive', 'start', 'complete']) {
  const trip = await h.tc.call('RequestTrip', { serviceType: 'RIDE', paymentMethod, distanceMeters: 6_000 }, { actor: rider.actor });
  for (const action of steps) await h.tc.call('Transition', { tripId: trip.id, action }, { actor: driver.actor });
  return trip;
}
