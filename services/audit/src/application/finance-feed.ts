import type { MikroORM } from '@mikro-orm/postgresql';
import { BatchLoop, type Broker } from '@ziba/messaging';
import { inTransaction } from '@ziba/persistence';
import type { Logger } from '@ziba/service-kit';
import type { AuditContent } from '../domain/audit-content.ts';
import { AuditRecordRepository } from '../persistence/audit-record.repository.ts';
import { FinanceFeedCursorRepository } from '../persistence/finance-feed-cursor.repository.ts';

export const FINANCE_ROUTING_KEY = 'audit.record';
const BATCH = 500;

export interface FinanceFeedOptions {
  exchange: string;
  queue: string;
  pollMs?: number;
}

/** One audit record as finance receives it: enough to re-check the chain link by link (docs/audit-chain.md). */
export interface FinanceRecord {
  seq: string;
  recordedAt: string;
  prevHash: string;
  hash: string;
  /** The canonical form the hash was computed over: 1 (before RFC 8785) or 2 (RFC 8785, JCS). */
  hashVersion: number;
  content: AuditContent;
}

/**
 * Publishes the audit chain, in chain order, to finance's own exchange and quorum queue. One
 * publisher at a time: the cursor row is taken FOR UPDATE SKIP LOCKED, so another instance skips
 * the pass instead of interleaving. A batch goes out on the one confirm channel (order kept), and
 * the cursor advances only over the records confirmed without a gap, so after a failure or a crash
 * the feed resumes from the first unconfirmed record: at least once, always in order. A record
 * seen twice has the same `seq`; each carries `prevHash`, so finance can check nothing is missing.
 */
export class FinanceFeed extends BatchLoop {
  private readonly orm: MikroORM;
  private readonly broker: Broker;
  private readonly logger: Logger;
  private readonly options: FinanceFeedOptions;

  constructor(orm: MikroORM, broker: Broker, logger: Logger, options: FinanceFeedOptions) {
    const pollMs = options.pollMs ?? 200;
    super({ name: 'finance feed', batchSize: BATCH, pollMs, wakeDelayMs: pollMs, broker, logger });
    this.orm = orm;
    this.broker = broker;
    this.logger = logger;
    this.options = options;
  }

  /** Declares finance's exchange and queue on every (re)connection, then publishes on a short poll. */
  override async start(): Promise<void> {
    const { exchange, queue } = this.options;
    await this.broker.onConnect(async (connection) => {
      const channel = await connection.createChannel();
      await channel.assertExchange(exchange, 'direct', { durable: true });
      await channel.assertQueue(queue, { durable: true, arguments: { 'x-queue-type': 'quorum' } });
      await channel.bindQueue(queue, exchange, FINANCE_ROUTING_KEY);
      await channel.close();
    });
    super.start();
  }

  protected async publishBatch(): Promise<number> {
    if (!this.broker.connected) return 0;
    return inTransaction(this.orm, async (em) => {
      const lastSeq = await FinanceFeedCursorRepository.lockUnlessTaken(em);
      if (lastSeq === null) return 0; // another instance is publishing
      const rows = await AuditRecordRepository.after(em, lastSeq, BATCH);
      if (rows.length === 0) return 0;
      const results = await Promise.allSettled(
        rows.map((r) => {
          const record: FinanceRecord = {
            seq: r.seq,
            recordedAt: r.recordedAt.toISOString(),
            prevHash: r.prevHash,
            hash: r.hash,
            hashVersion: r.hashVersion,
            content: r.content,
          };
          return this.broker.publish(FINANCE_ROUTING_KEY, Buffer.from(JSON.stringify(record)), {
            exchange: this.options.exchange,
            messageId: `audit-${r.seq}`,
            type: 'audit.record.v1',
            headers: { seq: r.seq },
          });
        }),
      );
      const firstFailed = results.findIndex((x) => x.status === 'rejected');
      const upTo = firstFailed === -1 ? rows.length : firstFailed;
      if (upTo > 0) await FinanceFeedCursorRepository.advance(em, rows[upTo - 1]!.seq);
      if (upTo < rows.length) {
        // Records after the failed one may have gone out too: they come again, after it, next pass.
        this.logger.warn(
          { seq: rows[upTo]!.seq, err: String((results[upTo] as PromiseRejectedResult).reason) },
          'finance feed publish failed; will resume there',
        );
      }
      return upTo;
    });
  }
}
