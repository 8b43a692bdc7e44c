import amqp from 'amqplib';
import pg from 'pg';
import { auditInvariants } from './audit.invariants.ts';
import { SERVICES, type Invariant, type InvariantResult, type QueueReader, type ServiceName, type Snapshots } from './invariant.ts';
import { messagingInvariants } from './messaging.invariants.ts';
import { payoutInvariants } from './payout.invariants.ts';
import { tripSettlementInvariants } from './trip-settlement.invariants.ts';
import { walletLedgerInvariants } from './wallet-ledger.invariants.ts';

/** Every invariant, in the order the report lists them. */
export const INVARIANTS: readonly Invariant[] = [
  ...walletLedgerInvariants,
  ...tripSettlementInvariants,
  ...payoutInvariants,
  ...messagingInvariants,
  ...auditInvariants,
];

/** Where a stack keeps its state: each service's database, and the broker with the stack's consumer queues. */
export interface InvariantTarget {
  databaseUrls: Partial<Record<ServiceName, string>>;
  amqpUrl?: string;
  /** The consumers' queues (`<consumer>.events`); their dead-letter queues are derived. */
  queues?: readonly string[];
}

export interface CheckOptions {
  /**
   * How long to wait for the stack to settle: events still in an outbox or a queue, an audit record
   * not yet written, a recovery pass not yet run. The checks run again every second until none is
   * violated or the wait is over; the last round is the report. 0: one round.
   */
  waitSeconds?: number;
  /** Told after each round that found violations while there is time left to wait. */
  onRound?: (results: InvariantResult[]) => void;
}

export interface InvariantReport {
  results: InvariantResult[];
  /** Violations over every invariant; 0 means everything held. */
  violations: number;
  rounds: number;
  elapsedMs: number;
}

/**
 * Checks every invariant of the platform on a stack's databases and broker. Each database is read
 * in one repeatable-read snapshot per round, the services that act on the ledger (trips, payouts)
 * before the ledger and the audit log last, so a change that spans services is seen whole or not
 * at all in the direction each check relies on.
 */
export async function checkInvariants(target: InvariantTarget, options: CheckOptions = {}): Promise<InvariantReport> {
  const started = Date.now();
  const deadline = started + (options.waitSeconds ?? 0) * 1000;
  const clients = new Map<ServiceName, pg.Client>();
  let connection: Awaited<ReturnType<typeof amqp.connect>> | null = null;
  try {
    for (const service of SERVICES) {
      const url = target.databaseUrls[service];
      if (!url) continue;
      const client = new pg.Client({ connectionString: url, application_name: 'check-invariants' });
      client.on('error', () => undefined); // a dropped connection fails the next query, which says why
      await client.connect();
      clients.set(service, client);
    }
    if (target.amqpUrl && target.queues?.length) {
      connection = await amqp.connect(target.amqpUrl);
      connection.on('error', () => undefined);
    }
    const broker = connection ? queueReader(connection, target.queues ?? []) : null;
    for (let rounds = 1; ; rounds++) {
      const results = await round(clients, broker);
      const violations = results.reduce((sum, r) => sum + r.violations, 0);
      if (violations === 0 || Date.now() >= deadline) return { results, violations, rounds, elapsedMs: Date.now() - started };
      options.onRound?.(results);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  } finally {
    for (const client of clients.values()) await client.end().catch(() => undefined);
    await connection?.close().catch(() => undefined);
  }
}

async function round(clients: Map<ServiceName, pg.Client>, broker: QueueReader | null): Promise<InvariantResult[]> {
  const present: Snapshots = {};
  // Snapshots are taken in SERVICES order, at each transaction's first statement.
  for (const [service, client] of clients) {
    await client.query('begin isolation level repeatable read read only');
    await client.query('select 1');
    present[service] = client;
  }
  try {
    const results: InvariantResult[] = [];
    for (const invariant of INVARIANTS) {
      const missing = invariant.needs.filter((s) => !present[s]);
      if (missing.length || (invariant.needsBroker && !broker)) {
        results.push({
          name: invariant.name,
          violations: 0,
          checked: 0,
          examples: [],
          skipped: missing.length ? `no database of ${missing.join(', ')}` : 'no broker',
        });
        continue;
      }
      try {
        results.push({ name: invariant.name, ...(await invariant.check({ db: present as Required<Snapshots>, present, broker })) });
      } catch (err) {
        // A check that cannot run has not shown the invariant holds.
        results.push({ name: invariant.name, violations: 1, checked: 0, examples: [`the check failed: ${(err as Error).message}`] });
      }
    }
    return results;
  } finally {
    for (const client of clients.values()) await client.query('rollback').catch(() => undefined);
  }
}

function queueReader(connection: Awaited<ReturnType<typeof amqp.connect>>, queues: readonly string[]): QueueReader {
  return {
    queues,
    async depth(queue) {
      // A missing queue closes the channel it was asked on: one channel per question.
      const channel = await connection.createChannel();
      channel.on('error', () => undefined);
      try {
        return (await channel.checkQueue(queue)).messageCount;
      } catch {
        return null;
      } finally {
        await channel.close().catch(() => undefined);
      }
    },
  };
}

/** One line per invariant: ok or FAIL, violations of checked, the name; a few offenders under a failure. */
export function formatReport(report: InvariantReport): string {
  const width = Math.max(...report.results.map((r) => String(r.checked).length), 5);
  const lines = report.results.map((r) => {
    if (r.skipped) return `skip  ${'-'.padStart(6)}   ${'-'.padStart(width)}  ${r.name} (${r.skipped})`;
    const head = `${r.violations === 0 ? 'ok  ' : 'FAIL'}  ${String(r.violations).padStart(6)} of ${String(r.checked).padStart(width)}  ${r.name}`;
    return [head, ...r.examples.map((e) => `        ${e}`)].join('\n');
  });
  const failed = report.results.filter((r) => r.violations > 0).length;
  lines.push(
    failed
      ? `${failed} invariant(s) violated (${report.violations} violations)`
      : `every invariant holds (${report.results.filter((r) => !r.skipped).length} checked)`,
  );
  return lines.join('\n');
}
