// End-to-end settlement benchmark: the whole platform as scripts/up runs it (every service a process
// of its own), its users and completed rides made first through REST (not timed), then every ride
// settled through `POST /api/trips/:id/settle` by concurrent admin clients. Prints one JSON line:
// settles/s, latency percentiles, CPU milliseconds per settle of every process, how long the event
// consumers took to catch up, and the ledger-only rate of scripts/bench ledger run right after it.
import { createApiClient, type ApiClient } from '@ziba/api-client';
import { queuedMessages } from '@ziba/testing';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { startE2eStack, type E2eStack } from '../test/e2e/support/e2e-stack.ts';
import { documentDigits as digits, holder, profile } from '../test/e2e/support/nigerian-identity.ts';
import { cpuTicks, ticksBetween } from './process-cpu.ts';
import { ROOT } from './stack.ts';

const TRIPS = Number(process.env.BENCH_TRIPS ?? 400);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 16);
const DRIVERS = Math.min(TRIPS, Number(process.env.BENCH_DRIVERS ?? 16));
const LEDGER_OPS = Number(process.env.BENCH_LEDGER_OPS ?? 4000);
const PASSWORD = 'bench password, long enough';

class BenchError extends Error {}

async function must<T>(what: string, call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const r = await call;
  if (r.data === undefined) throw new BenchError(`${what}: ${r.response.status} ${JSON.stringify(r.error)}`);
  return r.data;
}

/** Runs `count` tasks over `width` concurrent workers. */
async function pool(count: number, width: number, task: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, count) }, async () => {
      while (next < count) await task(next++);
    }),
  );
}

