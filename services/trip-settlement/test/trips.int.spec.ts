import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Actor } from '@ziba/service-kit';
import { codeOf, eventually, infrastructure, sql, watchEvents } from '@ziba/testing';
import { startTripHarness, type TripHarness } from './harness.ts';

let h: TripHarness;
let releases: Awaited<ReturnType<typeof watchEvents>>;
beforeAll(async () => {
  h = await startTripHarness();
  releases = await watchEvents((await infrastructure()).amqpUrl, 'trip.fare-released.v1');
});
afterAll(async () => {
  await releases?.close();
  await h?.stop();
});

/** The amounts the trip's published fare-released events say were given back. */
const releasedAmounts = async (tripId: string) => {
  const of = () => releases.events().filter((e) => e.data.tripId === tripId);
  await eventually(of, (seen) => seen.length >= 1);
  return of().map((e) => e.data.amount);
};

const FUNDS = 10_000_000n; // NGN 100,000.00

async function rideTo(
  stage: 'SEARCHING_DRIVER' | 'DRIVER_ARRIVING' | 'IN_PROGRESS' | 'COMPLETED',
  paymentMethod: 'CASH' | 'ONLINE' = 'ONLINE',
  riderFunds = FUNDS,
) {
  const rider = await h.user('RIDER', { funds: riderFunds });
  const driver = await h.user('DRIVER', { verified: true, online: true });
  const trip = await h.tc.call('RequestTrip', { serviceType: 'RIDE', paymentMethod, distanceMeters: 8_300 }, { actor: rider.actor });
  const step = (action: string, actor: Actor = driver.actor) => h.tc.call('Transition', { tripId: trip.id, action }, { actor });
  if (stage !== 'SEARCHING_DRIVER') {
    await step('accept');
    await step('arrive');
  }
  if (stage === 'IN_PROGRESS' || stage === 'COMPLETED') await step('start');
  if (stage === 'COMPLETED') await step('complete');
  return { rider, driver, trip, step, fare: BigInt(trip.fare!.amount) };
}

