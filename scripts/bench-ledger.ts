// Ledger benchmark: the wallet-ledger service as a real process on the local PostgreSQL, driven by
// concurrent gRPC clients, against pgbench's TPC-B-like figure in the same run with the same client
// count. Prints one JSON line.
import { loadWalletProto } from '@ziba/contracts';
import { GrpcClient } from '@ziba/service-kit';
import { sql, testConsumer } from '@ziba/testing';
import { execFileSync, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { LeanGrpcClient } from './lean-grpc-client.ts';
import { ROOT } from './stack.ts';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 16);
const OPS = Number(process.env.BENCH_OPS ?? 8000);
const ACCOUNTS = Number(process.env.BENCH_ACCOUNTS ?? 1000);
const PG = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const PORT = Number(process.env.BENCH_GRPC_PORT ?? 50152);
const db = `ziba_bench_${randomBytes(3).toString('hex')}`;
const dbUrl = (() => { const u = new URL(PG); u.pathname = `/${db}`; return u.toString(); })();
const token = randomBytes(24).toString('hex');
// Its own consumer queue, removed at the end: the benchmark leaves nothing on the broker.
const consumer = testConsumer('wallet-ledger-bench');
const AMQP = process.env.AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672';

const service = spawn(process.execPath, [join(ROOT, 'services/wallet-ledger/src/main.ts')], {
  env: { PATH: process.env.PATH ?? '', DATABASE_URL: dbUrl, GRPC_ADDRESS: `127.0.0.1:${PORT}`, METRICS_PORT: '0', SERVICE_TOKENS: `bench=${token}`, CONSUMER_NAME: consumer.name, LOG_LEVEL: 'warn', DB_POOL_MAX: String(CLIENTS + 4), OTEL_SDK_DISABLED: 'true', ...ledgerTuning(), NODE_OPTIONS: `--disable-warning=ExperimentalWarning ${process.env.BENCH_SERVICE_NODE_OPTIONS ?? ''}` },
  stdio: ['ignore', 'inherit', 'inherit'],
});
const client = new GrpcClient(loadWalletProto().ziba.wallet.v1.WalletLedgerService, {
  target: 'wallet-ledger', address: `127.0.0.1:${PORT}`, token, deadlineMs: 60_000, breaker: { volumeThreshold: Number.MAX_SAFE_INTEGER },
});

// The timed phases call through a lean gRPC caller (lean-grpc-client.ts): like pgbench's C client,
// the load generator should take as little of the two cores as it can.
const lean = new LeanGrpcClient(`127.0.0.1:${PORT}`, loadWalletProto().ziba.wallet.v1.WalletLedgerService.service, token);