/** A NG account of this role, signed in, its identity profile saved; drivers verified and online. */
async function person(api: (token?: string) => ApiClient, role: 'RIDER' | 'DRIVER'): Promise<string> {
  const email = `bench-${role.toLowerCase()}-${randomUUID()}@example.com`;
  await must('register', api().POST('/api/auth/register', { body: { email, password: PASSWORD, role, countryCode: 'NG' } }));
  const token = (await must('login', api().POST('/api/auth/login', { body: { email, password: PASSWORD } }))).accessToken;
  await must('profile', api(token).PUT('/api/me/identity-profile', { body: profile }));
  if (role === 'RIDER') {
    await must('top-up', api(token).POST('/api/wallet/add-funds', { params: { header: { 'idempotency-key': randomUUID() } }, body: { amount: 50_000_000 } }));
    return token;
  }
  await must(
    'NIN',
    api(token).POST('/api/me/identity-documents', {
      body: { documentType: 'NIN', documentNumber: digits(11), issuingAuthority: 'NIMC', countryCode: 'NG', ...holder },
    }),
  );
  const expiryDate = `${new Date().getUTCFullYear() + 5}-06-30`;
  await must(
    'licence',
    api(token).POST('/api/me/identity-documents', {
      body: { documentType: 'DRIVER_LICENSE', documentNumber: `LAG${digits(9)}`, issuingAuthority: 'FRSC', expiryDate, countryCode: 'NG', ...holder },
    }),
  );
  for (let tries = 0; ; tries++) {
    const e = await must('eligibility', api(token).GET('/api/me/eligibility', { params: { query: { action: 'GO_ONLINE' } } }));
    if (e.allowed) break;
    if (tries > 100) throw new BenchError(`driver not verified: ${e.reasons.join(', ')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  await must('online', api(token).POST('/api/driver/online', { body: {} }));
  return token;
}

/** Seconds until every consumer queue of the stack is empty (the audit trail has caught up). */
async function drainSeconds(e2e: E2eStack): Promise<number> {
  const started = performance.now();
  for (;;) {
    const waiting = await queuedMessages(e2e.stack.amqpUrl, e2e.stack.consumerQueues);
    if (waiting === 0) return (performance.now() - started) / 1000;
    if (performance.now() - started > 120_000) throw new BenchError(`${waiting} events still queued after 120 s`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const round = (v: number) => Math.round(v * 100) / 100;

async function run(): Promise<void> {
  const e2e = await startE2eStack('bench', { env: { gateway: { RATE_LIMIT_PER_MINUTE: '1000000', LOG_LEVEL: 'warn' } } });
  try {
    const baseUrl = e2e.stack.gatewayUrl;
    const api = (token?: string) => createApiClient({ baseUrl, token });
    const admin = (await must('admin login', api().POST('/api/auth/login', { body: { email: e2e.secrets.adminEmail, password: e2e.secrets.adminPassword } })))
      .accessToken;

    // Not timed: the people and their completed rides (each driver one ride at a time).
    const drivers: string[] = [];
    const riders: string[] = [];
    await pool(DRIVERS, 4, async () => void drivers.push(await person(api, 'DRIVER')));
    await pool(DRIVERS, 4, async () => void riders.push(await person(api, 'RIDER')));
    const trips: string[] = [];
    await pool(DRIVERS, DRIVERS, async (d) => {
      for (let i = d; i < TRIPS; i += DRIVERS) {
        const trip = await must('trip', api(riders[d]!).POST('/api/trips', { body: { serviceType: 'RIDE', paymentMethod: 'ONLINE', distanceMeters: 8_400 } }));
        for (const step of ['accept', 'arrive', 'start', 'complete'] as const)
          await must(step, api(drivers[d]!).POST(`/api/trips/{tripId}/${step}`, { params: { path: { tripId: trip.id } }, body: {} }));
        trips.push(trip.id);
      }
    });
    await drainSeconds(e2e);

    // Timed: every ride settled through REST by CLIENTS concurrent admin clients (fetch, keep-alive).
    const named = new Map<number, string>([[process.pid, 'loadGenerator']]);
    for (const [name, child] of e2e.stack.processes) if (child.pid) named.set(child.pid, name);
    const latencies: number[] = [];
    let failed = 0;
    const before = cpuTicks(named);
    const started = performance.now();
    await pool(trips.length, CLIENTS, async (i) => {
      const t = performance.now();
      const response = await fetch(`${baseUrl}/api/trips/${trips[i]}/settle`, {
        method: 'POST',
        headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
        body: '{}',
      });
      await response.arrayBuffer();
      if (response.status !== 200) failed++;
      latencies.push(performance.now() - t);
    });
    const seconds = (performance.now() - started) / 1000;
    const ticks = ticksBetween(before, cpuTicks(named));
    const consumersCaughtUpSeconds = round(await drainSeconds(e2e));

    latencies.sort((a, b) => a - b);
    const pct = (p: number) => round(latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!);
    const settlesPerSec = round(trips.length / seconds);

    // The ledger alone, right after, on the same machine: the ratio's other side.
    const ledgerLine = execFileSync(process.execPath, [join(ROOT, 'scripts', 'bench-ledger.ts')], {
      env: { ...process.env, BENCH_OPS: String(LEDGER_OPS), BENCH_ROUNDS: '2', BENCH_CLIENTS: String(CLIENTS) },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    })
      .trim()
      .split('\n')
      .pop()!;
    const ledger = JSON.parse(ledgerLine) as { settlements: { entriesPerSec: number }; transfers: { entriesPerSec: number } };

    console.log(
      JSON.stringify({
        benchmark: 'e2e',
        settles: trips.length,
        clients: CLIENTS,
        failed,
        settlesPerSec,
        p50Ms: pct(0.5),
        p95Ms: pct(0.95),
        p99Ms: pct(0.99),
        cpuMsPerSettle: Object.fromEntries(Object.entries(ticks).map(([k, v]) => [k, round((v * 10) / trips.length)])),
        consumersCaughtUpSeconds,
        ledgerOnlySettlementsPerSec: ledger.settlements.entriesPerSec,
        vsLedgerOnly: round(settlesPerSec / ledger.settlements.entriesPerSec),
      }),
    );
  } finally {
    await e2e.stop();
  }
}

try {
  await run();
} catch (err) {
  console.error(`bench e2e: ${err instanceof BenchError ? err.message : ((err as Error).stack ?? String(err))}`);
  process.exit(1);
}
