// Where the CPU goes during a benchmark's timed phase, every process at once: with BENCH_PERF set
// to a file, `perf record` samples the whole machine (PostgreSQL, RabbitMQ, each Node.js process)
// while the phase runs, and the services write perf maps so their JavaScript frames have names.
// Read it with: perf report -i <file> --sort comm,sym --no-children
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { sql } from '@ziba/testing';

const PERF_FILE = process.env.BENCH_PERF;
const STATEMENTS_FILE = process.env.BENCH_PG_STATEMENTS;
// With BENCH_CPU_PROF_DIR set, every service writes a V8 CPU profile (.cpuprofile) of its whole life
// into <dir>/<service>/ when it exits (the stack stops them with SIGTERM, and they exit cleanly).
const CPU_PROF_DIR = process.env.BENCH_CPU_PROF_DIR;
const SERVICES = ['gateway', 'identity', 'wallet-ledger', 'trip-settlement', 'payout', 'audit'];

/** The stack's per-process environment, with perf maps and/or CPU profiles for the services when profiling. */
export function profiledEnv(env: Record<string, Record<string, string>>): Record<string, Record<string, string>> {
  if (!PERF_FILE && !CPU_PROF_DIR) return env;
  const profiled = { ...env };
  for (const name of SERVICES) {
    const options = ['--disable-warning=ExperimentalWarning'];
    if (PERF_FILE) options.push('--perf-basic-prof-only-functions', '--interpreted-frames-native-stack');
    if (CPU_PROF_DIR) options.push('--cpu-prof', `--cpu-prof-dir=${join(CPU_PROF_DIR, name)}`);
    profiled[name] = { ...profiled[name], NODE_OPTIONS: options.join(' ') };
  }
  return profiled;
}

/**
 * Marks the timed phase for the CPU profiles (null unless BENCH_CPU_PROF_DIR is set): its window goes
 * to <dir>/windows.txt as the phase "timed" (profileWindows).
 */
export function markCpuProfileWindow(): { stop(): void } | null {
  return CPU_PROF_DIR ? profileWindows(join(CPU_PROF_DIR, 'windows.txt')).mark('timed') : null;
}

/**
 * A file of timed windows, started afresh: each marked phase adds a line "<phase> <startUs> <endUs>"
 * when it stops, in microseconds of the monotonic clock, the clock of a .cpuprofile's startTime and
 * timeDeltas, so `scripts/bench read-profile` can count only the samples taken inside them.
 */
export function profileWindows(file: string): { mark(phase: string): { stop(): void } } {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, '');
  const nowUs = () => process.hrtime.bigint() / 1000n;
  return {
    mark(phase) {
      const startUs = nowUs();
      return { stop: () => appendFileSync(file, `${phase} ${startUs} ${nowUs()}\n`) };
    },
  };
}

/**
 * Starts sampling every CPU (499 Hz); null unless BENCH_PERF is set. At the end the processes' names
 * by pid go beside the file (<file>.pids.json), for `perf report --sort pid`.
 */
export function startPerf(named: ReadonlyMap<number, string>): { stop(): Promise<void> } | null {
  if (!PERF_FILE) return null;
  const perf: ChildProcess = spawn('perf', ['record', '-a', '-F', '499', '-g', '-o', PERF_FILE], { stdio: ['ignore', 'ignore', 'inherit'] });
  return {
    async stop() {
      perf.kill('SIGINT');
      await once(perf, 'exit');
      writeFileSync(`${PERF_FILE}.pids.json`, JSON.stringify(Object.fromEntries(named)));
    },
  };
}

/**
 * What PostgreSQL ran during the timed phase, per database and statement, per operation; null
 * unless BENCH_PG_STATEMENTS is set to a file (needs pg_stat_statements in shared_preload_libraries).
 */
export async function startStatementProfile(adminUrl: string): Promise<{ stop(operations: number): Promise<void> } | null> {
  if (!STATEMENTS_FILE) return null;
  await sql(adminUrl, 'create extension if not exists pg_stat_statements');
  await sql(adminUrl, 'select pg_stat_statements_reset()');
  return {
    async stop(operations) {
      const rows = await sql<{ database: string; calls: string; ms: number; query: string }>(
        adminUrl,
        `select d.datname as database, s.calls::text, s.total_exec_time as ms, s.query
           from pg_stat_statements s join pg_database d on d.oid = s.dbid
          order by s.total_exec_time desc`,
      );
      const lines = rows.map(
        (r) =>
          `${r.database}\t${(Number(r.calls) / operations).toFixed(2)}/op\t${(r.ms / operations).toFixed(3)} ms/op\t${r.query.replace(/\s+/g, ' ').slice(0, 300)}`,
      );
      writeFileSync(STATEMENTS_FILE, lines.join('\n') + '\n');
    },
  };
}