try {
  await waitUntilServing();
  const open = (ownerType: 'RIDER' | 'DRIVER') => client.call('OpenWallet', { ownerId: randomUUID(), ownerType, countryCode: 'NG', currency: 'NGN', mode: 'live' });
  const drivers = await pool(ACCOUNTS, () => open('DRIVER'));
  await pool(ACCOUNTS, (i) => client.call('Credit', { meta: meta('earning'), walletId: drivers[i]!.id, amount: { amount: '100000000', currency: 'NGN' }, counterAccount: 'FUNDING' }));
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
  try {
    // The stack's ceiling: a one-query read through the same gRPC path.
    const reads = await timed(OPS, async () => { await lean.call('GetWallet', { walletId: pick() }); });
    // pgbench runs before, between and after the timed phases, and each phase is set against the
    // mean of the two runs around it: this machine's speed drifts by a third within minutes, and
    // a phase compared with pgbench measured minutes later would mostly measure the drift.
    const tpsBefore = await pgbench.run();
    const c0 = cpu();
    const transfers = await timed(OPS, async () => {
      const from = pick();
      let to = pick();
      while (to === from) to = pick();
      await lean.call('Transfer', { meta: meta('adjustment'), currency: 'NGN', mode: 'live', legs: [{ walletId: from, bucket: 'AVAILABLE', amount: '-100' }, { walletId: to, bucket: 'AVAILABLE', amount: '100' }] });
    });
    const transferCpu = cpuDelta(c0, cpu(), OPS);
    const tpsBetween = await pgbench.run();
    const c1 = cpu();
    const settlements = await timed(OPS, async (i) => {
      const { holdId, rider } = holds[i]!;
      await lean.call('Transfer', {
        meta: { ...meta('ride'), reference: { type: 'ride', id: holdId } }, currency: 'NGN', mode: 'live',
        legs: [
          { walletId: rider, bucket: 'HELD', amount: '-10000', holdId },
          { walletId: pick(), bucket: 'AVAILABLE', amount: '8000', earning: true },
          { systemAccount: 'REVENUE', bucket: 'AVAILABLE', amount: '2000' },
        ],
      });
    });
    const settlementCpu = cpuDelta(c1, cpu(), OPS);
    const tpsAfter = await pgbench.run();
    const invariants = await sql<{ n: string }>(dbUrl, `select count(*)::text n from (select entry_id from posting group by entry_id having sum(amount) <> 0) x`);
    const transfersTps = (tpsBefore + tpsBetween) / 2;
    const settlementsTps = (tpsBetween + tpsAfter) / 2;
    console.log(JSON.stringify({
      benchmark: 'ledger',
      clients: CLIENTS,
      operations: OPS,
      transfers,
      settlements,
      reads,
      cpuMsPerEntry: { transfers: transferCpu, settlements: settlementCpu },
      settlementToTransferRatio: round(settlements.entriesPerSec / transfers.entriesPerSec),
      pgbenchTpcbTps: { before: tpsBefore, between: tpsBetween, after: tpsAfter },
      transfersVsPgbench: round(transfers.entriesPerSec / transfersTps),
      settlementsVsPgbench: round(settlements.entriesPerSec / settlementsTps),
      unbalancedEntries: Number(invariants[0]?.n ?? -1),
    }));
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
  await Promise.all(Array.from({ length: CLIENTS }, async () => {
    for (let i = next++; i < n; i = next++) out[i] = await fn(i);
  }));
  return out;
}

/** Runs n operations over CLIENTS concurrent callers; entries/s and latency percentiles. */
async function timed(n: number, fn: (i: number) => Promise<void>) {
  const latencies: number[] = [];
  const started = performance.now();
  await pool(n, async (i) => {
    const t = performance.now();
    await fn(i);
    latencies.push(performance.now() - t);
  });
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => round(latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!);
  return { entriesPerSec: round(n / seconds), p50Ms: pct(0.5), p99Ms: pct(0.99) };
}

/** pgbench TPC-B-like on a scratch database, initialised once; each run: same client count, 10 seconds. */
function pgbenchDatabase(): { run(): Promise<number>; drop(): void } {
  const u = new URL(PG);
  const args = ['-h', u.hostname, '-p', u.port || '5432', '-U', decodeURIComponent(u.username || 'postgres')];
  const admin = [...args, '-d', u.pathname.slice(1) || 'postgres', '-qc'];
  const name = `${db}_pgbench`;
  execFileSync('psql', [...admin, `create database ${name}`], { stdio: 'ignore' });
  execFileSync('pgbench', [...args, '-i', '-q', '-s', String(Math.max(CLIENTS, 1)), name], { stdio: 'ignore' });
  return {
    async run() {
      const out = execFileSync('pgbench', [...args, '-c', String(CLIENTS), '-j', '2', '-T', '10', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
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
  const out: Record<string, number> = {};
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue; // exited meanwhile
    }
    const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const name = Number(pid) === process.pid ? 'benchClient' : Number(pid) === service.pid ? 'service' : comm === 'postgres' ? 'postgres' : comm === 'beam.smp' ? 'rabbitmq' : null;
    // PostgreSQL backends come and go with the pools: an exited one's CPU is in its parent's
    // cutime/cstime, so those count for postgres processes (and only there).
    const reaped = name === 'postgres' ? Number(fields[13]) + Number(fields[14]) : 0;
    if (name) out[name] = (out[name] ?? 0) + Number(fields[11]) + Number(fields[12]) + reaped;
  }
  return out;
}

/** Milliseconds of CPU per entry for each process group between two readings (100 ticks a second). */
function cpuDelta(before: Record<string, number>, after: Record<string, number>, entries: number): Record<string, number> {
  return Object.fromEntries(Object.keys(after).map((k) => [k, round(((after[k]! - (before[k] ?? 0)) * 10) / entries)]));
}
