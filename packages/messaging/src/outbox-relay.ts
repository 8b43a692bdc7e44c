import type { MikroORM } from '@mikro-orm/postgresql';
import { remoteContext, withContext, type Logger } from '@ziba/service-kit';
import { BatchLoop } from './batch-loop.ts';
import type { Broker } from './broker.ts';
import { withEventHeaders } from './event-message-headers.ts';

interface OutboxRow {
  seq: string;
  id: string;
  routing_key: string;
  /** The event as JSON text, sent as it is (a jsonb column prints it normalised, a json one verbatim). */
  envelope: string;
  headers: Record<string, string>;
}

const WAKE_COALESCE_MS = 20;

/**
 * How a pass goes to the broker: as one message (the default), or each event as a message of its own,
 * the only shape consumers of releases before 2026-11-30 read. Upgrading from such a release, run
 * one-per-event until every consumer runs this one (k8s/README.md, Expand/contract).
 */
export type OutboxMessages = 'one-per-pass' | 'one-per-event';

export interface RelayOptions {
  batchSize?: number;
  pollMs?: number;
  messages?: OutboxMessages;
}

/**
 * Moves committed outbox rows to the broker. Rows are claimed with FOR UPDATE SKIP LOCKED (several
 * replicas share the work), published together as one message on the confirm channel, and removed
 * only once confirmed: delivery is at least once, and consumers deduplicate by event id. The outbox is a transport, not
 * a record: the audit service keeps every event (so `published_at` stays null on the rows waiting).
 * While the broker is down rows wait with backoff and go out after it returns.
 */
export class OutboxRelay extends BatchLoop {
  private readonly batchSize: number;
  private readonly orm: MikroORM;
  private readonly broker: Broker;
  private readonly messages: OutboxMessages;

  constructor(orm: MikroORM, broker: Broker, logger: Logger, options: RelayOptions = {}) {
    const batchSize = options.batchSize ?? 200;
    super({ name: 'outbox relay', batchSize, pollMs: options.pollMs ?? 500, wakeDelayMs: WAKE_COALESCE_MS, broker, logger });
    this.orm = orm;
    this.broker = broker;
    this.batchSize = batchSize;
    this.messages = options.messages ?? 'one-per-pass';
  }

  protected async publishBatch(): Promise<number> {
    if (!this.broker.connected) return 0;
    return this.orm.em.fork().transactional(async (em) => {
      // The outbox is a queue: rows are inserted and deleted at the same rate, so between vacuums
      // its heap is mostly dead space while its statistics say it is nearly empty. The planner then
      // reads the whole heap on every pass (measured on the ledger at 1,300 events/s: 2,500 pages,
      // 10 ms a pass, a fifth of a core). Through the primary key a pass reads only the rows it takes.
      await em.execute('set local enable_seqscan = off', [], 'run');
      const rows = await em.execute<OutboxRow[]>(
        `select seq::text, id, routing_key, envelope::text as envelope, headers from outbox_event
         where published_at is null and next_attempt_at <= now() order by outbox_event.seq limit ? for update skip locked`,
        [this.batchSize],
      );
      if (rows.length === 0) return 0;
      const seqs = rows.map((r) => r.seq);
      try {
        await (this.messages === 'one-per-pass' ? this.publish(rows) : Promise.all(rows.map((row) => this.publishAlone(row))));
      } catch (err) {
        // Exponential backoff, capped at a minute.
        await em.execute(
          `update outbox_event set attempts = attempts + 1, last_error = ?, next_attempt_at = now() + least(interval '60 seconds', interval '100 milliseconds' * power(2, attempts)) where seq in (?)`,
          [String(err).slice(0, 500), seqs],
          'run',
        );
        return rows.length;
      }
      // A confirmed row is done: deleting it is a fraction of the WAL of rewriting it as published.
      await em.execute('delete from outbox_event where seq in (?)', [seqs], 'run');
      return rows.length;
    });
  }

  /**
   * The pass's events as one message, in the order they were written (eventsOfMessage): routed by
   * every type among them, so each queue bound to any of them gets it once. One message a pass
   * instead of one an event: the broker's work, the confirms and the consumers' acks go by message.
   * It is published inside the trace of the request that wrote its first event, so the broker's
   * publish span joins that trace; each event's own trace goes with it (withEventHeaders).
   */
  private publish(rows: OutboxRow[]): Promise<void> {
    const first = rows[0]!;
    const [routingKey, ...others] = [...new Set(rows.map((r) => r.routing_key))];
    const body = Buffer.from(`[${rows.map((r) => r.envelope).join(',')}]`);
    const headers = withEventHeaders(
      first.headers,
      rows.map((r) => r.headers),
    );
    return withContext(remoteContext(first.headers), () =>
      this.broker.publish(routingKey!, body, { messageId: first.id, headers, ...(others.length ? { CC: others } : {}) }),
    );
  }

  /** One event as a message of its own: its envelope, not an array (the older consumers' shape). */
  private publishAlone(row: OutboxRow): Promise<void> {
    return withContext(remoteContext(row.headers), () =>
      this.broker.publish(row.routing_key, Buffer.from(row.envelope), { messageId: row.id, headers: row.headers }),
    );
  }
}
