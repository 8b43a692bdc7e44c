import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '@ziba/service-kit';
import type { Broker } from './broker.ts';

interface OutboxRow {
  seq: string;
  id: string;
  routing_key: string;
  envelope: unknown;
  headers: Record<string, string>;
  attempts: number;
}

const WAKE_COALESCE_MS = 20;

export interface RelayOptions {
  batchSize?: number;
  pollMs?: number;
}

/**
 * Moves committed outbox rows to the broker. Rows are claimed with FOR UPDATE SKIP LOCKED (several
 * replicas share the work), published on the confirm channel, and removed only once confirmed:
 * delivery is at least once, and consumers deduplicate by event id. The outbox is a transport, not
 * a record: the audit service keeps every event (so `published_at` stays null on the rows waiting). While the broker is down rows
 * wait with backoff and go out after it returns.
 */
export class OutboxRelay {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private woken = false;
  private stopped = false;
  private readonly batchSize: number;
  private readonly pollMs: number;
  private readonly orm: MikroORM;
  private readonly broker: Broker;
  private readonly logger: Logger;

  constructor(orm: MikroORM, broker: Broker, logger: Logger, options: RelayOptions = {}) {
    this.orm = orm;
    this.broker = broker;
    this.logger = logger;
    this.batchSize = options.batchSize ?? 200;
    this.pollMs = options.pollMs ?? 500;
  }

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  /**
   * Called after a commit that wrote events: publish soon rather than at the next poll. Wakes within
   * a few milliseconds are coalesced, so a busy service relays in batches, not one query per event.
   */
  wake(): void {
    if (this.stopped) return;
    if (this.running) this.again = true;
    else if (!this.woken) {
      this.woken = true;
      this.schedule(WAKE_COALESCE_MS);
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /** Publishes until the outbox is empty; returns how many rows went out. For tests and drains. */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await this.publishBatch();
      total += n;
      if (n < this.batchSize) return total;
    }
  }

  private schedule(ms: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.woken = false;
      this.running = this.loop().finally(() => {
        this.running = null;
        if (!this.stopped) this.schedule(this.again ? WAKE_COALESCE_MS : this.pollMs);
        this.again = false;
      });
    }, ms);
  }

  private async loop(): Promise<void> {
    try {
      while (!this.stopped && this.broker.connected && (await this.publishBatch()) === this.batchSize);
    } catch (err) {
      this.logger.warn({ err: (err as Error).message }, 'outbox relay pass failed');
    }
  }

  private async publishBatch(): Promise<number> {
    if (!this.broker.connected) return 0;
    return this.orm.em.fork().transactional(async (em) => {
      const rows = await em.execute<OutboxRow[]>(
        `select seq::text, id, routing_key, envelope, headers, attempts from outbox_event
         where published_at is null and next_attempt_at <= now() order by outbox_event.seq limit ? for update skip locked`,
        [this.batchSize],
      );
      if (rows.length === 0) return 0;
      const results = await Promise.allSettled(
        rows.map((r) => this.broker.publish(r.routing_key, Buffer.from(JSON.stringify(r.envelope)), { messageId: r.id, type: r.routing_key, headers: r.headers })),
      );
      const sent = rows.filter((_, i) => results[i]!.status === 'fulfilled').map((r) => r.seq);
      const failed = rows.filter((_, i) => results[i]!.status === 'rejected');
      // A confirmed row is done: deleting it is a fraction of the WAL of rewriting it as published.
      if (sent.length) await em.execute('delete from outbox_event where seq in (?)', [sent], 'run');
      for (const r of failed) {
        // Exponential backoff, capped at a minute.
        await em.execute(
          `update outbox_event set attempts = attempts + 1, last_error = ?, next_attempt_at = now() + least(interval '60 seconds', interval '100 milliseconds' * power(2, attempts)) where seq = ?`,
          [String((results[rows.indexOf(r)] as PromiseRejectedResult).reason).slice(0, 500), r.seq],
          'run',
        );
      }
      return rows.length;
    });
  }
}
