import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { EventEnvelope } from '@ziba/contracts';
import { deliveryContext, inSpan, recordFault, SpanKind, startSpan, withContext, type Context, type Logger } from '@ziba/service-kit';
import { context, ROOT_CONTEXT } from '@opentelemetry/api';
import type { Channel, ConsumeMessage } from 'amqplib';
import type { Broker } from './broker.ts';
import { recordDelivery, recordFailedDelivery, type ConsumerOutcome } from './consumer-metrics.ts';
import { DEAD_LETTER_EXCHANGE, deadLetterQueueOf, quorumQueueArgs } from './topology.ts';

export type EventHandler = (em: EntityManager, event: EventEnvelope) => Promise<void>;

/**
 * Handles the new events of a batch together, in delivery order, in the batch's transaction (one
 * statement for many rows instead of one each); alone when a batch is retried one by one.
 */
export interface BatchEventHandler {
  batch(em: EntityManager, events: EventEnvelope[]): Promise<void>;
}

export type Binding = EventHandler | BatchEventHandler;

/** A binding in one shape: `handle` takes the events of a run, which has one event unless `batches`. */
interface Handler {
  handle(em: EntityManager, events: EventEnvelope[]): Promise<void>;
  batches: boolean;
}

const handlerOf = (binding: Binding): Handler =>
  typeof binding === 'function'
    ? { handle: (em, events) => binding(em, events[0]!), batches: false }
    : { handle: (em, events) => binding.batch(em, events), batches: true };

interface Delivery {
  channel: Channel;
  msg: ConsumeMessage;
  event: EventEnvelope;
  handler: Handler;
  /** The trace context the delivery arrived in. */
  parent: Context;
}

/** An ack or nack on a channel that may have closed meanwhile (the broker then redelivers). */
const settle = (ack: () => void): void => {
  try {
    ack();
  } catch {
    // nothing to do: an unacked message comes back
  }
};

export interface ConsumerOptions {
  /** Names the inbox rows and the queue (`<consumer>.events`). */
  consumer: string;
  /** Routing keys (event types) to bind, with topic wildcards. */
  bindings: Record<string, Binding>;
  prefetch?: number;
  deliveryLimit?: number;
}

/**
 * An idempotent consumer on the service's quorum queue: each event is handled in a database
 * transaction that also records its id in the inbox, so a redelivered event is a no-op; the message
 * is acked only after that commit. Events that arrive together share one transaction (a batch). A
 * handler that keeps failing is dead-lettered by the queue's delivery limit; an undecodable message
 * is dead-lettered at once.
 */
export class InboxConsumer {
  readonly queue: string;
  /** The owning service, naming its spans. */
  private readonly service: string;
  private readonly orm: MikroORM;
  private readonly logger: Logger;
  private readonly options: ConsumerOptions;
  /** The bindings, each in one shape, made once: a run of a batch handler is told by its identity. */
  private readonly handlers: Map<string, Handler>;
  private readonly pending: Delivery[] = [];
  private flushing: Promise<void> | null = null;

