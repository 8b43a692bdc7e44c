import { infrastructure, restartRabbitMq, sql } from '@ziba/testing';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { E2eStack } from './e2e-stack.ts';
import type { Random } from './seeded-random.ts';

// Faults for an end-to-end stack, one at a time, in a seeded order: a service process SIGKILLed and
// started again, the services' database connections terminated, the stack's broker connections cut
// (or, with FAULT_BROKER_RESTART=1, the whole local RabbitMQ restarted, which every other stack on
// the machine feels too).

const run = promisify(execFile);

export const SERVICES_TO_KILL = ['gateway', 'wallet-ledger', 'trip-settlement', 'payout', 'identity', 'audit'] as const;

export interface FaultLog {
  at: number;
  fault: string;
  ms: number;
  /** What it did: how long the process was down, how many connections it ended. */
  detail?: string;
  error?: string;
}

export interface FaultInjector {
  log: FaultLog[];
  /** Stops after the fault under way and waits for it (a killed process is running again). */
  stop(): Promise<void>;
}

/**
 * Injects faults until stopped, in rounds: the gateway killed first (its idempotency claims outlive
 * it, so clients wait longest for those), then every other kind once in a seeded order (so the first
 * eight faults cover every kind), then connections cut again; a seeded 1 to 4 seconds apart. A killed
 * service stays down 0.2 to 2.5 seconds.
 */
export function startFaults(e2e: E2eStack, random: Random, options: { brokerRestart?: boolean; onFault?: (f: FaultLog) => void } = {}): FaultInjector {
  const log: FaultLog[] = [];
  let stopped = false;
  const shuffled = (faults: string[]) => {
    for (let i = faults.length - 1; i > 0; i--) {
      const j = random.int(0, i);
      [faults[i], faults[j]] = [faults[j]!, faults[i]!];
    }
    return faults;
  };
  const distinct = [...SERVICES_TO_KILL.slice(1).map((s) => `kill ${s}`), 'terminate-connections', 'broker-connections'];
  // A round: every kind of fault once, then connections cut once more. The gateway comes first in the
  // first round (a key it held when killed is waited for longest), last in the others.
  const schedule = (round: number): string[] => {
    const rest = [...shuffled([...distinct]), ...shuffled(['terminate-connections', 'broker-connections'])];
    return round === 0 ? ['kill gateway', ...rest] : [...rest, 'kill gateway'];
  };

  const inject = async (fault: string): Promise<string> => {
    if (fault.startsWith('kill ')) {
      const name = fault.slice(5);
      const killed = Date.now();
      e2e.stack.processes.get(name)!.kill('SIGKILL');
      await sleep(random.int(200, 2_500));
      await e2e.stack.restart(name, 'SIGKILL');
      return `down ${Date.now() - killed} ms`;
    }
    if (fault === 'terminate-connections') {
      const { pgAdminUrl } = await infrastructure();
      const names = Object.values(e2e.stack.databaseUrls).map((u) => new URL(u).pathname.slice(1));
      const [{ n }] = (await sql<{ n: number }>(
        pgAdminUrl,
        'select count(pg_terminate_backend(pid))::int as n from pg_stat_activity where datname = any($1) and pid <> pg_backend_pid()',
        [names],
      )) as [{ n: number }];
      return `${n} connections`;
    }
    if (options.brokerRestart) {
      restartRabbitMq();
      return 'restarted';
    }
    return `${await closeStackBrokerConnections(e2e)} connections`;
  };

  const done = (async () => {
    await sleep(1_000);
    for (let round = 0; !stopped; round++) {
      for (const fault of schedule(round)) {
        if (stopped) break;
        const at = Date.now();
        const entry: FaultLog = { at, fault: fault === 'broker-connections' && options.brokerRestart ? 'broker-restart' : fault, ms: 0 };
        try {
          entry.detail = await inject(fault);
        } catch (err) {
          entry.error = (err as Error).message;
        }
        entry.ms = Date.now() - at;
        log.push(entry);
        options.onFault?.(entry);
        if (!stopped) await sleep(random.int(1_000, 4_000));
      }
    }
  })();

  return {
    log,
    async stop() {
      stopped = true;
      await done;
    },
  };
}

/**
 * Closes, on the broker, the AMQP connections of this stack's processes only (other stacks on the
 * machine keep theirs): their local ports are found with ss, matched to the broker's peer ports.
 */
async function closeStackBrokerConnections(e2e: E2eStack): Promise<number> {
  const pids = new Set([...e2e.stack.processes.values()].map((p) => p.pid));
  const port = new URL(e2e.stack.amqpUrl).port || '5672';
  const { stdout } = await run('ss', ['-Htnp', 'state', 'established', `( dport = :${port} )`]);
  const ours = new Set<number>();
  for (const line of stdout.split('\n')) {
    const local = /^\s*\d+\s+\d+\s+\S+:(\d+)\s/.exec(line);
    const pid = /pid=(\d+)/.exec(line);
    if (local && pid && pids.has(Number(pid[1]))) ours.add(Number(local[1]));
  }
  // Tab-separated (`<rabbit@host.1.2.3>\t59104`): the form close_connection takes (the JSON formatter writes #PID<...>).
  const { stdout: listed } = await run('rabbitmqctl', ['-q', 'list_connections', 'pid', 'peer_port'], { timeout: 60_000 });
  const connections = listed
    .split('\n')
    .map((line) => line.split('\t'))
    .map(([pid, port]) => ({ pid: pid!, peer_port: Number(port) }));
  const targets = connections.filter((c) => c.pid.startsWith('<') && ours.has(c.peer_port));
  await Promise.all(targets.map((c) => run('rabbitmqctl', ['-q', 'close_connection', c.pid, 'fault injection'], { timeout: 60_000 })));
  return targets.length;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
