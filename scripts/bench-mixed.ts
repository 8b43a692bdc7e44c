// Mixed-workload benchmark: the platform as scripts/up runs it, driven through REST the way a busy
// hour drives it. Each of BENCH_LANES lanes is a rider, a driver and a restaurant of their own, and
// the lanes run at once, each a fixed cycle of ten operations: five ONLINE rides (request, the
// driver's four steps, the settlement), three food orders (placed, the restaurant's three steps, the
// driver's four, the settlement), and the driver's and the restaurant's withdrawal, each approved by
// an admin and marked paid. Users are made first (not timed).
// Prints one JSON line: operations/s, each kind's count and latency (whole operation, and per HTTP
// request), CPU milliseconds per operation of every process, and how long the consumers took to
// catch up.
import { createApiClient, type ApiClient } from '@ziba/api-client';
import { randomUUID } from 'node:crypto';
import { startE2eStack } from '../test/e2e/support/e2e-stack.ts';
import {
  analyzeDatabases,
  BenchError,
  benchUser,
  runBenchmark,
  drainSeconds,
  must,
  nextAddress,
  percentiles,
  pool,
  processNames,
  round,
  type BenchUser,
} from './bench-people.ts';
import { startStatementProfile } from './perf-profile.ts';
import { cpuTicks, ticksBetween } from './process-cpu.ts';

const LANES = Number(process.env.BENCH_LANES ?? 8);
const CYCLES = Number(process.env.BENCH_CYCLES ?? 3);
// The smallest NG withdrawal (₦1,000) is what each earner takes: whatever they earned, it is there.
const WITHDRAWAL = 100_000;
const CYCLE = ['ride', 'ride', 'food', 'ride', 'food', 'ride', 'withdrawDriver', 'food', 'ride', 'withdrawRestaurant'] as const;
type Kind = 'ride' | 'food' | 'withdrawal';

interface Lane {
  rider: BenchUser;
  driver: BenchUser;
  restaurant: BenchUser;
  menuItemId: string;
}

const requestMs: number[] = [];

/** One timed HTTP request of an operation. */
async function timed<T>(what: string, call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const t = performance.now();
  const data = await must(what, call);
  requestMs.push(performance.now() - t);
  return data;
}

async function ride(lane: Lane, admin: ApiClient): Promise<void> {
  const trip = await timed('trip', lane.rider.api.POST('/api/trips', { body: { serviceType: 'RIDE', paymentMethod: 'ONLINE', distanceMeters: 8_400 } }));
  for (const step of ['accept', 'arrive', 'start', 'complete'] as const)
    await timed(step, lane.driver.api.POST(`/api/trips/{tripId}/${step}`, { params: { path: { tripId: trip.id } }, body: {} }));
  await timed('settle', admin.POST('/api/trips/{tripId}/settle', { params: { path: { tripId: trip.id } }, body: {} }));
}

async function food(lane: Lane, admin: ApiClient): Promise<void> {
  const order = await timed(
    'food order',
    lane.rider.api.POST('/api/food-orders', {
      body: { restaurantId: lane.restaurant.id, lines: [{ menuItemId: lane.menuItemId, quantity: 2 }], paymentMethod: 'ONLINE', distanceMeters: 3_200 },
    }),
  );
  const path = { path: { orderId: order.id } };
  for (const step of ['accept', 'prepare', 'ready'] as const)
    await timed(step, lane.restaurant.api.POST(`/api/food-orders/{orderId}/${step}`, { params: path, body: {} }));
  for (const step of ['accept-delivery', 'pick-up', 'on-the-way', 'deliver'] as const)
    await timed(step, lane.driver.api.POST(`/api/food-orders/{orderId}/${step}`, { params: path, body: {} }));
  await timed('settle food', admin.POST('/api/food-orders/{orderId}/settle', { params: { path: { orderId: order.id } }, body: {} }));
}

/**
 * A withdrawal, its approval, and finance marking it paid: a live payout goes to the bank by hand
 * and stays PROCESSING until an admin records the bank's reference.
 */