  constructor(orm: MikroORM, logger: Logger, options: ConsumerOptions) {
    this.orm = orm;
    this.logger = logger;
    this.options = options;
    this.queue = `${options.consumer}.events`;
    this.service = String(logger.bindings().service ?? options.consumer);
    this.handlers = new Map(Object.entries(options.bindings).map(([pattern, binding]) => [pattern, handlerOf(binding)]));
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
      // Deliveries are handled in batches of up to this many, one database connection a batch.
      await channel.prefetch(this.options.prefetch ?? 8);
      await channel.consume(this.queue, (msg) => {
        if (msg) return this.handle(channel, msg);
        // The broker cancelled the consumer (its queue was deleted, say): a new channel declares the queue and consumes again.
        this.logger.warn({ queue: this.queue }, 'consumer cancelled by the broker; opening its channel again');
        channel.close().catch(() => undefined);
      });
    });
  }

  /** Decodes a delivery and queues it for the next batch; an undecodable one is dead-lettered at once. */
  private handle(channel: Channel, msg: ConsumeMessage): void {
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
    if (!handler) {
      settle(() => channel.ack(msg));
      recordDelivery(this.options.consumer, 'processed', event);
      return;
    }
    // The consumer span continues the trace of the request that wrote the event (outbox headers),
    // under amqplib's instrumentation's span for this delivery when there is one: taken now, while
    // that span is the active one.
    this.pending.push({ channel, msg, event, handler, parent: deliveryContext(msg.properties.headers) });
    this.flushing ??= this.flush();
  }

  /**
   * Handles what has arrived, a batch at a time, until nothing waits. Deliveries that arrive while a
   * batch commits wait for the next one, so a busy queue is taken in batches of up to its prefetch:
   * one transaction and one commit for many events instead of one each.
   */
  private async flush(): Promise<void> {
    try {
      await new Promise((resolve) => setImmediate(resolve)); // what arrived in the same read joins the batch
      while (this.pending.length > 0) {
        const batch = this.pending.splice(0, this.pending.length);
        // Outside any one delivery's trace: the batch's own statements belong to none of them.
        await context.with(ROOT_CONTEXT, () => (batch.length === 1 ? this.handleOne(batch[0]!) : this.handleBatch(batch)));
      }
    } finally {
      this.flushing = null;
    }
  }

  /**
   * One transaction for the batch: the inbox rows in one statement, then each new event's handler in
   * delivery order (a batch handler once for the new events in a row that are its); acked after the
   * commit. If anything fails, each delivery is tried again on its own, so one poison event is
   * redelivered (and in the end dead-lettered) alone.
   */
  private async handleBatch(batch: Delivery[]): Promise<void> {
    const outcomes = new Map<Delivery, ConsumerOutcome>();
    try {
      await this.orm.em.fork().transactional(async (em) => {
        const fresh = new Set(
          (
            await em.execute<{ event_id: string }[]>(
              `insert into inbox_event (consumer, event_id, event_type) select ?, e.id, e.type from json_to_recordset(?::json) as e(id uuid, type text)
               on conflict do nothing returning event_id`,
              [this.options.consumer, JSON.stringify(batch.map((d) => ({ id: d.event.id, type: d.event.type })))],
            )
          ).map((r) => r.event_id),
        );
        const news: Delivery[] = [];
        for (const d of batch) {
          // A delivery repeated within the batch is handled once, like one repeated across batches.
          // (PostgreSQL answers uuids in lower case.)
          const isNew = fresh.delete(d.event.id.toLowerCase());
          outcomes.set(d, isNew ? 'processed' : 'duplicate');
          if (isNew) news.push(d);
        }
        for (const run of runsOf(news)) await this.inConsumerSpans(run, (events) => run[0]!.handler.handle(em, events));
      });
    } catch (err) {
      this.logger.warn({ err: (err as Error).message, events: batch.length }, 'event batch failed; handling each on its own');
      for (const d of batch) await this.handleOne(d);
      return;
    }
    ackAll(batch);
    for (const d of batch) recordDelivery(this.options.consumer, outcomes.get(d)!, d.event);
  }

  /** One delivery in a transaction of its own, with its inbox row; acked after the commit, nacked for redelivery if it fails. */
  private async handleOne(d: Delivery): Promise<void> {
    const { channel, msg, event } = d;
    let outcome: ConsumerOutcome = 'processed';
    try {
      await this.inConsumerSpan(d, () =>
        this.orm.em.fork().transactional(async (em) => {
          const fresh = await em.execute<unknown[]>(
            'insert into inbox_event (consumer, event_id, event_type) values (?, ?, ?) on conflict do nothing returning event_id',
            [this.options.consumer, event.id, event.type],
          );
          if (fresh.length === 0) outcome = 'duplicate';
          else await d.handler.handle(em, [event]);
        }),
      );
      channel.ack(msg);
      recordDelivery(this.options.consumer, outcome, event);
    } catch (err) {
      this.logger.warn(
        { err: (err as Error).message, eventId: event.id, type: event.type, delivery: msg.properties.headers?.['x-delivery-count'] },
        'event handling failed; will be redelivered',
      );
      recordFailedDelivery(this.options.consumer, msg, this.options.deliveryLimit);
      // The channel may have closed under us; the broker redelivers the unacked message anyway.
      settle(() => channel.nack(msg, false, true));
    }
  }

  private inConsumerSpan(d: Delivery, work: () => Promise<void>): Promise<void> {
    return inSpan(
      this.service,
      `${this.options.consumer} ${d.event.type}`,
      { kind: SpanKind.CONSUMER, attributes: this.spanAttributes(d), parent: d.parent },
      work,
    );
  }

  private spanAttributes(d: Delivery) {
    return {
      'messaging.system': 'rabbitmq',
      'messaging.destination.name': this.queue,
      'messaging.message.id': d.event.id,
      'ziba.event_type': d.event.type,
    };
  }

  /**
   * One consumer span per delivery, each under its own delivery's trace, all covering the one call
   * that handles them together; its statements belong to the first delivery's trace.
   */
  private async inConsumerSpans(run: Delivery[], work: (events: EventEnvelope[]) => Promise<void>): Promise<void> {
    if (run.length === 1) return this.inConsumerSpan(run[0]!, () => work([run[0]!.event]));
    const spans = run.map((d) =>
      startSpan(this.service, `${this.options.consumer} ${d.event.type}`, {
        kind: SpanKind.CONSUMER,
        attributes: { ...this.spanAttributes(d), 'messaging.batch.message_count': run.length },
        parent: d.parent,
      }),
    );
    try {
      await withContext(spans[0]!.context, () => work(run.map((d) => d.event)));
    } catch (err) {
      for (const { span } of spans) recordFault(span, err);
      throw err;
    } finally {
      for (const { span } of spans) span.end();
    }
  }

  private handlerFor(type: string): Handler | undefined {
    const exact = this.handlers.get(type);
    if (exact) return exact;
    for (const [pattern, handler] of this.handlers) if (topicMatches(pattern, type)) return handler;
    return undefined;
  }
}

/**
 * Acks a batch. Deliveries whose tags follow one another on a channel are acked by one frame
 * (`multiple` up to the last of them), which the broker also settles as one command: every delivery
 * before them on that channel is already settled, since batches are handled one after another and
 * a delivery taken out of turn (undecodable, unbound) is settled when it arrives. Any gap, and each
 * delivery is acked on its own.
 */
function ackAll(batch: Delivery[]): void {
  const byChannel = new Map<Channel, Delivery[]>();
  for (const d of batch) byChannel.set(d.channel, [...(byChannel.get(d.channel) ?? []), d]);
  for (const [channel, ds] of byChannel) {
    const tags = ds.map((d) => d.msg.fields.deliveryTag);
    const contiguous = tags.every((t, i) => i === 0 || t === tags[i - 1]! + 1);
    if (contiguous) settle(() => channel.ack(ds.at(-1)!.msg, true));
    else for (const d of ds) settle(() => channel.ack(d.msg));
  }
}

/** Consecutive deliveries for the same batch handler, together; each other delivery alone. */
function runsOf(deliveries: Delivery[]): Delivery[][] {
  const runs: Delivery[][] = [];
  for (const d of deliveries) {
    const last = runs.at(-1);
    if (last && d.handler.batches && last[0]!.handler === d.handler) last.push(d);
    else runs.push([d]);
  }
  return runs;
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
