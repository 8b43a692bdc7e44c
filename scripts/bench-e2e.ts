// End-to-end settlement benchmark: the whole platform as scripts/up runs it (every service a process
// of its own), its users and completed rides made first through REST (not timed), then every ride
// settled through `POST /api/trips/:id/settle` by concurrent admin clients. Prints one JSON line:
// settles/s, latency percentiles, CPU milliseconds per settle of every process, how long the event
// consumers took to catch up, and the ledger-only rate of scripts/bench ledger run right after it.
import { createApiClient } from '@ziba/api-client';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { startE2eStack } from '../test/e2e/support/e2e-stack.ts';
import { analyzeDatabases, benchUser, runBenchmark, type BenchUser, drainSeconds, must, percentiles, pool, processNames, round } from './bench-people.ts';
import { cpuTicks, ticksBetween } from './process-cpu.ts';
import { LeanHttpClient } from './lean-http-client.ts';
import { markCpuProfileWindow, profiledEnv, startPerf, startStatementProfile } from './perf-profile.ts';
import { ROOT } from './stack.ts';

const TRIPS = Number(process.env.BENCH_TRIPS ?? 400);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 16);
const DRIVERS = Math.min(TRIPS, Number(process.env.BENCH_DRIVERS ?? 16));
const LEDGER_OPS = Number(process.env.BENCH_LEDGER_OPS ?? 4000);

async function run(): Promise<void> {
  const e2e = await startE2eStack('bench', { env: profiledEnv({ gateway: { RATE_LIMIT_PER_MINUTE: '1000000', LOG_LEVEL: 'warn' } }) });
  try {
    const baseUrl = e2e.stack.gatewayUrl;
    const api = (token?: string) => createApiClient({ baseUrl, token });
    const admin = (await must('admin login', api().POST('/api/auth/login', { body: { email: e2e.secrets.adminEmail, password: e2e.secrets.adminPassword } })))
      .accessToken;

    // Not timed: the people and their completed rides (each driver one ride at a time).
    const drivers: BenchUser[] = [];
    const riders: BenchUser[] = [];
    await pool(DRIVERS, 4, async () => void drivers.push(await benchUser(baseUrl, 'DRIVER')));
    await pool(DRIVERS, 4, async () => void riders.push(await benchUser(baseUrl, 'RIDER')));
    const trips: string[] = [];
    await pool(DRIVERS, DRIVERS, async (d) => {
      for (let i = d; i < TRIPS; i += DRIVERS) {
        const trip = await must('trip', riders[d]!.api.POST('/api/trips', { body: { serviceType: 'RIDE', paymentMethod: 'ONLINE', distanceMeters: 8_400 } }));
        for (const step of ['accept', 'arrive', 'start', 'complete'] as const)
          await must(step, drivers[d]!.api.POST(`/api/trips/{tripId}/${step}`, { params: { path: { tripId: trip.id } }, body: {} }));
        trips.push(trip.id);
      }
    });
    await drainSeconds(e2e);
    await analyzeDatabases(e2e);

    // Timed: every ride settled through REST by CLIENTS concurrent admin clients (keep-alive sockets).
    const http = new LeanHttpClient(baseUrl, CLIENTS);
    const settleHeaders = { authorization: `Bearer ${admin}`, 'content-type': 'application/json' };
    const named = processNames(e2e);
    const latencies: number[] = [];
    let failed = 0;
    const perf = startPerf(named);
    const cpuProfileWindow = markCpuProfileWindow();
    const statements = await startStatementProfile(e2e.stack.databaseUrls.identity!);
    const before = cpuTicks(named);
    const started = performance.now();
    await pool(trips.length, CLIENTS, async (i) => {
      const t = performance.now();
      const response = await http.request('POST', `/api/trips/${trips[i]}/settle`, settleHeaders, '{}');
      if (response.status !== 200) failed++;
      latencies.push(performance.now() - t);
    });
    const seconds = (performance.now() - started) / 1000;
    const ticks = ticksBetween(before, cpuTicks(named));
    http.close();
    cpuProfileWindow?.stop();
    await perf?.stop();
    const consumersCaughtUpSeconds = round(await drainSeconds(e2e));
    await statements?.stop(trips.length);

    const settlesPerSec = round(trips.length / seconds);

    // The ledger alone, right after, on the same machine: the ratio's other side.
    const ledgerLine = execFileSync(process.execPath, [join(ROOT, 'scripts', 'bench-ledger.ts')], {
      env: { ...process.env, BENCH_OPS: String(LEDGER_OPS), BENCH_ROUNDS: '2', BENCH_CLIENTS: String(CLIENTS), BENCH_PG_STATEMENTS: '' },
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
        ...percentiles(latencies),
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

await runBenchmark('e2e', run);