async function withdrawal(earner: BenchUser, path: '/api/driver/withdraw' | '/api/restaurant/withdraw', admin: ApiClient): Promise<void> {
  const key = () => ({ 'idempotency-key': randomUUID() });
  const payout = await timed('withdraw', earner.api.POST(path, { params: { header: key() }, body: { amount: WITHDRAWAL, currency: 'NGN' } }));
  const params = (payoutId: string) => ({ path: { payoutId }, header: key() });
  const approved = await timed('approve', admin.POST('/api/admin/payouts/{payoutId}/approve', { params: params(payout.id), body: { note: 'bench' } }));
  if (approved.status !== 'PROCESSING') throw new BenchError(`payout ${payout.id} is ${approved.status} after approval`);
  const paid = await timed(
    'mark paid',
    admin.POST('/api/admin/payouts/{payoutId}/mark-paid', { params: params(payout.id), body: { externalReference: `BENCH-${payout.id.slice(0, 8)}` } }),
  );
  if (paid.status !== 'PAID') throw new BenchError(`payout ${payout.id} is ${paid.status} after mark-paid`);
}

async function run(): Promise<void> {
  const e2e = await startE2eStack('benchmix', { env: { gateway: { RATE_LIMIT_PER_MINUTE: '1000000', LOG_LEVEL: 'warn', TRUST_PROXY: 'true' } } });
  try {
    const baseUrl = e2e.stack.gatewayUrl;
    const adminAddress = nextAddress();
    const anonymous = createApiClient({ baseUrl, headers: { 'x-forwarded-for': adminAddress } });
    const { adminEmail: email, adminPassword: password } = e2e.secrets;
    const adminToken = (await must('admin login', anonymous.POST('/api/auth/login', { body: { email, password } }))).accessToken;
    const admin = createApiClient({ baseUrl, token: adminToken, headers: { 'x-forwarded-for': adminAddress } });

    // Not timed: each lane's people, the restaurant's menu.
    const lanes: Lane[] = [];
    await pool(LANES, 4, async () => {
      const [rider, driver, restaurant] = await Promise.all([
        benchUser(baseUrl, 'RIDER'),
        benchUser(baseUrl, 'DRIVER', true),
        benchUser(baseUrl, 'RESTAURANT', true),
      ]);
      const item = await must(
        'menu item',
        restaurant.api.POST('/api/restaurant/menu-items', { body: { name: 'Jollof rice', price: 250_000, available: true } }),
      );
      lanes.push({ rider, driver, restaurant, menuItemId: item.id });
    });
    await drainSeconds(e2e);
    await analyzeDatabases(e2e);

    const operationMs: Record<Kind, number[]> = { ride: [], food: [], withdrawal: [] };
    const named = processNames(e2e);
    const statements = await startStatementProfile(e2e.stack.databaseUrls.identity!);
    const before = cpuTicks(named);
    const started = performance.now();
    await Promise.all(
      lanes.map(async (lane) => {
        for (let c = 0; c < CYCLES; c++) {
          for (const op of CYCLE) {
            const t = performance.now();
            if (op === 'ride') await ride(lane, admin);
            else if (op === 'food') await food(lane, admin);
            else if (op === 'withdrawDriver') await withdrawal(lane.driver, '/api/driver/withdraw', admin);
            else await withdrawal(lane.restaurant, '/api/restaurant/withdraw', admin);
            operationMs[op.startsWith('withdraw') ? 'withdrawal' : (op as Kind)].push(performance.now() - t);
          }
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const ticks = ticksBetween(before, cpuTicks(named));
    const consumersCaughtUpSeconds = round(await drainSeconds(e2e));
    const operations = LANES * CYCLES * CYCLE.length;
    await statements?.stop(operations);

    console.log(
      JSON.stringify({
        benchmark: 'mixed',
        lanes: LANES,
        operations,
        operationsPerSec: round(operations / seconds),
        requests: requestMs.length,
        requestsPerSec: round(requestMs.length / seconds),
        request: percentiles(requestMs),
        byKind: Object.fromEntries(Object.entries(operationMs).map(([kind, ms]) => [kind, { count: ms.length, ...percentiles(ms) }])),
        cpuMsPerOperation: Object.fromEntries(Object.entries(ticks).map(([k, v]) => [k, round((v * 10) / operations)])),
        consumersCaughtUpSeconds,
      }),
    );
  } finally {
    await e2e.stop();
  }
}

await runBenchmark('mixed', run);
