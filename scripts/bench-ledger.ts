// Ledger benchmark: the wallet-ledger service as a real process on the local PostgreSQL, driven by
// concurrent gRPC clients, against pgbench's TPC-B-like figure in the same run with the same client
// count. Prints one JSON line.
import { loadWalletProto } from '@ziba/contracts';
import { GrpcClient } from '@ziba/service-kit';
import { freePort, sql, testConsumer } from '@ziba/testing';
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { LeanGrpcClient } from './lean-grpc-client.ts';
import { profileWindows, startStatementProfile } from './perf-profile.ts';
import { cpuTicks } from './process-cpu.ts';
import { ROOT } from './stack.ts';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 16);
const OPS = Number(process.env.BENCH_OPS ?? 8000);
const ACCOUNTS = Number(process.env.BENCH_ACCOUNTS ?? 1000);
const PG = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
// A free port unless one is given: a fixed one can be held by the stack `bench e2e` runs it beside.
const PORT = process.env.BENCH_GRPC_PORT ? Number(process.env.BENCH_GRPC_PORT) : await freePort();
// Turns of pgbench and each workload, and the length of each pgbench run.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const PGBENCH_SECONDS = 3;
// BENCH_WINDOWS: a file that gets each timed slice's window, to read the service's profile by phase.
const windows = process.env.BENCH_WINDOWS ? profileWindows(process.env.BENCH_WINDOWS) : null;
const db = `ziba_bench_${randomBytes(3).toString('hex')}`;
const dbUrl = (() => {
  const u = new URL(PG);
  u.pathname = `/${db}`;
  return u.toString();
})();
const token = randomBytes(24).toString('hex');
// Its own consumer queue, removed at the end: the benchmark leaves nothing on the broker.
const consumer = testConsumer('wallet-ledger-bench');
const AMQP = process.env.AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672';

const service = spawn(process.execPath, [join(ROOT, 'services/wallet-ledger/src/main.ts')], {
  env: {
    PATH: process.env.PATH ?? '',
    DATABASE_URL: dbUrl,
    GRPC_ADDRESS: `127.0.0.1:${PORT}`,
    METRICS_PORT: '0',
    SERVICE_TOKENS: `bench=${token}`,
    CONSUMER_NAME: consumer.name,
    LOG_LEVEL: 'warn',
    DB_POOL_MAX: String(CLIENTS + 4),
    OTEL_SDK_DISABLED: 'true',
    ...ledgerTuning(),
    NODE_OPTIONS: `--disable-warning=ExperimentalWarning ${process.env.BENCH_SERVICE_NODE_OPTIONS ?? ''}`,
  },
  stdio: ['ignore', 'inherit', 'inherit'],
});
const walletService = loadWalletProto().ziba.wallet.v1.WalletLedgerService;
const client = new GrpcClient(walletService, {
  target: 'wallet-ledger',
  address: `127.0.0.1:${PORT}`,
  token,
  deadlineMs: 60_000,
  breaker: { volumeThreshold: Number.MAX_SAFE_INTEGER },
});

// The timed phases call through a lean gRPC caller (lean-grpc-client.ts): like pgbench's C client,
// the load generator should take as little of the two cores as it can.
const lean = new LeanGrpcClient(`127.0.0.1:${PORT}`, walletService.service, token);

/** A workload run in slices: entries/s over the time of its slices, latency percentiles, CPU per entry. */
class Workload {
  private readonly latencies: number[] = [];
  private seconds = 0;
  private entries = 0;
  private readonly ticks: Record<string, number> = {};
  private readonly name: string;

  constructor(name: string) {
    this.name = name;
  }

  /** Runs operations [from, to) over CLIENTS concurrent callers. */
  async slice(from: number, to: number, fn: (i: number) => Promise<void>): Promise<void> {
    const before = cpu();
    const started = performance.now();
    const window = windows?.mark(this.name);
    await pool(to - from, async (k) => {
      const t = performance.now();
      await fn(from + k);
      this.latencies.push(performance.now() - t);
    });
    window?.stop();
    this.seconds += (performance.now() - started) / 1000;
    this.entries += to - from;
    for (const [k, v] of Object.entries(cpu())) this.ticks[k] = (this.ticks[k] ?? 0) + v - (before[k] ?? 0);
  }

