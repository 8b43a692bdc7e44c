import { afterAll, beforeAll, expect, it } from '@jest/globals';
import type { Actor } from '@ziba/service-kit';
import { codeOf, eventually, infrastructure, sql, watchEvents } from '@ziba/testing';
import { randomUUID } from 'node:crypto';
import { startTripHarness, type TripHarness } from './harness.ts';

let h: TripHarness;
let watcher: Awaited<ReturnType<typeof watchEvents>>;
beforeAll(async () => {
  watcher = await watchEvents((await infrastructure()).amqpUrl, 'trip.settled.v1');
  // One settlement transaction at a time: the settles asked meanwhile queue and go together.
  h = await startTripHarness({ settleBatches: { maxBatch: 32, inFlight: 1 } });
});
afterAll(async () => {
  await watcher?.close();
  await h?.stop();
});

async function ride(stage: 'IN_PROGRESS' | 'COMPLETED') {
  const rider = await h.user('RIDER', { funds: 10_000_000n });
  const driver = await h.user('DRIVER', { verified: true, online: true });
  const trip = await h.tc.call('RequestTrip', { serviceType: 'RIDE', paymentMethod: 'ONLINE', distanceMeters: 8_300 }, { actor: rider.actor });
  const step = (action: string, actor: Actor = driver.actor) => h.tc.call('Transition', { tripId: trip.id, action }, { actor });
  for (const action of stage === 'COMPLETED' ? ['accept', 'arrive', 'start', 'complete'] : ['accept', 'arrive', 'start']) await step(action);
  return { rider, driver, trip, fare: BigInt(trip.fare!.amount) };
}

it('settles what arrives together in batches as if one by one: each ride paid once, a refused one leaves the others settled', async () => {
  const rides = [];
  for (let i = 0; i < 12; i++) rides.push(await ride('COMPLETED'));
  const early = await ride('IN_PROGRESS');
  const unpayable = await ride('COMPLETED');
  // The rider's hold is released behind the trip's back: the ledger refuses this one's entry.
  await h.wc.call('Release', {
    meta: { idempotencyKey: `test-release-${unpayable.trip.id}`, serviceType: 'refund', description: 'test' },
    holdId: `trip-${unpayable.trip.id}-1`,
  });

  // Every completed ride is settled twice at once, each call under its own correlation id.
  const asks = [...rides, ...rides, early, unpayable].map((r) => ({ tripId: r.trip.id, correlationId: randomUUID() }));
  const outcomes = await Promise.all(
    asks.map((a) => codeOf(h.tc.call('SettleTrip', { tripId: a.tripId }, { actor: h.admin, correlationId: a.correlationId }))),
  );
  const byTrip = (tripId: string) => outcomes.filter((_, i) => asks[i]!.tripId === tripId).sort();
  for (const r of rides) expect(byTrip(r.trip.id)).toEqual(['OK', 'TRIP_ALREADY_SETTLED']);
  expect(byTrip(early.trip.id)).toEqual(['TRIP_NOT_COMPLETED']);
  expect(byTrip(unpayable.trip.id)).toEqual(['HOLD_EXCEEDED']);

  for (const r of rides) {
    const driverShare = (r.fare * 80n) / 100n;
    expect(await h.balance(r.driver.walletId)).toMatchObject({ availableBalance: driverShare.toString() });
    expect(await h.balance(r.rider.walletId)).toMatchObject({ availableBalance: (10_000_000n - r.fare).toString(), lockedBalance: '0' });
  }
  const ids = [...rides, early, unpayable].map((r) => r.trip.id);
  const entries = await sql<{ reference_id: string; n: string }>(
    h.walletDbUrl,
    `select reference_id, count(*)::text n from journal_entry where reference_id = any($1::text[]) and entry_type = 'TRANSFER' group by reference_id`,
    [ids],
  );
  expect(new Map(entries.map((e) => [e.reference_id, e.n]))).toEqual(new Map(rides.map((r) => [r.trip.id, '1'])));
  const trips = await sql<{ id: string; status: string; hold_state: string }>(
    h.tripDbUrl,
    `select id, status, hold_state from trip where id = any($1::uuid[])`,
    [ids],
  );
  const state = new Map(trips.map((t) => [t.id, `${t.status}/${t.hold_state}`]));
  for (const r of rides) expect(state.get(r.trip.id)).toBe('SETTLED/SETTLED');
  expect(state.get(early.trip.id)).toBe('IN_PROGRESS/HELD');
  expect(state.get(unpayable.trip.id)).toBe('COMPLETED/HELD');

  // The batches really formed: a transaction's steps share its start time, and the 12 settlements took fewer transactions.
  const [batches] = await sql<{ n: number }>(
    h.tripDbUrl,
    `select count(distinct at)::int n from trip_transition where to_status = 'SETTLED' and trip_id = any($1::uuid[])`,
    [ids],
  );
  expect(batches!.n).toBeLessThan(rides.length);

  // Each settled ride announces its settlement once, under the correlation id of the call that settled it.
  const ours = (e: { data: Record<string, unknown> }) => ids.includes(e.data.tripId as string);
  const events = (await eventually(
    () => watcher.events().filter(ours),
    (seen) => seen.length >= rides.length,
  )) as unknown as Array<{
    data: { tripId: string };
    correlationId: string;
  }>;
  expect(events.map((e) => e.data.tripId).sort()).toEqual(rides.map((r) => r.trip.id).sort());
  const settledBy = new Map(asks.flatMap((a, i) => (outcomes[i] === 'OK' ? [[a.tripId, a.correlationId] as const] : [])));
  for (const e of events) expect(e.correlationId).toBe(settledBy.get(e.data.tripId));
});
