import type { MikroORM } from '@mikro-orm/postgresql';
import { startMessaging, type MessagingRuntime } from '@ziba/messaging';
import { loadAuditProto } from '@ziba/contracts';
import { createLogger, runEvery, serve, type Logger } from '@ziba/service-kit';
import { auditHandlers } from './grpc/audit.handler.ts';
import { appendToAuditLog } from './application/audit-log.ts';
import { auditUseCases } from './application/audit-use-cases.ts';
import { ChainVerifier } from './application/chain-verification.ts';
import { FinanceFeed } from './application/finance-feed.ts';
import type { AuditConfig } from './config.ts';
import { openOrm } from './persistence/orm.ts';

export interface AuditApp {
  orm: MikroORM;
  messaging: MessagingRuntime;
  feed: FinanceFeed;
  port: number;
  /** Where GET /metrics is served. */
  metricsPort: number;
  stop(): Promise<void>;
}

/**
 * Every domain event of every service lands here: the service's own quorum queue bound to all
 * event types, deduplicated by the inbox, poison events dead-lettered, each appended to the chain,
 * and the chain fed in order to finance's queue.
 */
export async function startAudit(config: AuditConfig, logger: Logger = createLogger('audit', config.LOG_LEVEL)): Promise<AuditApp> {
  const orm = await openOrm(
    config.DATABASE_URL,
    { max: config.DB_POOL_MAX, waitMs: config.DB_POOL_WAIT_MS },
    { mode: config.MIGRATE, waitMs: config.MIGRATE_WAIT_MS },
  );
  const messaging = await startMessaging(orm, config, logger, [
    // Every event of the platform passes here, each appended under the one chain head: larger
    // batches share that lock and a commit among more events.
    { consumer: config.CONSUMER_NAME, bindings: { '#': { batch: (em, events) => appendToAuditLog(em, events) } }, prefetch: 64 },
  ]);
  const feed = new FinanceFeed(orm, messaging.broker, logger, { exchange: config.FINANCE_FEED_EXCHANGE, queue: config.FINANCE_FEED_QUEUE });
  await feed.start();
  const serving = await serve('audit', logger, config, loadAuditProto().ziba.audit.v1.AuditService.service, auditHandlers(auditUseCases(orm)));
  // In the background, not awaited: the first pass walks the whole chain and must not hold up the start.
  const verifier = new ChainVerifier(orm);
  const verifying =
    config.AUDIT_VERIFY_INTERVAL_MS > 0
      ? runEvery(config.AUDIT_VERIFY_INTERVAL_MS, logger, 'audit chain verification', async () => {
          const v = await verifier.run();
          if (!v.ok) logger.error({ firstBrokenSeq: v.firstBrokenSeq, reason: v.reason }, 'audit chain verification failed');
        })
      : Promise.resolve(() => undefined);
  return {
    orm,
    messaging,
    feed,
    port: serving.port,
    metricsPort: serving.metricsPort,
    async stop() {
      (await verifying)();
      await serving.stop();
      await feed.stop();
      await messaging.stop();
      await orm.close();
    },
  };
}
