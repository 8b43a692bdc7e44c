// CPU time of the processes a benchmark cares about, read from /proc (Linux), in clock ticks (100 a second).
import { readdirSync, readFileSync } from 'node:fs';

/** The shared servers' processes, by command name. */
const BY_COMMAND: Readonly<Record<string, string>> = { postgres: 'postgres', 'beam.smp': 'rabbitmq', 'redis-server': 'redis' };

/**
 * Ticks so far by group: `named` maps a pid to its group (the benchmark itself, each service);
 * PostgreSQL, RabbitMQ and Redis processes are found by name. PostgreSQL backends come and go with the
 * pools: an exited one's CPU is in its parent's cutime/cstime, so those count for postgres (only).
 */
export function cpuTicks(named: ReadonlyMap<number, string>): Record<string, number> {
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
    const name = named.get(Number(pid)) ?? BY_COMMAND[comm] ?? null;
    const reaped = name === 'postgres' ? Number(fields[13]) + Number(fields[14]) : 0;
    if (name) out[name] = (out[name] ?? 0) + Number(fields[11]) + Number(fields[12]) + reaped;
  }
  return out;
}

/** after - before, per group. */
export const ticksBetween = (before: Record<string, number>, after: Record<string, number>): Record<string, number> =>
  Object.fromEntries(Object.entries(after).map(([k, v]) => [k, v - (before[k] ?? 0)]));
