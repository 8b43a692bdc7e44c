import { expect, it } from '@jest/globals';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../scripts/stack.ts';
import { run } from './documented/shell.ts';

// The benchmarks at a tiny size, so they cannot rot: each runs as a developer runs it and prints its
// one JSON line, whose figures add up. Their real figures come from full-size runs (README, Figures).

const bench = async (kind: string, env: Record<string, string>) => {
  const result = await run(join(ROOT, 'scripts', 'bench'), [kind], { cwd: ROOT, env: { ...process.env, ...env }, timeoutMs: 240_000 });
  expect({ code: result.code, stderr: result.code === 0 ? '' : result.stderr }).toEqual({ code: 0, stderr: '' });
  return JSON.parse(result.stdout.trim().split('\n').pop()!) as Record<string, unknown>;
};

it('scripts/bench ledger prints the ledger against pgbench, every entry balanced, and its profile reads by phase', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ziba-bench-prof-'));
  const windows = join(dir, 'windows.txt');
  const line = await bench('ledger', {
    BENCH_OPS: '200',
    BENCH_ROUNDS: '1',
    BENCH_ACCOUNTS: '50',
    BENCH_SERVICE_NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${dir}`,
    BENCH_WINDOWS: windows,
  });
  expect(line).toMatchObject({ benchmark: 'ledger', operations: 200, unbalancedEntries: 0 });
  expect(line.pgbenchTpcbTps).toEqual(expect.any(Number));
  expect(line.transfersVsPgbench).toEqual(expect.any(Number));
  expect(line.readsVsPgbench).toEqual(expect.any(Number));

  const profile = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'))!;
  const read = await run(join(ROOT, 'scripts', 'bench'), ['read-profile', join(dir, profile), windows, 'transfers,settlements'], {
    cwd: ROOT,
    env: process.env,
    timeoutMs: 60_000,
  });
  expect(read.code).toBe(0);
  expect(read.stdout).toMatch(/^busy \d+ ms, idle \d+ ms \(inside 2 windows\)/);
  expect(read.stdout).toContain('services/wallet-ledger');
}, 300_000);

it('scripts/bench e2e settles every ride through REST and prints where the CPU went', async () => {
  const line = await bench('e2e', { BENCH_TRIPS: '12', BENCH_DRIVERS: '4', BENCH_CLIENTS: '4', BENCH_LEDGER_OPS: '200' });
  expect(line).toMatchObject({ benchmark: 'e2e', settles: 12, failed: 0 });
  expect(Object.keys(line.cpuMsPerSettle as object)).toEqual(
    expect.arrayContaining(['gateway', 'trip-settlement', 'wallet-ledger', 'audit', 'postgres', 'redis', 'loadGenerator']),
  );
  expect(line.vsLedgerOnly).toEqual(expect.any(Number));
}, 300_000);

it('scripts/bench mixed runs rides, food orders and paid withdrawals side by side and prints each kind', async () => {
  const line = await bench('mixed', { BENCH_LANES: '2', BENCH_CYCLES: '1' });
  expect(line).toMatchObject({ benchmark: 'mixed', lanes: 2, operations: 20 });
  expect(line.byKind).toEqual({
    ride: expect.objectContaining({ count: 10 }),
    food: expect.objectContaining({ count: 6 }),
    withdrawal: expect.objectContaining({ count: 4 }),
  });
  expect(line.operationsPerSec).toEqual(expect.any(Number));
}, 300_000);

it('scripts/bench reads reads a wallet with a small and a grown ledger and prints both', async () => {
  const line = await bench('reads', { BENCH_LARGE_POSTINGS: '5000', BENCH_FILLER_WALLETS: '100', BENCH_READ_REQUESTS: '10' });
  expect(line).toMatchObject({ benchmark: 'reads', small: { postings: expect.any(Number) }, large: { postings: expect.any(Number) } });
  const { small, large } = line as { small: { postings: number }; large: { postings: number } };
  expect(small.postings).toBeLessThan(1_200);
  expect(large.postings).toBeGreaterThanOrEqual(4_990);
  expect(Object.keys(line.p50LargeOverSmall as object)).toEqual(['wallet', 'firstTransactionsPage', 'adminWalletList']);
}, 300_000);
