import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Schemas } from '@ziba/api-client';
import { sql } from '@ziba/testing';
import { createHmac, randomInt } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkInvariants, formatReport, type InvariantReport } from '../../packages/invariants/src/index.ts';
import { ROOT } from '../../scripts/stack.ts';
import { startE2eStack, type E2eStack } from './support/e2e-stack.ts';
import { faultClient, History, retryingFetch, type Answer, type RetryPolicy } from './support/fault-client.ts';
import { SERVICES_TO_KILL, startFaults, type FaultLog } from './support/fault-injector.ts';
import { profile } from './support/people.ts';
import { seededRandom, type Random } from './support/seeded-random.ts';

// The Jepsen bank test, bounded. Simulated users move money through REST at random and at the same
// time (top-ups, ONLINE and CASH rides, food orders, settlements, withdrawals, approvals,
// rejections, mark paid and failed, retries, reversals, signed provider webhooks), each request with
// an Idempotency-Key and retried like a real app. Meanwhile every service is SIGKILLed in turn and
// started again, the services' database connections are terminated and the stack's broker
// connections cut. Then the faults stop, recovery runs, and the run checks:
// - every invariant of scripts/check-invariants holds;
// - every success a client saw is in the ledger (each top-up's entry, each settlement's entry, each
//   payout), every refusal moved nothing, nothing happened twice, nothing happened that no client asked for;
// - every answered request, sent again with its key, gets its first answer (saying, where it says, that it is a replay).
// FAULT_SEED replays a run's choices and fault order (timing differs); FAULT_SECONDS runs longer.

const SEED = Number(process.env.FAULT_SEED ?? randomInt(1, 2 ** 31 - 1));
const SECONDS = Number(process.env.FAULT_SECONDS ?? 75);
const WORKERS = 8;
const random = seededRandom(SEED);
// Several thousand requests from one machine: the gateway sees each simulated user at an address of its own, as behind a load balancer.
const GATEWAY_ENV = { TRUST_PROXY: 'true' };

let e2e: E2eStack;
beforeAll(async () => {
  console.log(`fault injection: seed ${SEED} (FAULT_SEED=${SEED} replays it), ${SECONDS} s of load and faults`);
  e2e = await startE2eStack('faults', { env: { gateway: GATEWAY_ENV } });
}, 120_000);
afterAll(async () => e2e?.stop(), 60_000);

type Api = ReturnType<typeof faultClient>;
interface User {
  id: string;
  role: 'RIDER' | 'DRIVER' | 'RESTAURANT';
  testMode: boolean;
  api: Api;
  menu: string[];
}

const stats: RetryPolicy['stats'] = { requests: 0, retries: {} };
let faultsUntil = Infinity;
/** A fault is retried until this time: during setup two minutes; then until 150 s after the faults end (a killed gateway's idempotency claims last 120 s). */
let retryUntil = Date.now() + 120_000;
const policy: RetryPolicy = { deadline: () => retryUntil, inProgressPatienceMs: 12_000, stats };
const history = new History();
let ipCounter = 0;
const nextIp = () => `10.${(++ipCounter >> 16) & 255}.${(ipCounter >> 8) & 255}.${ipCounter & 255}`;
const NG_MINIMUM = 100_000;
let accounts = 0;

