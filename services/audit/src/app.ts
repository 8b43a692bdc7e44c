import type { MikroORM } from '@mikro-orm/postgresql';
import { startMessaging, type MessagingRuntime } from '@ziba/messaging';
import { createLogger, type Logger } from '@ziba/service-kit';
import { appendToAuditLog } from './application/audit-log.ts';
import type { AuditConfig } from './config.ts';
import { openOrm } from './persistence/orm.ts';

export interface AuditApp {
  orm: MikroORM;
  messaging: MessagingRuntime;
  stop(): Promise<void>;
}

/**
 * Every domain event of every service lands here: the service's own quorum queue bound to all
 * event types, deduplicated by the inbox, poison events dead-lettered, each appended to the chain.
 */
export async function startAudit(config: AuditConfig, logger: Logger = createLogger('audit', config.LOG_LEVEL)): Promise<AuditApp> {
  const orm = await openOrm(config.DATABASE_URL);
  const messaging = await startMessaging(orm, config.AMQP_URL, logger, [{ consumer: config.CONSUMER_NAME, bindings: { '#': (em, event) => appendToAuditLog(em, event) } }]);
  logger.info('audit consuming every domain event');
  return {
    orm,
    messaging,
    async stop() {
      await messaging.stop();
      await orm.close();
    },
  };
}