  entriesPerSec(): number {
    return this.entries / this.seconds;
  }

  figures() {
    const sorted = [...this.latencies].sort((a, b) => a - b);
    const pct = (p: number) => round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!);
    return { entriesPerSec: round(this.entriesPerSec()), p50Ms: pct(0.5), p99Ms: pct(0.99) };
  }

  /** Milliseconds of CPU per entry for each process group (100 ticks a second). */
  cpuPerEntry(): Record<string, number> {
    return Object.fromEntries(Object.entries(this.ticks).map(([k, v]) => [k, round((v * 10) / this.entries)]));
  }
}

try {
  await waitUntilServing();
  const open = (ownerType: 'RIDER' | 'DRIVER') =>
    client.call('OpenWallet', { ownerId: randomUUID(), ownerType, countryCode: 'NG', currency: 'NGN', mode: 'live' });
  const drivers = await pool(ACCOUNTS, () => open('DRIVER'));
  await pool(ACCOUNTS, (i) =>
    client.call('Credit', { meta: meta('earning'), walletId: drivers[i]!.id, amount: { amount: '100000000', currency: 'NGN' }, counterAccount: 'FUNDING' }),
  );
  const riders = await pool(ACCOUNTS, () => open('RIDER'));
  await pool(ACCOUNTS, (i) => client.call('AddFunds', { meta: meta('funding'), walletId: riders[i]!.id, amount: { amount: '100000000', currency: 'NGN' } }));
  const holds = await pool(OPS, async (i) => {
    const holdId = `bench-trip-${i}-${randomUUID()}`;
    await client.call('Hold', { meta: meta('ride'), walletId: riders[i % ACCOUNTS]!.id, amount: { amount: '10000', currency: 'NGN' }, holdId });
    return { holdId, rider: riders[i % ACCOUNTS]!.id };
  });

  // As pgbench does before its run: vacuum the loaded tables, so the timed phases do not pay for the set-up.
  await sql(dbUrl, 'vacuum analyze');

  const pick = () => drivers[Math.floor(Math.random() * ACCOUNTS)]!.id;
  const pgbench = pgbenchDatabase();
  const statements = await startStatementProfile(dbUrl);
  try {
    // The stack's ceiling: a one-query read through the same gRPC path.
    const reads = new Workload('reads');
    await reads.slice(0, OPS, async () => {
      await lean.call('GetWallet', { walletId: pick() });
    });
    // pgbench and the two workloads take turns in short slices over the same minute or two, and the
    // ledger is set against the mean of every pgbench run: this machine's speed drifts by a third
    // within minutes, and phases measured minutes apart would mostly measure the drift.
    const transfers = new Workload('transfers');
    const settlements = new Workload('settlements');
    const tps: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const [from, to] = [Math.floor((round * OPS) / ROUNDS), Math.floor(((round + 1) * OPS) / ROUNDS)];
      tps.push(await pgbench.run());
      await transfers.slice(from, to, async () => {
        const a = pick();
        let b = pick();
        while (b === a) b = pick();
        await lean.call('Transfer', {
          meta: meta('adjustment'),
          currency: 'NGN',
          mode: 'live',
          legs: [
            { walletId: a, bucket: 'AVAILABLE', amount: '-100' },
            { walletId: b, bucket: 'AVAILABLE', amount: '100' },
          ],
        });
      });
      tps.push(await pgbench.run());
      await settlements.slice(from, to, async (i) => {
        const { holdId, rider } = holds[i]!;
        await lean.call('Transfer', {
          meta: { ...meta('ride'), reference: { type: 'ride', id: holdId } },
          currency: 'NGN',
          mode: 'live',
          legs: [
            { walletId: rider, bucket: 'HELD', amount: '-10000', holdId },
            { walletId: pick(), bucket: 'AVAILABLE', amount: '8000', earning: true },
            { systemAccount: 'REVENUE', bucket: 'AVAILABLE', amount: '2000' },
          ],
        });
      });
    }
    tps.push(await pgbench.run());
    // Per entry of the two timed workloads (the reads' one statement each is in it too).
    await statements?.stop(2 * OPS);
    const pgbenchTps = round(tps.reduce((x, y) => x + y, 0) / tps.length);
    const invariants = await sql<{ n: string }>(
      dbUrl,
      `select count(*)::text n from (select entry_id from posting group by entry_id having sum(amount) <> 0) x`,
    );
    console.log(
      JSON.stringify({
        benchmark: 'ledger',
        clients: CLIENTS,
        operations: OPS,
        transfers: transfers.figures(),
        settlements: settlements.figures(),
        reads: reads.figures(),
        cpuMsPerEntry: { transfers: transfers.cpuPerEntry(), settlements: settlements.cpuPerEntry() },
        settlementToTransferRatio: round(settlements.entriesPerSec() / transfers.entriesPerSec()),
        pgbenchTpcbTps: pgbenchTps,
        pgbenchRuns: { count: tps.length, seconds: PGBENCH_SECONDS, min: Math.min(...tps), max: Math.max(...tps) },
        transfersVsPgbench: round(transfers.entriesPerSec() / pgbenchTps),
        settlementsVsPgbench: round(settlements.entriesPerSec() / pgbenchTps),
        // The stack's own ceiling on the same scale (measured once, before the interleaved phases).
        readsVsPgbench: round(reads.entriesPerSec() / pgbenchTps),
        unbalancedEntries: Number(invariants[0]?.n ?? -1),
      }),
    );
  } finally {
    pgbench.drop();
  }
} finally {
  client.close();
  lean.close();
  service.kill('SIGTERM');
  await new Promise((r) => service.once('exit', r));
  await sql(PG, `drop database if exists ${db} with (force)`);
  await consumer.remove(AMQP);
}