describe('money under faults (Jepsen bank test, bounded)', () => {
  it(
    'keeps every invariant and every answer through killed services, dropped connections and a cut broker',
    async () => {
      const world = await buildWorld();
      const opsBefore = history.operations.length;

      const faultLog: FaultLog[] = [];
      faultsUntil = Date.now() + SECONDS * 1000;
      retryUntil = faultsUntil + 150_000;
      const injector = startFaults(e2e, random.fork(1_000), { brokerRestart: process.env.FAULT_BROKER_RESTART === '1', onFault: (f) => faultLog.push(f) });
      const workers = [
        ...Array.from({ length: WORKERS }, (_, i) => userWorker(world, random.fork(i), i)),
        adminWorker(world, random.fork(100), 0),
        adminWorker(world, random.fork(101), 1),
        webhookWorker(world, random.fork(200)),
      ];
      await sleepUntil(faultsUntil);
      await injector.stop();
      const faultsEnded = Date.now();
      await Promise.all(workers);

      // Recovery: every indeterminate request is sent again until answered (a killed gateway's claims expire after 120 s).
      const resolution = await history.resolve(retryUntil);
      const report = await checkInvariants(
        { databaseUrls: e2e.stack.databaseUrls, amqpUrl: e2e.stack.amqpUrl, queues: e2e.stack.consumerQueues },
        { waitSeconds: 120 },
      );
      const seen = await checkWhatClientsSaw();
      const replays = await history.replayAnswered();

      const summary = summarise({ opsBefore, faultLog, faultsEnded, resolution, report, seen, replays });
      console.log(summary.text);
      mkdirSync(join(ROOT, '.run', 'fault-injection'), { recursive: true });
      writeFileSync(join(ROOT, '.run', 'fault-injection', `${SEED}.json`), JSON.stringify(summary.figures, null, 2));

      expect(faultLog.filter((f) => f.error)).toEqual([]);
      expect(await Promise.all(resolution.unresolved.map(async (o) => `${o.kind} ${o.key}${await stateOf(o.subject)}`))).toEqual([]);
      expect(report.violations === 0 ? 'every invariant holds' : formatReport(report)).toBe('every invariant holds');
      expect(seen.problems).toEqual([]);
      expect(history.operations.filter((o) => o.kind.startsWith('scenario-error')).map((o) => `${o.kind}: ${String(o.body)}`)).toEqual([]);
      expect(replays.mismatches).toEqual([]);
      expect(seen.refusedButDone).toEqual([]);
      // The run did exercise what it claims to: the first eight faults are one of each kind (every service killed), about a minute's worth.
      if (SECONDS >= 60) expect(new Set(faultLog.map((f) => f.fault.replace('broker-restart', 'broker-connections'))).size).toBe(SERVICES_TO_KILL.length + 2);
      expect(seen.counts.addFunds).toBeGreaterThan(0);
      expect(seen.counts.settlements).toBeGreaterThan(0);
    },
    (SECONDS + 480) * 1000,
  );
});

// ---- the world: riders, drivers and restaurants, live and test mode, made before the faults ----

interface World {
  /** The admin signed in at a desk of its own (its own address): each worker's settlements, each payout desk. */
  admin(desk: number): Api;
  riders: User[];
  drivers: User[];
  restaurants: User[];
  testRiders: User[];
  testDrivers: User[];
  /** Payouts the earners asked for, with the status last seen, decided by the admins and the provider. */
  payouts: Map<string, { owner: User; testMode: boolean; status: string }>;
  webhookEvents: string[];
}

async function buildWorld(): Promise<World> {
  const desks = new Map<number, Api>();
  const first = await signIn(e2e.secrets.adminEmail, e2e.secrets.adminPassword);
  const token = first.token;
  const admin = (desk: number) => desks.get(desk) ?? desks.set(desk, faultClient(e2e.stack.gatewayUrl, policy, nextIp(), token)).get(desk)!;
  const users = await Promise.all([
    ...Array.from({ length: 6 }, () => user('RIDER', false)),
    ...Array.from({ length: 6 }, () => user('DRIVER', false)),
    ...Array.from({ length: 3 }, () => user('RESTAURANT', false)),
    ...Array.from({ length: 2 }, () => user('RIDER', true)),
    ...Array.from({ length: 3 }, () => user('DRIVER', true)),
  ]);
  const of = (role: User['role'], testMode: boolean) => users.filter((u) => u.role === role && u.testMode === testMode);
  return {
    admin,
    riders: of('RIDER', false),
    drivers: of('DRIVER', false),
    restaurants: of('RESTAURANT', false),
    testRiders: of('RIDER', true),
    testDrivers: of('DRIVER', true),
    payouts: new Map(),
    webhookEvents: [],
  };
}

async function signIn(email: string, password: string): Promise<{ api: Api; token: string }> {
  const ip = nextIp();
  const login = await faultClient(e2e.stack.gatewayUrl, policy, ip).POST('/api/auth/login', { body: { email, password } });
  if (!login.data) throw new Error(`sign-in failed: ${login.response.status}`);
  return { api: faultClient(e2e.stack.gatewayUrl, policy, ip, login.data.accessToken), token: login.data.accessToken };
}

// Ending in 1: the simulated document provider refuses numbers ending in 99 and is 'unavailable' for 98.
const digits = (n: number) => Array.from({ length: n }, (_, i) => (i === n - 1 ? 1 : random.int(0, 9))).join('');
const holder = { holderName: 'Adaeze Okafor', holderAddress: { line1: '12 Admiralty Way', city: 'Lekki', state: 'Lagos', countryCode: 'NG' } };