describe('rides and their money', () => {
  it('prices the fare on the server, locks it at start, pays nothing at completion, and settles 80/20 exactly', async () => {
    const { rider, driver, trip, step, fare } = await rideTo('DRIVER_ARRIVING');
    // NG ride tariff: 50,000 base + 15,000 per km x 8.3 km = 174,500 kobo.
    expect(trip).toMatchObject({ status: 'SEARCHING_DRIVER', fare: { amount: '174500', currency: 'NGN' }, holdState: 'NONE' });
    const started = await step('start');
    expect(started).toMatchObject({ status: 'IN_PROGRESS', holdState: 'HELD' });
    expect(await h.balance(rider.walletId)).toMatchObject({ availableBalance: (FUNDS - fare).toString(), lockedBalance: fare.toString() });
    await step('complete');
    expect(await h.balance(driver.walletId)).toMatchObject({ availableBalance: '0' });

    const s = await h.tc.call('SettleTrip', { tripId: trip.id }, { actor: h.admin });
    expect(s).toMatchObject({ driverAmount: { amount: '139600' }, platformAmount: { amount: '34900' }, commissionBps: 2000, paymentMethod: 'ONLINE' });
    expect(await h.balance(driver.walletId)).toMatchObject({ availableBalance: '139600', totalEarned: '139600' });
    expect(await h.balance(rider.walletId)).toMatchObject({ availableBalance: (FUNDS - fare).toString(), lockedBalance: '0' });
    const settled = await h.tc.call('GetTrip', { tripId: trip.id }, { actor: rider.actor });
    expect(settled).toMatchObject({ status: 'SETTLED', holdState: 'SETTLED' });
    expect(settled.settledAt).not.toBe('');
    expect(settled.transitions.map((t) => t.toStatus)).toEqual([
      'REQUESTED',
      'SEARCHING_DRIVER',
      'ACCEPTED',
      'DRIVER_ARRIVING',
      'IN_PROGRESS',
      'COMPLETED',
      'SETTLED',
    ]);
    const [row] = await sql<{ commission_rule_id: string }>(h.tripDbUrl, 'select commission_rule_id from trip where id = $1', [trip.id]);
    expect(row?.commission_rule_id).toBe(s.commissionRuleId);
  });

  it('answers each ride step with the trip as a fresh read shows it: the driver assigned, the fare held', async () => {
    const { driver, trip, step } = await rideTo('SEARCHING_DRIVER');
    // Read by the driver who took the step: a trip answers for its reader (the steps it offers them).
    const read = () => h.tc.call('GetTrip', { tripId: trip.id }, { actor: driver.actor });
    for (const action of ['accept', 'arrive', 'start', 'complete']) {
      const answered = await step(action);
      expect(answered).toEqual(await read());
    }
    expect(await read()).toMatchObject({ status: 'COMPLETED', driverId: driver.id, holdState: 'HELD' });
  });

  it('cannot settle before completion, nor twice; of 50 concurrent settlements exactly one succeeds', async () => {
    const early = await rideTo('IN_PROGRESS');
    expect(await codeOf(h.tc.call('SettleTrip', { tripId: early.trip.id }, { actor: h.admin }))).toBe('TRIP_NOT_COMPLETED');
    const { trip, driver } = await rideTo('COMPLETED');
    const outcomes = await Promise.all(Array.from({ length: 50 }, () => codeOf(h.tc.call('SettleTrip', { tripId: trip.id }, { actor: h.admin }))));
    expect(outcomes.filter((o) => o === 'OK')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'TRIP_ALREADY_SETTLED')).toHaveLength(49);
    expect(await h.balance(driver.walletId)).toMatchObject({ availableBalance: '139600' });
    const [n] = await sql<{ n: string }>(
      h.walletDbUrl,
      `select count(distinct entry_id)::text n from posting p join journal_entry e on e.id = p.entry_id where e.reference_id = $1 and e.entry_type = 'TRANSFER'`,
      [trip.id],
    );
    expect(n?.n).toBe('1');
  });

  it('no half settlement: when the ledger refuses the entry nothing is written, and without a locked fare nothing is tried', async () => {
    const { trip, rider, driver } = await rideTo('COMPLETED');
    // The rider's hold is released behind the trip's back: the settlement entry cannot take the fare.
    await h.wc.call('Release', {
      meta: { idempotencyKey: `test-release-${trip.id}`, serviceType: 'refund', description: 'test' },
      holdId: `trip-${trip.id}-1`,
    });
    expect(await codeOf(h.tc.call('SettleTrip', { tripId: trip.id }, { actor: h.admin }))).toBe('HOLD_EXCEEDED');
    expect(await h.tc.call('GetTrip', { tripId: trip.id }, { actor: rider.actor })).toMatchObject({ status: 'COMPLETED', holdState: 'HELD', settledAt: '' });
    expect(await h.balance(driver.walletId)).toMatchObject({ availableBalance: '0', totalEarned: '0' });
    const [row] = await sql<{ n: string }>(h.walletDbUrl, `select count(*)::text n from journal_entry where reference_id = $1 and entry_type = 'TRANSFER'`, [
      trip.id,
    ]);
    expect(row?.n).toBe('0');

    await sql(h.tripDbUrl, `update trip set hold_state = 'RELEASED' where id = $1`, [trip.id]);
    expect(await codeOf(h.tc.call('SettleTrip', { tripId: trip.id }, { actor: h.admin }))).toBe('NO_LOCKED_FARE');
  });

  it('only staff settle; a rider or driver is refused', async () => {
    const { trip, rider, driver } = await rideTo('COMPLETED');
    expect(await codeOf(h.tc.call('SettleTrip', { tripId: trip.id }, { actor: rider.actor }))).toBe('ACTION_NOT_ALLOWED');
    expect(await codeOf(h.tc.call('SettleTrip', { tripId: trip.id }, { actor: driver.actor }))).toBe('ACTION_NOT_ALLOWED');
    // Nor read the staff views, whatever the gateway forwards: every rider's stuck holds, the earnings report, the price lists.
    const week = { from: '2026-11-23', to: '2026-11-29', groupBy: 'day', serviceType: '', countryCode: '', mode: '' };
    for (const [method, body] of [
      ['ListStuckHolds', {}],
      ['GetEarnings', week],
      ['ListTariffs', { countryCode: '' }],
      ['ListCommissionRules', {}],
    ] as const)
      expect(await codeOf(h.tc.call(method, body as never, { actor: driver.actor }))).toBe('ADMIN_ONLY');
    expect(await codeOf(h.tc.call('GetEarnings', week, { actor: h.admin }))).toBe('OK');
  });

  it('a rider cannot spend locked funds: a second trip that the available balance cannot cover does not start', async () => {
    // Each trip is covered when asked for; the first one's start locks what the second would need.
    const first = await rideTo('DRIVER_ARRIVING', 'ONLINE', 200_000n);
    const second = await h.tc.call('RequestTrip', { serviceType: 'RIDE', paymentMethod: 'ONLINE', distanceMeters: 8_300 }, { actor: first.rider.actor });
    await first.step('start');
    // Asked for now, a third is refused at once: the rider hears it before any driver comes.
    expect(await codeOf(h.tc.call('RequestTrip', { serviceType: 'RIDE', paymentMethod: 'ONLINE', distanceMeters: 8_300 }, { actor: first.rider.actor }))).toBe(
      'INSUFFICIENT_FUNDS',
    );
    const driver = await h.user('DRIVER', { verified: true, online: true });
    for (const a of ['accept', 'arrive']) await h.tc.call('Transition', { tripId: second.id, action: a }, { actor: driver.actor });
    expect(await codeOf(h.tc.call('Transition', { tripId: second.id, action: 'start' }, { actor: driver.actor }))).toBe('INSUFFICIENT_FUNDS');
    expect(await h.tc.call('GetTrip', { tripId: second.id }, { actor: driver.actor })).toMatchObject({ status: 'DRIVER_ARRIVING', holdState: 'NONE' });
    expect(await h.balance(first.rider.walletId)).toMatchObject({ availableBalance: (200_000n - first.fare).toString(), lockedBalance: first.fare.toString() });
  });

  it('cancelling an ONLINE trip gives the locked fare back; a rider cannot cancel a ride under way', async () => {
    const { rider, trip, step, fare } = await rideTo('IN_PROGRESS');
    // The ride has started: the rider's cancel would take the fare from a driver who is driving.
    expect(await codeOf(step('cancel', rider.actor))).toBe('ILLEGAL_TRANSITION');
    expect(await h.balance(rider.walletId)).toMatchObject({ lockedBalance: fare.toString() });
    // The driver may still cancel it, and the fare goes back.
    expect(await step('cancel')).toMatchObject({ status: 'CANCELLED_BY_DRIVER', holdState: 'RELEASED' });
    expect(await codeOf(step('cancel'))).toBe('ILLEGAL_TRANSITION'); // the first cancel went through; a second is refused
    expect(await h.balance(rider.walletId)).toMatchObject({ availableBalance: FUNDS.toString(), lockedBalance: '0' });
    expect(await releasedAmounts(trip.id)).toEqual([fare.toString()]);
  });

  it('a hold asked and never made: the cancel gives nothing back, and its record says 0, so the rider is not told of money returned', async () => {
    const { rider, trip, step } = await rideTo('DRIVER_ARRIVING');
    // A start whose hold the wallet refused, as after a crash with the rider's funds gone since: the hold is asked, none is open.
    await sql(h.tripDbUrl, `update trip set hold_state = 'REQUESTED', hold_requested_at = now(), fare = $2 where id = $1`, [trip.id, String(FUNDS * 2n)]);
    expect(await step('cancel')).toMatchObject({ status: 'CANCELLED_BY_DRIVER', holdState: 'RELEASED' });
    expect(await h.balance(rider.walletId)).toMatchObject({ availableBalance: FUNDS.toString(), lockedBalance: '0' });
    expect(await releasedAmounts(trip.id)).toEqual(['0']);
  });

  it('a CASH ride: the driver keeps the cash and owes the commission (negative balance)', async () => {
    const { trip, driver } = await rideTo('COMPLETED', 'CASH', 0n);
    const s = await h.tc.call('SettleTrip', { tripId: trip.id }, { actor: h.admin });
    expect(s).toMatchObject({ paymentMethod: 'CASH', platformAmount: { amount: '34900' }, driverAmount: { amount: '139600' } });
    expect(await h.balance(driver.walletId)).toMatchObject({ availableBalance: '0', negativeBalance: '34900' });
  });

  it('an unverified driver cannot go online, and an offline driver cannot accept', async () => {
    const unverified = await h.user('DRIVER');
    expect(await codeOf(h.tc.call('SetDriverOnline', { online: true }, { actor: unverified.actor }))).toBe('NOT_ELIGIBLE');
    const offline = await h.user('DRIVER', { verified: true });
    const { trip } = await rideTo('SEARCHING_DRIVER');
    expect(await codeOf(h.tc.call('Transition', { tripId: trip.id, action: 'accept' }, { actor: unverified.actor }))).toBe('NOT_ELIGIBLE');
    expect(await codeOf(h.tc.call('Transition', { tripId: trip.id, action: 'accept' }, { actor: offline.actor }))).toBe('DRIVER_OFFLINE');
  });

  it('a driver is on one trip at a time: another is refused until theirs is done or cancelled, and of 5 taken at once one is theirs', async () => {
    const { driver, step } = await rideTo('DRIVER_ARRIVING');
    const waiting = await rideTo('SEARCHING_DRIVER');
    const take = (tripId: string) => h.tc.call('Transition', { tripId, action: 'accept' }, { actor: driver.actor });
    const refused = await take(waiting.trip.id).catch((e: Error & { code: string }) => e);
    expect(refused).toMatchObject({ code: 'DRIVER_ON_ANOTHER_TRIP' });
    expect((refused as Error).message).toContain('finish or cancel your current ride');
    // Nothing was taken: another driver still can.
    expect(await h.tc.call('GetTrip', { tripId: waiting.trip.id }, { actor: waiting.rider.actor })).toMatchObject({ status: 'SEARCHING_DRIVER', driverId: '' });

    await step('start');
    await step('complete'); // done: the driver is free, though the ride is not settled yet
    const parcels = await Promise.all(
      Array.from({ length: 5 }, async () => {
        const rider = await h.user('RIDER', { funds: FUNDS });
        return h.tc.call('RequestTrip', { serviceType: 'PARCEL', paymentMethod: 'ONLINE', distanceMeters: 3_000 }, { actor: rider.actor });
      }),
    );
    const outcomes = await Promise.all(parcels.map((p) => codeOf(take(p.id))));
    expect(outcomes.filter((o) => o === 'OK')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'DRIVER_ON_ANOTHER_TRIP')).toHaveLength(4);
    const [row] = await sql<{ n: string }>(h.tripDbUrl, `select count(*)::text as n from trip where driver_id = $1 and status = 'ACCEPTED'`, [driver.id]);
    expect(row?.n).toBe('1');

    const taken = parcels[outcomes.indexOf('OK')]!;
    await h.tc.call('Transition', { tripId: taken.id, action: 'cancel' }, { actor: driver.actor });
    expect(await take(waiting.trip.id)).toMatchObject({ status: 'ACCEPTED', driverId: driver.id });
  });

  it('refuses illegal transitions with 409 naming the state, and hides trips from strangers', async () => {
    const { trip, driver, rider } = await rideTo('DRIVER_ARRIVING');
    const err = await h.tc.call('Transition', { tripId: trip.id, action: 'complete' }, { actor: driver.actor }).catch((e: Error & { code: string }) => e);
    expect(err).toMatchObject({ code: 'ILLEGAL_TRANSITION' });
    expect((err as Error).message).toBe('cannot complete a trip that is driver arriving');
    expect(await codeOf(h.tc.call('Transition', { tripId: trip.id, action: 'start' }, { actor: rider.actor }))).toBe('ACTION_NOT_ALLOWED');
    const stranger = await h.user('RIDER');
    expect(await codeOf(h.tc.call('GetTrip', { tripId: trip.id }, { actor: stranger.actor }))).toBe('TRIP_NOT_FOUND');
    expect(await codeOf(h.tc.call('RequestTrip', { serviceType: 'RIDE', paymentMethod: 'ONLINE', distanceMeters: 5 }, { actor: rider.actor }))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(await codeOf(h.tc.call('RequestTrip', { serviceType: 'RIDE', paymentMethod: 'ONLINE', distanceMeters: 5_000 }, { actor: driver.actor }))).toBe(
      'ACTION_NOT_ALLOWED',
    );
  });

  it('a trip pays the rule in force when it was completed, whenever it is settled, and the settlement records it', async () => {
    const rule = await h.tc.call(
      'SetCommissionRule',
      { serviceType: 'RIDE', countryCode: 'NG', paymentMethod: 'CASH', bps: 1250, effectiveFrom: '' },
      { actor: h.admin },
    );
    const { trip } = await rideTo('COMPLETED', 'CASH', 0n);
    const { trip: waiting } = await rideTo('COMPLETED', 'CASH', 0n);
    const s = await h.tc.call('SettleTrip', { tripId: trip.id }, { actor: h.admin });
    // 174,500 x 12.5% = 21,812.5: half-up to 21,813 for the platform, 152,687 for the driver.
    expect(s).toMatchObject({ commissionRuleId: rule.id, commissionBps: 1250, platformAmount: { amount: '21813' }, driverAmount: { amount: '152687' } });
    // A new rate from now on: the ride completed under 12.5% still pays it when settled later; a ride completed now pays the new one.
    const raised = await h.tc.call(
      'SetCommissionRule',
      { serviceType: 'RIDE', countryCode: 'NG', paymentMethod: 'CASH', bps: 2500, effectiveFrom: '' },
      { actor: h.admin },
    );
    const { trip: later } = await rideTo('COMPLETED', 'CASH', 0n);
    expect(await h.tc.call('SettleTrip', { tripId: waiting.id }, { actor: h.admin })).toMatchObject({ commissionRuleId: rule.id, commissionBps: 1250 });
    expect(await h.tc.call('SettleTrip', { tripId: later.id }, { actor: h.admin })).toMatchObject({
      commissionRuleId: raised.id,
      commissionBps: 2500,
      platformAmount: { amount: '43625' }, // 174,500 x 25%
    });
    // A version dated a few minutes back (an admin's clock behind) starts when it is made: a ride completed just before keeps 25%.
    const { trip: justBefore } = await rideTo('COMPLETED', 'CASH', 0n);
    const askedAt = new Date();
    const skewed = await h.tc.call(
      'SetCommissionRule',
      { serviceType: 'RIDE', countryCode: 'NG', paymentMethod: 'CASH', bps: 3000, effectiveFrom: new Date(askedAt.getTime() - 120_000).toISOString() },
      { actor: h.admin },
    );
    expect(new Date(skewed.effectiveFrom).getTime()).toBeGreaterThanOrEqual(askedAt.getTime());
    expect(await h.tc.call('SettleTrip', { tripId: justBefore.id }, { actor: h.admin })).toMatchObject({ commissionRuleId: raised.id, commissionBps: 2500 });
    const rider = await h.user('RIDER');
    expect(
      await codeOf(
        h.tc.call('SetCommissionRule', { serviceType: 'RIDE', countryCode: 'NG', paymentMethod: 'CASH', bps: 0, effectiveFrom: '' }, { actor: rider.actor }),
      ),
    ).toBe('ADMIN_ONLY');
    // A version dated in the past is refused: it would rewrite what was in force, or never apply.
    for (const effectiveFrom of ['2020-01-01T00:00:00Z', new Date(Date.now() - 3_600_000).toISOString()])
      expect(
        await codeOf(
          h.tc.call('SetCommissionRule', { serviceType: 'RIDE', countryCode: 'NG', paymentMethod: 'CASH', bps: 1750, effectiveFrom }, { actor: h.admin }),
        ),
      ).toBe('EFFECTIVE_FROM_IN_PAST');
    // A slip of the year (9999) is refused, not scheduled for good.
    expect(
      await codeOf(
        h.tc.call(
          'SetCommissionRule',
          { serviceType: 'RIDE', countryCode: 'NG', paymentMethod: 'CASH', bps: 1750, effectiveFrom: '9999-12-31T23:59:59Z' },
          { actor: h.admin },
        ),
      ),
    ).toBe('INVALID_ARGUMENT');
    const versions = await h.tc.call('ListCommissionRules', {});
    expect(versions.rules.filter((r: { bps: number }) => r.bps === 1750)).toEqual([]);
  });
});

