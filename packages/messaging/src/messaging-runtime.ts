import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '@ziba/service-kit';
import { Broker } from './broker.ts';
import { InboxConsumer, type ConsumerOptions } from './inbox-consumer.ts';
import { OutboxRelay } from './outbox-relay.ts';

export interface MessagingRuntime {
  broker: Broker;
  relay: OutboxRelay;
  /** Call after a commit that wrote outbox events. */
  wake(): void;
  stop(): Promise<void>;
}

/** A service's broker connection, outbox relay and consumers, started together and stopped together. */
export async function startMessaging(orm: MikroORM, amqpUrl: string, logger: Logger, consumers: ConsumerOptions[] = []): Promise<MessagingRuntime> {
  const broker = new Broker(amqpUrl, logger);
  const relay = new OutboxRelay(orm, broker, logger);
  for (const options of consumers) await new InboxConsumer(orm, logger, options).attach(broker);
  await broker.start();
  relay.start();
  return {
    broker,
    relay,
    wake: () => relay.wake(),
    async stop() {
      await relay.stop();
      await broker.close();
    },
  };
}
