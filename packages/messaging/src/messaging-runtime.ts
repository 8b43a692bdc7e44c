import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '@ziba/service-kit';
import { Broker } from './broker.ts';
import { trackQueueDepth } from './consumer-metrics.ts';
import { InboxConsumer, type ConsumerOptions } from './inbox-consumer.ts';
import { trackOutboxBacklog } from './outbox-metrics.ts';
import { wakeRelayOnCommits } from './outbox.ts';
import { OutboxRelay, type OutboxMessages } from './outbox-relay.ts';
import { deadLetterQueueOf } from './topology.ts';

export interface MessagingRuntime {
  broker: Broker;
  relay: OutboxRelay;
  /**
   * Wakes the relay. Transactions that enqueue events (enqueueEvent) wake it after their commit by
   * themselves; only a writer of outbox rows by other means (the ledger's lean write path) calls this.
   */
  wake(): void;
  stop(): Promise<void>;
}

/** A service's configuration of its broker connection (service-kit's CommonEnv and the service's AMQP_URL). */
export interface MessagingConfig {
  AMQP_URL: string;
  EVENTS_EXCHANGE?: string;
  OUTBOX_MESSAGES?: OutboxMessages;
}

/**
 * A service's broker connection, outbox relay and consumers, started together and stopped together,
 * on its stack's events exchange (the service's EVENTS_EXCHANGE).
 */
export async function startMessaging(orm: MikroORM, config: MessagingConfig, logger: Logger, consumers: ConsumerOptions[] = []): Promise<MessagingRuntime> {
  const broker = new Broker(config.AMQP_URL, logger, config.EVENTS_EXCHANGE);
  const relay = new OutboxRelay(orm, broker, logger, { messages: config.OUTBOX_MESSAGES });
  const unwake = wakeRelayOnCommits(orm, () => relay.wake());
  const inboxes = consumers.map((options) => new InboxConsumer(orm, logger, options));
  for (const inbox of inboxes) await inbox.attach(broker);
  // Metrics: outbox backlog from this service's database, depth of its queues and dead-letter queues.
  const untrackOutbox = trackOutboxBacklog(String(logger.bindings().service ?? 'unknown'), orm);
  const untrackQueues = await trackQueueDepth(
    broker,
    inboxes.flatMap((inbox) => [inbox.queue, deadLetterQueueOf(inbox.queue)]),
  );
  await broker.start();
  relay.start();
  return {
    broker,
    relay,
    wake: () => relay.wake(),
    async stop() {
      unwake();
      untrackQueues();
      untrackOutbox();
      await relay.stop();
      await broker.close();
    },
  };
}