describe('tariffs', () => {
  it('an admin reprices a service; new trips use it, trips already requested keep their fare', async () => {
    const rider = await h.user('RIDER');
    const before = await h.tc.call('RequestTrip', { serviceType: 'PARCEL', paymentMethod: 'CASH', distanceMeters: 10_000 }, { actor: rider.actor });
    expect(before.fare).toEqual({ amount: '180000', currency: 'NGN' }); // 60,000 + 12,000 x 10 km
    const t = await h.tc.call(
      'SetTariff',
      { countryCode: 'NG', serviceType: 'PARCEL', baseFare: '70000', perKm: '10000', minimumFare: '100000', currency: 'USD' },
      { actor: h.admin },
    );
    expect(t).toMatchObject({ currency: 'NGN', baseFare: '70000' }); // the currency is the country's, not the request's
    const after = await h.tc.call('RequestTrip', { serviceType: 'PARCEL', paymentMethod: 'CASH', distanceMeters: 10_000 }, { actor: rider.actor });
    expect(after.fare).toEqual({ amount: '170000', currency: 'NGN' });
    expect((await h.tc.call('GetTrip', { tripId: before.id }, { actor: rider.actor })).fare).toEqual({ amount: '180000', currency: 'NGN' });
    expect((await h.tc.call('ListTariffs', { countryCode: 'NG' })).tariffs.map((x) => x.serviceType)).toEqual(['FOOD', 'PARCEL', 'RIDE']);
    expect(
      await codeOf(
        h.tc.call('SetTariff', { countryCode: 'NG', serviceType: 'RIDE', baseFare: '1', perKm: '1', minimumFare: '0', currency: '' }, { actor: h.admin }),
      ),
    ).toBe('INVALID_ARGUMENT');
    expect(
      await codeOf(
        h.tc.call('SetTariff', { countryCode: 'ZA', serviceType: 'RIDE', baseFare: '1', perKm: '1', minimumFare: '1', currency: '' }, { actor: h.admin }),
      ),
    ).toBe('COUNTRY_NOT_PRICED');
    expect(
      await codeOf(
        h.tc.call('SetTariff', { countryCode: 'NG', serviceType: 'RIDE', baseFare: '1', perKm: '1', minimumFare: '1', currency: '' }, { actor: rider.actor }),
      ),
    ).toBe('ADMIN_ONLY');
  });
});

