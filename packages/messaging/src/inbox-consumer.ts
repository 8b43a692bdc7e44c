import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { EventEnvelope } from '@ziba/contracts';
import { deliveryContext, inSpan, SpanKind, type Logger } from '@ziba/service-kit';
import type { Channel, ConsumeMessage } from 'amqplib';
import type { Broker } from './broker.ts';
import { recordDelivery, recordFailedDelivery, type ConsumerOutcome } from './consumer-metrics.ts';
import { DEAD_LETTER_EXCHANGE, deadLetterQueueOf, quorumQueueArgs } from './topology.ts';

export type EventHandler = (em: EntityManager, event: EventEnvelope) => Promise<void>;

export interface ConsumerOptions {
  /** Names the inbox rows and the queue (`<consumer>.events`). */
  consumer: string;
  /** Routing keys (event types) to bind, with topic wildcards. */
  bindings: Record<string, EventHandler>;
  prefetch?: number;
  deliveryLimit?: number;
}

/**
 * An idempotent consumer on the service's quorum queue: each event is handled in a database
 * transaction that also records its id in the inbox, so a redelivered event is a no-op; the message
 * is acked only after that commit. A handler that keeps failing is dead-lettered by the queue's
 * delivery limit; an undecodable message is dead-lettered at once.
 */
export class InboxConsumer {
  readonly queue: string;
  /** The owning service, naming its spans. */
  private readonly service: string;
  private readonly orm: MikroORM;
  private readonly logger: Logger;
  private readonly options: ConsumerOptions;

  constructor(orm: MikroORM, logger: Logger, options: ConsumerOptions) {
    this.orm = orm;
    this.logger = logger;
    this.options = options;
    this.queue = `${options.consumer}.events`;
    this.service = String(logger.bindings().service ?? options.consumer);
  }

  /**
   * Declares the queues and starts consuming, again after every reconnection and whenever the
   * channel closes on its own (a kept channel of the broker).
   */
  async attach(broker: Broker): Promise<void> {
    await broker.keepChannel(async (channel) => {
      // Without this listener a throwing callback closes the channel (amqplib 2).
      channel.on('handler-error', (err: Error) => this.logger.error({ err: err.message }, 'consumer callback failed'));
      await channel.assertQueue(this.queue, { durable: true, arguments: quorumQueueArgs(this.queue, this.options.deliveryLimit) });
      await channel.assertQueue(deadLetterQueueOf(this.queue), { durable: true, arguments: { 'x-queue-type': 'quorum' } });
      await channel.bindQueue(deadLetterQueueOf(this.queue), DEAD_LETTER_EXCHANGE, this.queue);
      for (const key of Object.keys(this.options.bindings)) await channel.bindQueue(this.queue, broker.eventsExchange, key);
      // Each message in flight holds a database connection: leave most of the pool to requests.
      await channel.prefetch(this.options.prefetch ?? 8);
      await channel.consume(this.queue, (msg) => {
        if (msg) return void this.handle(channel, msg);
        // The broker cancelled the consumer (its queue was deleted, say): a new channel declares the queue and consumes again.
        this.logger.warn({ queue: this.queue }, 'consumer cancelled by the broker; opening its channel again');
        channel.close().catch(() => undefined);
      });
    });
  }

  private async handle(channel: Channel, msg: ConsumeMessage): Promise<void> {
    let event: EventEnvelope;
    try {
      event = JSON.parse(msg.content.toString('utf8')) as EventEnvelope;
      if (typeof event.id !== 'string' || typeof event.type !== 'string') throw new Error('not an event envelope');
    } catch (err) {
      this.logger.error({ err: (err as Error).message, routingKey: msg.fields.routingKey }, 'undecodable message dead-lettered');
      channel.nack(msg, false, false);
      recordDelivery(this.options.consumer, 'dead_lettered');
      return;
    }
    const handler = this.handlerFor(event.type);
    let outcome: ConsumerOutcome = 'processed';
    try {
      if (handler) {
        // A consumer span continuing the trace of the request that wrote the event (outbox headers),
        // under amqplib's instrumentation's span for this delivery when there is one.
        const parent = deliveryContext(msg.properties.headers);
        const attributes = {
          'messaging.system': 'rabbitmq',
          'messaging.destination.name': this.queue,
          'messaging.message.id': event.id,
          'ziba.event_type': event.type,
        };
        await inSpan(this.service, `${this.options.consumer} ${event.type}`, { kind: SpanKind.CONSUMER, attributes, parent }, () =>
          this.orm.em.fork().transactional(async (em) => {
            const fresh = await em.execute<unknown[]>(
              'insert into inbox_event (consumer, event_id, event_type) values (?, ?, ?) on conflict do nothing returning event_id',
              [this.options.consumer, event.id, event.type],
            );
            if (fresh.length > 0) await handler(em, event);
            else outcome = 'duplicate';
          }),
        );
      }
      channel.ack(msg);
      recordDelivery(this.options.consumer, outcome, event);
    } catch (err) {
      this.logger.warn(
        { err: (err as Error).message, eventId: event.id, type: event.type, delivery: msg.properties.headers?.['x-delivery-count'] },
        'event handling failed; will be redelivered',
      );
      recordFailedDelivery(this.options.consumer, msg, this.options.deliveryLimit);
      try {
        channel.nack(msg, false, true);
      } catch {
        // The channel closed under us; the broker redelivers the unacked message anyway.
      }
    }
  }

  private handlerFor(type: string): EventHandler | undefined {
    const { bindings } = this.options;
    if (bindings[type]) return bindings[type];
    for (const [pattern, handler] of Object.entries(bindings)) if (topicMatches(pattern, type)) return handler;
    return undefined;
  }
}

/** AMQP topic matching: `*` is one word, `#` zero or more. */
export function topicMatches(pattern: string, key: string): boolean {
  const p = pattern.split('.');
  const k = key.split('.');
  const match = (i: number, j: number): boolean => {
    if (i === p.length) return j === k.length;
    if (p[i] === '#') return match(i + 1, j) || (j < k.length && match(i, j + 1));
    return j < k.length && (p[i] === '*' || p[i] === k[j]) && match(i + 1, j + 1);
  };
  return match(0, 0);
}