/** A user of this role with a profile; earners verified (NIN, and a licence for drivers), with a bank account; drivers online; restaurants with a menu. */
async function user(role: User['role'], testMode: boolean): Promise<User> {
  const email = `fault-${role.toLowerCase()}-${SEED}-${digits(12)}@example.com`;
  const password = 'fault injection password';
  const anonymous = faultClient(e2e.stack.gatewayUrl, policy, nextIp());
  const registered = await anonymous.POST('/api/auth/register', { body: { email, password, role, countryCode: 'NG', testMode } });
  if (!registered.data) throw new Error(`register failed: ${registered.response.status} ${JSON.stringify(registered.error)}`);
  const { api } = await signIn(email, password);
  await must(api.PUT('/api/me/identity-profile', { body: profile }));
  const u: User = { id: registered.data.id, role, testMode, api, menu: [] };
  if (role === 'RIDER') return u;
  await must(
    api.POST('/api/me/identity-documents', {
      body: { documentType: 'NIN', documentNumber: digits(11), issuingAuthority: 'NIMC', countryCode: 'NG', ...holder },
    }),
  );
  if (role === 'DRIVER') {
    const expiryDate = `${new Date().getUTCFullYear() + 5}-06-30`;
    await must(
      api.POST('/api/me/identity-documents', {
        body: { documentType: 'DRIVER_LICENSE', documentNumber: `LAG${digits(9)}`, issuingAuthority: 'FRSC', expiryDate, countryCode: 'NG', ...holder },
      }),
    );
  }
  const account = {
    type: 'BANK' as const,
    bankName: 'Zenith Bank',
    bankCode: '057',
    accountNumber: `${String(++accounts).padStart(4, '0')}${digits(6)}`,
    accountName: 'Adaeze Okafor',
  };
  if (role === 'DRIVER') {
    await until(
      async () => (await api.GET('/api/me/eligibility', { params: { query: { action: 'GO_ONLINE' } } })).data?.allowed === true,
      `driver ${email} verified`,
    );
    await must(api.POST('/api/driver/online', { body: {} }));
    await must(api.POST('/api/driver/bank-account', { body: account }));
  } else {
    await must(api.POST('/api/restaurant/bank-account', { body: account }));
    for (const [name, price] of [
      ['Jollof rice', 250_000],
      ['Suya', 120_000],
      ['Chapman', 80_000],
    ] as const) {
      u.menu.push((await must(api.POST('/api/restaurant/menu-items', { body: { name, price, available: true } }))).id);
    }
  }
  return u;
}

async function must<T>(p: Promise<Answer<T>>): Promise<T> {
  const r = await p;
  if (r.response.status >= 300) throw new Error(`setup request failed: ${r.response.status} ${JSON.stringify(r.error)}`);
  return r.data as T;
}