describe('a crash between the hold and the trip update', () => {
  it('leaves no orphan hold once recovery runs, and the driver can start again', async () => {
    let crash = true;
    const crashing = await startTripHarness({
      afterHoldForTests: () => {
        if (crash) throw new Error('process died here');
      },
    });
    try {
      const rider = await crashing.user('RIDER', { funds: FUNDS });
      const driver = await crashing.user('DRIVER', { verified: true, online: true });
      const trip = await crashing.tc.call('RequestTrip', { serviceType: 'RIDE', paymentMethod: 'ONLINE', distanceMeters: 8_300 }, { actor: rider.actor });
      for (const a of ['accept', 'arrive']) await crashing.tc.call('Transition', { tripId: trip.id, action: a }, { actor: driver.actor });
      expect(await codeOf(crashing.tc.call('Transition', { tripId: trip.id, action: 'start' }, { actor: driver.actor }))).not.toBe('OK');
      // The wallet holds the fare, the trip does not know: the orphan the recovery must clear.
      expect(await crashing.balance(rider.walletId)).toMatchObject({ lockedBalance: '174500' });
      expect(await crashing.tc.call('GetTrip', { tripId: trip.id }, { actor: rider.actor })).toMatchObject({
        status: 'DRIVER_ARRIVING',
        holdState: 'REQUESTED',
      });

      const { recoverHolds } = await import('../src/application/fare-hold.ts');
      expect(await recoverHolds(crashing.trips.ctx, 0)).toBe(1);
      expect(await crashing.balance(rider.walletId)).toMatchObject({ availableBalance: FUNDS.toString(), lockedBalance: '0' });
      crash = false;
      expect(await crashing.tc.call('Transition', { tripId: trip.id, action: 'start' }, { actor: driver.actor })).toMatchObject({
        status: 'IN_PROGRESS',
        holdState: 'HELD',
      });
      expect(await crashing.balance(rider.walletId)).toMatchObject({ lockedBalance: '174500' });
    } finally {
      await crashing.stop();
    }
  });
});