/** Group-commit settings passed through from the environment, to compare them in one session. */
function ledgerTuning(): Record<string, string> {
  return Object.fromEntries(['LEDGER_BATCH_MAX', 'LEDGER_BATCHES_IN_FLIGHT'].flatMap((k) => (process.env[k] ? [[k, process.env[k]]] : [])));
}

function meta(serviceType: string) {
  return { idempotencyKey: randomUUID(), serviceType, description: 'bench' };
}

async function pool<T>(n: number, fn: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = new Array(n);
  let next = 0;
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      for (let i = next++; i < n; i = next++) out[i] = await fn(i);
    }),
  );
  return out;
}

/** pgbench TPC-B-like on a scratch database, initialised once; each run: same client count, PGBENCH_SECONDS. */
function pgbenchDatabase(): { run(): Promise<number>; drop(): void } {
  const u = new URL(PG);
  const args = ['-h', u.hostname, '-p', u.port || '5432', '-U', decodeURIComponent(u.username || 'postgres')];
  const admin = [...args, '-d', u.pathname.slice(1) || 'postgres', '-qc'];
  const name = `${db}_pgbench`;
  execFileSync('psql', [...admin, `create database ${name}`], { stdio: 'ignore' });
  execFileSync('pgbench', [...args, '-i', '-q', '-s', String(Math.max(CLIENTS, 1)), name], { stdio: 'ignore' });
  return {
    async run() {
      const out = execFileSync('pgbench', [...args, '-c', String(CLIENTS), '-j', '2', '-T', String(PGBENCH_SECONDS), name], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      const m = /tps = ([0-9.]+) \((without|excluding)/.exec(out);
      if (!m) throw new Error(`could not read pgbench output:\n${out}`);
      // Its backends exit with it and are reaped a moment later: the next CPU reading must not count them.
      await new Promise((r) => setTimeout(r, 500));
      return round(Number(m[1]));
    },
    drop() {
      execFileSync('psql', [...admin, `drop database if exists ${name} with (force)`], { stdio: 'ignore' });
    },
  };
}

async function waitUntilServing(): Promise<void> {
  for (let i = 0; i < 300; i++) {
    try {
      await client.call('GetWallet', { walletId: randomUUID() });
    } catch (err) {
      if ((err as { code?: string }).code === 'WALLET_NOT_FOUND') return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('wallet-ledger did not start');
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}

/** CPU time so far, in clock ticks, of this process, the service, PostgreSQL and the broker. */
function cpu(): Record<string, number> {
  return cpuTicks(
    new Map([
      [process.pid, 'benchClient'],
      [service.pid ?? -1, 'service'],
    ]),
  );
}