async function until(check: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms: ${what}`);
    await sleep(200);
  }
}

// ---- the simulated users ----

let keyCounter = 0;
const key = (kind: string) => `${kind}:${SEED}:${++keyCounter}`;
const header = (k: string) => ({ 'idempotency-key': k });

async function userWorker(world: World, r: Random, index: number): Promise<void> {
  await sleep(index * 150);
  while (Date.now() < faultsUntil) {
    const scenario = r.weighted({ topUp: 20, onlineRide: 22, cashRide: 10, food: 16, withdraw: 20, testWorld: 12 });
    try {
      if (scenario === 'topUp') await topUp(r, r.pick(world.riders));
      else if (scenario === 'onlineRide') await ride(world.admin(index), r, r.pick(world.riders), r.pick(world.drivers), 'ONLINE');
      else if (scenario === 'cashRide') await ride(world.admin(index), r, r.pick(world.riders), r.pick(world.drivers), 'CASH');
      else if (scenario === 'food')
        await food(world.admin(index), r, r.pick(world.riders), r.pick(world.restaurants), r.pick(world.drivers), r.chance(0.7) ? 'ONLINE' : 'CASH');
      else if (scenario === 'withdraw') await withdraw(world, r, [...world.drivers, ...world.restaurants]);
      else {
        // Test money: its payouts go to the simulated provider, which calls back with signed webhooks.
        const what = r.weighted({ ride: 2, topUp: 1, withdraw: 1 });
        if (what === 'ride') await ride(world.admin(index), r, r.pick(world.testRiders), r.pick(world.testDrivers), 'ONLINE');
        else if (what === 'topUp') await topUp(r, r.pick(world.testRiders));
        else await withdraw(world, r, world.testDrivers);
      }
    } catch (err) {
      // A scenario stops where the client could not go on (an unexpected answer); the run goes on.
      history.operations.push({
        kind: `scenario-error:${scenario}`,
        key: null,
        status: 0,
        body: (err as Error).message,
        replayed: false,
        attempts: 0,
        send: async () => Promise.reject(err),
      });
    }
  }
}

async function topUp(r: Random, rider: User) {
  const k = key('add-funds');
  const amount = r.int(10, 500) * 10_000;
  await history.run('add-funds', k, () => rider.api.POST('/api/wallet/add-funds', { params: { header: header(k) }, body: { amount } }));
}

const RIDE_STEPS = ['accept', 'arrive', 'start', 'complete'] as const;

/** A ride from request to settlement (by `settler`, the settlement desk), or cancelled on the way. */
async function ride(settler: Api, r: Random, rider: User, driver: User, paymentMethod: 'ONLINE' | 'CASH') {
  const requestKey = key('trip.request');
  const request = { serviceType: 'RIDE' as const, paymentMethod, distanceMeters: r.int(1_000, 20_000) }; // one body for every retry and replay
  const trip = await history.run('trip.request', requestKey, () => rider.api.POST('/api/trips', { params: { header: header(requestKey) }, body: request }));
  const tripId = trip?.data?.id;
  if (!tripId) return;
  for (const step of RIDE_STEPS) {
    // Once the ride has started only the driver may cancel it (the rider's cancel ends before the work begins).
    if (r.chance(0.06)) return tripAction('trip.cancel', step === 'complete' ? driver : rider, tripId);
    const k = key(`trip.${step}`);
    const moved = await history.run(
      `trip.${step}`,
      k,
      () => driver.api.POST(`/api/trips/{tripId}/${step}`, { params: { path: { tripId }, header: header(k) }, body: {} }),
      tripId,
      driver.id,
    );
    if (!moved) return;
    // A refused start (the rider cannot cover the fare) ends the ride: the rider cancels.
    if (moved.response.status !== 200) return step === 'start' ? tripAction('trip.cancel', rider, tripId) : undefined;
    await sleep(r.int(0, 150));
  }
  const k = key('trip.settle');
  await history.run('trip.settle', k, () => settler.POST('/api/trips/{tripId}/settle', { params: { path: { tripId }, header: header(k) }, body: {} }), tripId);
}

async function tripAction(kind: string, actor: User, tripId: string) {
  const k = key(kind);
  await history.run(
    kind,
    k,
    () => actor.api.POST('/api/trips/{tripId}/cancel', { params: { path: { tripId }, header: header(k) }, body: {} }),
    tripId,
    actor.id,
  );
}

const RESTAURANT_STEPS = ['accept', 'prepare', 'ready'] as const;
const DELIVERY_STEPS = ['accept-delivery', 'pick-up', 'on-the-way', 'deliver'] as const;

async function food(settler: Api, r: Random, customer: User, restaurant: User, driver: User, paymentMethod: 'ONLINE' | 'CASH') {
  const lines = [{ menuItemId: r.pick(restaurant.menu), quantity: r.int(1, 3) }];
  const orderKey = key('food.order');
  const placed = { restaurantId: restaurant.id, lines, paymentMethod, distanceMeters: r.int(800, 9_000) }; // one body for every retry and replay
  const order = await history.run('food.order', orderKey, () => customer.api.POST('/api/food-orders', { params: { header: header(orderKey) }, body: placed }));
  const orderId = order?.data?.id;
  if (!orderId) return;
  const act = async (actor: User, step: (typeof RESTAURANT_STEPS)[number] | (typeof DELIVERY_STEPS)[number] | 'cancel') => {
    const k = key(`food.${step}`);
    return history.run(
      `food.${step}`,
      k,
      () => actor.api.POST(`/api/food-orders/{orderId}/${step}`, { params: { path: { orderId }, header: header(k) }, body: {} }),
      orderId,
      actor.id,
    );
  };
  for (const step of RESTAURANT_STEPS) {
    // Once accepted, the order is the restaurant's to cancel, not the customer's.
    if (r.chance(0.05)) return act(step === 'accept' ? customer : restaurant, 'cancel');
    const moved = await act(restaurant, step);
    if (!moved) return;
    if (moved.response.status !== 200) return step === 'accept' ? act(customer, 'cancel') : undefined;
  }
  for (const step of DELIVERY_STEPS) {
    const moved = await act(driver, step);
    if (moved?.response.status !== 200) return;
  }
  const k = key('food.settle');
  await history.run(
    'food.settle',
    k,
    () => settler.POST('/api/food-orders/{orderId}/settle', { params: { path: { orderId }, header: header(k) }, body: {} }),
    orderId,
  );
}

const OPEN_PAYOUT = ['REQUESTED', 'PENDING', 'APPROVED', 'PROCESSING', 'FAILED'];

/** An earner withdraws; mostly one without an open payout (a second open one is refused, and counts towards the velocity limit). */
async function withdraw(world: World, r: Random, earners: User[]) {
  const free = earners.filter((e) => ![...world.payouts.values()].some((p) => p.owner === e && OPEN_PAYOUT.includes(p.status)));
  const earner = r.pick(free.length && r.chance(0.9) ? free : earners);
  const wallet = await earner.api.GET('/api/wallet').catch(() => null);
  const withdrawable = Number(wallet?.data?.withdrawableBalance ?? 0);
  // Now and then more than there is: refused and recorded as BLOCKED, with nothing moved.
  const amount = withdrawable >= NG_MINIMUM && r.chance(0.9) ? r.int(NG_MINIMUM, Math.min(withdrawable, 5_000_000)) : NG_MINIMUM + r.int(0, 100_000);
  const k = key('withdraw');
  const body = { amount, currency: 'NGN' as const };
  const answer =
    earner.role === 'DRIVER'
      ? await history.run('withdraw', k, () => earner.api.POST('/api/driver/withdraw', { params: { header: header(k) }, body }))
      : await history.run('withdraw', k, () => earner.api.POST('/api/restaurant/withdraw', { params: { header: header(k) }, body }));
  const payout = answer?.data as Schemas['Payout'] | undefined;
  if (payout?.id) world.payouts.set(payout.id, { owner: earner, testMode: earner.testMode, status: payout.status });
}

// ---- the admins (payout decisions) and the payout provider (signed webhooks) ----

/** One of two admin desks; each decides its own half of the payouts, so a refusal is never the other desk's doing. */
async function adminWorker(world: World, r: Random, desk: 0 | 1): Promise<void> {
  const admin = world.admin(100 + desk);
  while (Date.now() < faultsUntil) {
    await sleep(r.int(150, 600));
    const ids = [...world.payouts].filter(([id, p]) => OPEN_PAYOUT.includes(p.status) && parseInt(id.slice(-1), 16) % 2 === desk).map(([id]) => id);
    if (!ids.length) continue;
    const payoutId = r.pick(ids);
    const detail = await admin.GET('/api/admin/payouts/{payoutId}', { params: { path: { payoutId } } }).catch(() => null);
    const status = detail?.data?.status;
    if (status) world.payouts.get(payoutId)!.status = status;
    const p = { params: { path: { payoutId } } };
    const decide = async (kind: string, send: (k: string) => Promise<Answer>) => {
      const k = key(kind);
      const answer = await history.run(kind, k, () => send(k), payoutId);
      const moved = answer?.data as Schemas['Payout'] | undefined;
      if (moved?.status) world.payouts.get(payoutId)!.status = moved.status;
    };
    if (status === 'PENDING') {
      if (r.chance(0.75))
        await decide('payout.approve', (k) =>
          admin.POST('/api/admin/payouts/{payoutId}/approve', { params: { ...p.params, header: header(k) }, body: { note: 'checked by the fault run' } }),
        );
      else
        await decide('payout.reject', (k) =>
          admin.POST('/api/admin/payouts/{payoutId}/reject', {
            params: { ...p.params, header: header(k) },
            body: { rejectionReason: 'rejected by the fault run' },
          }),
        );
    } else if (status === 'PROCESSING' && (!world.payouts.get(payoutId)!.testMode || r.chance(0.2))) {
      if (r.chance(0.65))
        await decide('payout.mark-paid', (k) =>
          admin.POST('/api/admin/payouts/{payoutId}/mark-paid', {
            params: { ...p.params, header: header(k) },
            body: { externalReference: `NIP-${payoutId.slice(0, 8)}` },
          }),
        );
      else
        await decide('payout.mark-failed', (k) =>
          admin.POST('/api/admin/payouts/{payoutId}/mark-failed', {
            params: { ...p.params, header: header(k) },
            body: { failureReason: 'bank timeout (fault run)' },
          }),
        );
    } else if (status === 'FAILED') {
      if (r.chance(0.5))
        await decide('payout.retry', (k) => admin.POST('/api/admin/payouts/{payoutId}/retry', { params: { ...p.params, header: header(k) }, body: {} }));
      else await decide('payout.reverse', (k) => admin.POST('/api/admin/payouts/{payoutId}/reverse', { params: { ...p.params, header: header(k) }, body: {} }));
    }
  }
}

/** The simulated provider calls back by itself; this worker adds what real providers do: repeats, late failures, returns. */
async function webhookWorker(world: World, r: Random): Promise<void> {
  const send = retryingFetch(policy);
  while (Date.now() < faultsUntil) {
    await sleep(r.int(300, 1_200));
    const testPayouts = [...world.payouts].filter(([, p]) => p.testMode && p.status !== 'BLOCKED').map(([id]) => id);
    if (!testPayouts.length) continue;
    const reference = r.pick(testPayouts);
    const status = r.weighted({ PAID: 5, FAILED: 3, RETURNED: 2 });
    // A provider delivers an event again now and then: the same event id is applied once.
    let eventId = world.webhookEvents.length && r.chance(0.3) ? r.pick(world.webhookEvents) : null;
    if (!eventId) world.webhookEvents.push((eventId = `fault-${SEED}-${world.webhookEvents.length + 1}`));
    const body = JSON.stringify({
      eventId,
      reference,
      status,
      externalReference: `SIM-${reference.slice(0, 8)}`,
      ...(status !== 'PAID' ? { failureReason: 'reported by the fault run' } : {}),
    });
    await history.run(`webhook.${status}`, null, async () => {
      const ts = String(Math.floor(Date.now() / 1000));
      const signature = createHmac('sha256', e2e.secrets.webhookSecret).update(`${ts}.${body}`).digest('hex');
      const response = await send(
        new Request(`${e2e.stack.gatewayUrl}/api/webhooks/payouts/simulated`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-ziba-timestamp': ts, 'x-ziba-signature': signature },
          body,
        }),
      );
      const data: unknown = await response
        .clone()
        .json()
        .catch(() => null);
      return response.ok ? { data, response } : { error: data, response };
    });
  }
}

// ---- what the clients saw, against the databases ----

const PAYOUT_MOVES: Record<string, string[]> = {
  PENDING: ['APPROVED', 'REJECTED', 'PROCESSING'],
  APPROVED: ['PROCESSING', 'REJECTED'],
  PROCESSING: ['PAID', 'FAILED'],
  FAILED: ['PROCESSING', 'REVERSED', 'PAID'], // PAID: the provider reported it paid after all
  PAID: ['RETURNED'],
};
function reachable(from: string): Set<string> {
  const seen = new Set([from]);
  for (const s of seen) for (const next of PAYOUT_MOVES[s] ?? []) seen.add(next);
  return seen;
}

/** What the databases hold for an operation's trip or payout, so a failure says where it was left. */
async function stateOf(subject: string | undefined): Promise<string> {
  if (!subject) return '';
  const [trip] = await sql(
    e2e.stack.databaseUrls['trip-settlement']!,
    `select status, hold_state, hold_attempt, hold_requested_at, (select json_agg(json_build_object('to', to_status, 'at', at, 'key', request_key) order by id) from trip_transition where trip_id = trip.id) as steps
       from trip where id = $1`,
    [subject],
  );
  if (trip) return `: trip ${JSON.stringify(trip)}`;
  const [payout] = await sql(e2e.stack.databaseUrls.payout!, 'select status, review_flags from payout where id = $1', [subject]);
  return payout ? `: payout ${JSON.stringify(payout)}` : '';
}

async function checkWhatClientsSaw() {
  const problems: string[] = [];
  const ledger = e2e.stack.databaseUrls['wallet-ledger']!;
  const trips = e2e.stack.databaseUrls['trip-settlement']!;
  const payoutsDb = e2e.stack.databaseUrls.payout!;
  const ops = history.operations;
  const counts = { addFunds: 0, created: 0, settlements: 0, payouts: 0, decisions: 0, cancels: 0 };

  // Top-ups: each answered 200 is its ledger entry; a refused one moved nothing; no entry that no client asked for.
  const entries = await sql<{ id: string; key: string }>(ledger, `select id::text, idempotency_key as key from journal_entry where entry_type = 'ADD_FUNDS'`);
  const byClientKey = new Map<string, string[]>();
  for (const e of entries) {
    const m = /^gateway:add-funds:[0-9a-f-]{36}:(.+)$/.exec(e.key);
    byClientKey.set(m?.[1] ?? e.key, [...(byClientKey.get(m?.[1] ?? e.key) ?? []), e.id]);
  }
  const askedKeys = new Set(ops.filter((o) => o.kind === 'add-funds').map((o) => o.key!));
  for (const op of ops.filter((o) => o.kind === 'add-funds')) {
    const ids = byClientKey.get(op.key!) ?? [];
    if (op.status === 200) {
      counts.addFunds++;
      const entryId = (op.body as Schemas['AddFundsResult']).entryId;
      if (ids.length !== 1 || ids[0] !== entryId)
        problems.push(`add-funds ${op.key} answered 200 with entry ${entryId}; the ledger has ${ids.join(', ') || 'none'}`);
    } else if (op.status !== null && ids.length) problems.push(`add-funds ${op.key} answered ${op.status}, yet the ledger has ${ids.join(', ')}`);
    if (ids.length > 1) problems.push(`add-funds ${op.key} happened ${ids.length} times`);
  }
  for (const [k, ids] of byClientKey) if (!askedKeys.has(k)) problems.push(`a top-up no client asked for: ${k} (${ids.join(', ')})`);

  // Settlements: the entry a 200 named is in the ledger and the trip is SETTLED with it.
  const tripRows = new Map(
    (await sql<{ id: string; status: string; settlement_entry_id: string | null }>(trips, 'select id::text, status, settlement_entry_id from trip')).map(
      (t) => [t.id, t],
    ),
  );
  const entryIds = new Set((await sql<{ id: string }>(ledger, 'select id::text from journal_entry')).map((e) => e.id));
  for (const op of ops.filter((o) => (o.kind === 'trip.settle' || o.kind === 'food.settle') && o.status === 200)) {
    counts.settlements++;
    const s = op.body as Schemas['Settlement'];
    const trip = tripRows.get(s.tripId);
    if (trip?.status !== 'SETTLED' || (trip.settlement_entry_id ?? null) !== (s.entryId || null))
      problems.push(`${op.kind} ${op.key} answered settled (entry ${s.entryId}); the trip is ${trip?.status} with entry ${trip?.settlement_entry_id}`);
    if (s.entryId && !entryIds.has(s.entryId)) problems.push(`${op.kind} ${op.key}: entry ${s.entryId} is not in the ledger`);
  }
  // Trip requests and food orders: each 201 is the one trip the service created under its key; no trip under a key no client sent.
  const createdUnder = new Map(
    (
      await sql<{ key: string; trip_id: string }>(
        trips,
        'select request_key as key, trip_id::text from trip_transition where from_status is null and request_key is not null',
      )
    ).map((t) => [t.key, t.trip_id]),
  );
  const creations = ops.filter((o) => o.kind === 'trip.request' || o.kind === 'food.order');
  for (const op of creations.filter((o) => o.status === 201)) {
    counts.created++;
    const id = (op.body as Schemas['Trip']).id;
    if (createdUnder.get(op.key!) !== id)
      problems.push(`${op.kind} ${op.key} answered trip ${id}; under that key the service created ${createdUnder.get(op.key!)}`);
  }
  const creationKeys = new Set(creations.map((o) => o.key));
  for (const [k, id] of createdUnder) if (!creationKeys.has(k)) problems.push(`a trip no client asked for: ${id} (${k})`);
  // A transition the client saw stays true: a cancelled trip stays cancelled, a completed one is completed or settled.
  for (const op of ops.filter((o) => /^(trip|food)\.(cancel|complete|deliver)$/.test(o.kind) && o.status === 200)) {
    const t = op.body as Schemas['Trip'];
    const now = tripRows.get(t.id)?.status;
    if (op.kind.endsWith('cancel')) counts.cancels++;
    const ok = t.status.startsWith('CANCELLED') ? now === t.status : now === t.status || now === 'SETTLED';
    if (!ok) problems.push(`${op.kind} ${op.key} answered ${t.status}; the trip is ${now}`);
  }

  // Payouts: each 201 is a payout of that amount; each answered decision is where the payout is or was on its way; no payout no earner asked for.
  const payoutRows = await sql<{ id: string; status: string; amount: string; idempotency_key: string; owner_id: string }>(
    payoutsDb,
    'select id::text, status, amount::text, idempotency_key, owner_id::text from payout',
  );
  const payoutById = new Map(payoutRows.map((p) => [p.id, p]));
  const withdrawKeys = new Set(ops.filter((o) => o.kind === 'withdraw').map((o) => o.key!));
  for (const op of ops.filter((o) => o.kind === 'withdraw' && o.status === 201)) {
    counts.payouts++;
    const p = op.body as Schemas['Payout'];
    const row = payoutById.get(p.id);
    if (!row || row.amount !== p.amount.amount || row.idempotency_key !== op.key)
      problems.push(`withdraw ${op.key} answered payout ${p.id} of ${p.amount.amount}; the payout service has ${JSON.stringify(row)}`);
  }
  for (const row of payoutRows) if (!withdrawKeys.has(row.idempotency_key)) problems.push(`a payout no earner asked for: ${row.id} (${row.idempotency_key})`);
  for (const op of ops.filter((o) => o.kind.startsWith('payout.') && o.status === 200)) {
    counts.decisions++;
    const p = op.body as Schemas['Payout'];
    const now = payoutById.get(p.id)?.status ?? 'missing';
    if (!reachable(p.status).has(now)) problems.push(`${op.kind} ${op.key} answered ${p.status}; the payout is ${now}`);
  }
  // A retried action refused (409/422) although its first attempt, answered with a 5xx or lost, had done it: the
  // services record the Idempotency-Key with each step and decision, and answer such a retry with what was done.
  const done = new Set(
    [
      ...(await sql<{ k: string }>(trips, `select trip_id || '|' || request_key as k from trip_transition where request_key is not null`)),
      ...(await sql<{ k: string }>(payoutsDb, `select payout_id || '|' || request_key as k from payout_transition where request_key is not null`)),
      ...(await sql<{ k: string }>(payoutsDb, `select payout_id || '|' || request_key as k from payout_approval where request_key is not null`)),
    ].map((t) => t.k),
  );
  const refusedButDone = ops
    .filter((o) => o.status !== null && o.status >= 400 && o.status < 500 && o.attempts > 1 && o.subject && o.key)
    .filter((o) => done.has(`${o.subject}|${o.key}`))
    .map(
      (o) =>
        `${o.kind} ${o.subject} (key ${o.key}, ${o.attempts} attempts): answered ${o.status} ${(o.body as { code?: string }).code}, yet this request had done it`,
    );
  return { problems, counts, refusedButDone };
}

// ---- the report ----

function summarise(r: {
  opsBefore: number;
  faultLog: FaultLog[];
  faultsEnded: number;
  resolution: { resolved: number };
  report: InvariantReport;
  seen: { counts: Record<string, number>; problems: string[]; refusedButDone: string[] };
  replays: { replayed: number; mismatches: string[] };
}) {
  const ops = history.operations.slice(r.opsBefore);
  const byKind: Record<string, Record<string, number>> = {};
  const blockedReasons: Record<string, number> = {};
  for (const op of ops) {
    const problem = op.status !== null && op.status >= 400 ? (op.body as { code?: string; reasons?: string[] } | undefined) : undefined;
    const outcome = op.status === null ? 'indeterminate' : `${op.status}${problem?.code ? ` ${problem.code}` : ''}`;
    (byKind[op.kind] ??= {})[outcome] = (byKind[op.kind]![outcome] ?? 0) + 1;
    for (const reason of problem?.code === 'PAYOUT_BLOCKED' ? (problem.reasons ?? []) : []) blockedReasons[reason] = (blockedReasons[reason] ?? 0) + 1;
  }
  const faults: Record<string, number> = {};
  for (const f of r.faultLog) faults[f.fault] = (faults[f.fault] ?? 0) + 1;
  const figures = {
    seed: SEED,
    seconds: SECONDS,
    operations: ops.length,
    operationsByKind: byKind,
    blockedWithdrawalReasons: blockedReasons,
    retriedOperations: ops.filter((o) => o.attempts > 1).length,
    replayedOnRetry: ops.filter((o) => o.replayed).length,
    resolvedAfterTheFaults: r.resolution.resolved,
    httpRequests: stats.requests,
    retriesByReason: stats.retries,
    faults: r.faultLog.length,
    faultsByKind: faults,
    faultSequence: r.faultLog.map((f) => `${f.fault}${f.detail ? ` (${f.detail})` : ''}${f.error ? ` FAILED: ${f.error}` : ''}`),
    invariants: r.report.results.map((x) => ({ name: x.name, violations: x.violations, checked: x.checked })),
    invariantRounds: r.report.rounds,
    clientChecks: r.seen.counts,
    clientProblems: r.seen.problems.length,
    retriesRefusedThoughDone: r.seen.refusedButDone,
    replaysChecked: r.replays.replayed,
    replayMismatches: r.replays.mismatches.length,
  };
  const text = [
    `fault injection: seed ${SEED} (FAULT_SEED=${SEED} to replay), ${SECONDS} s of load with faults`,
    `operations: ${ops.length} (${figures.retriedOperations} needed retries, ${figures.replayedOnRetry} answered as replays, ${figures.resolvedAfterTheFaults} indeterminate until after the faults); ${stats.requests} HTTP requests`,
    ...Object.entries(byKind)
      .sort()
      .map(
        ([kind, outcomes]) =>
          `  ${kind}: ${Object.entries(outcomes)
            .map(([s, n]) => `${s} x${n}`)
            .join(', ')}`,
      ),
    `withdrawals refused (BLOCKED, nothing moved), by reason: ${JSON.stringify(blockedReasons)}`,
    `retries by reason: ${JSON.stringify(stats.retries)}`,
    `faults: ${r.faultLog.length} (${Object.entries(faults)
      .map(([f, n]) => `${f} x${n}`)
      .join(', ')})`,
    `  in order: ${figures.faultSequence.join(', ')}`,
    `invariants (after ${r.report.rounds} round(s), ${Math.round(r.report.elapsedMs / 1000)} s):`,
    formatReport(r.report),
    `client-seen successes checked against the databases: ${JSON.stringify(r.seen.counts)}, problems: ${r.seen.problems.length}`,
    ...r.seen.problems.slice(0, 20).map((p) => `  ${p}`),
    `retried actions answered as refused although the first attempt (a 5xx or no answer) had done them: ${r.seen.refusedButDone.length}`,
    ...r.seen.refusedButDone.slice(0, 20).map((p) => `  ${p}`),
    `answered requests sent again with their key: ${r.replays.replayed}, not answered the same: ${r.replays.mismatches.length}`,
    ...r.replays.mismatches.slice(0, 20).map((p) => `  ${p}`),
  ].join('\n');
  return { text, figures };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const sleepUntil = (t: number) => sleep(Math.max(0, t - Date.now()));
