import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { eventsOfMessage, topicMatches, type EventEnvelope } from '@ziba/contracts';
import { deliveryContext, inSpan, recordFault, SpanKind, startSpan, withContext, withEventContext, type Context, type Logger } from '@ziba/service-kit';
import { context, ROOT_CONTEXT } from '@opentelemetry/api';
import type { Channel, ConsumeMessage } from 'amqplib';
import type { Broker } from './broker.ts';
import { recordDelivery, recordFailedDelivery, type ConsumerOutcome } from './consumer-metrics.ts';
import { eventHeadersOf } from './event-message-headers.ts';
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

/** One event's handler runs in its request's context; a batch holds several requests' events and runs in none. */
const handlerOf = (binding: Binding): Handler =>
  typeof binding === 'function'
    ? { handle: (em, events) => withEventContext(events[0]!, () => binding(em, events[0]!)), batches: false }
    : { handle: (em, events) => binding.batch(em, events), batches: true };

/** One event of a delivery that this consumer binds. */
interface Item {
  event: EventEnvelope;
  handler: Handler;
  /** The trace context the event was written in. */
  parent: Context;
}

/** A broker message: the unit of acks and redelivery. Its events (items) are the unit of handling and of the inbox. */
interface Delivery {
  channel: Channel;
  msg: ConsumeMessage;
  items: Item[];
}

/** A batch takes the deliveries waiting, up to this many events (a relay's message holds up to its batch). */
const MAX_BATCH_EVENTS = 1_000;

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

  /**
   * Decodes a delivery and queues the events of it this consumer binds for the next batch; a
   * delivery holding none of them is acked at once, an undecodable one is dead-lettered at once.
   */
  private handle(channel: Channel, msg: ConsumeMessage): void {
    let events: EventEnvelope[];
    try {
      events = eventsOfMessage(msg.content);
    } catch (err) {
      this.logger.error({ err: (err as Error).message, routingKey: msg.fields.routingKey }, 'undecodable message dead-lettered');
      channel.nack(msg, false, false);
      recordDelivery(this.options.consumer, 'dead_lettered');
      return;
    }
    // Each consumer span continues the trace of the request that wrote its event (outbox headers):
    // under amqplib's instrumentation's span for this delivery when that span is in the same trace,
    // else under the writer's span. Taken now, while the delivery's span is the active one.
    const traces = eventHeadersOf(msg.properties.headers);
    const items: Item[] = [];
    events.forEach((event, i) => {
      const handler = this.handlerFor(event.type);
      if (handler) items.push({ event, handler, parent: deliveryContext(traces?.[i] ?? msg.properties.headers) });
    });
    if (items.length === 0) return settle(() => channel.ack(msg));
    this.pending.push({ channel, msg, items });
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
        const batch = this.pending.splice(0, batchLength(this.pending));
        const alone = batch.length === 1 && batch[0]!.items.length === 1;
        // Outside any one delivery's trace: the batch's own statements belong to none of them.
        await context.with(ROOT_CONTEXT, () => (alone ? this.handleOne(batch[0]!) : this.handleBatch(batch)));
      }
    } finally {
      this.flushing = null;
    }
  }

  /**
   * One transaction for the batch: the inbox rows in one statement, then each new event's handler in
   * delivery order (a batch handler once for the new events in a row that are its); acked after the
   * commit. If anything fails, each delivery is tried again on its own, and each of its events in a
   * transaction of its own, so one poison event is redelivered (and in the end dead-lettered) alone.
   */
  private async handleBatch(batch: Delivery[]): Promise<void> {
    const items = batch.flatMap((d) => d.items);
    const outcomes = new Map<Item, ConsumerOutcome>();
    try {
      await this.orm.em.fork().transactional(async (em) => {
        const fresh = new Set(
          (
            await em.execute<{ event_id: string }[]>(
              `insert into inbox_event (consumer, event_id, event_type) select ?, e.id, e.type from json_to_recordset(?::json) as e(id uuid, type text)
               on conflict do nothing returning event_id`,
              [this.options.consumer, JSON.stringify(items.map(({ event }) => ({ id: event.id, type: event.type })))],
            )
          ).map((r) => r.event_id),
        );
        const news: Item[] = [];
        for (const item of items) {
          // An event repeated within the batch is handled once, like one repeated across batches.
          // (PostgreSQL answers uuids in lower case.)
          const isNew = fresh.delete(item.event.id.toLowerCase());
          outcomes.set(item, isNew ? 'processed' : 'duplicate');
          if (isNew) news.push(item);
        }
        for (const run of runsOf(news)) await this.inConsumerSpans(run, (events) => run[0]!.handler.handle(em, events));
      });
    } catch (err) {
      this.logger.warn({ err: (err as Error).message, events: items.length }, 'event batch failed; handling each on its own');
      for (const d of batch) await this.handleOne(d);
      return;
    }
    ackAll(batch);
    for (const item of items) recordDelivery(this.options.consumer, outcomes.get(item)!, item.event);
  }

  /**
   * A delivery's events each in a transaction of its own, with its inbox row. The delivery is acked
   * once all are handled, else nacked for redelivery: the events already handled are then duplicates,
   * so only the failing one runs again (and the delivery is dead-lettered once it keeps failing).
   */
  private async handleOne(d: Delivery): Promise<void> {
    const { channel, msg } = d;
    let failed = false;
    for (const item of d.items) {
      const { event } = item;
      try {
        const outcome = await this.handleItem(item);
        recordDelivery(this.options.consumer, outcome, event);
      } catch (err) {
        failed = true;
        this.logger.warn(
          { err: (err as Error).message, eventId: event.id, type: event.type, delivery: msg.properties.headers?.['x-delivery-count'] },
          'event handling failed; will be redelivered',
        );
      }
    }
    // The channel may have closed under us; the broker redelivers the unacked message anyway.
    if (!failed) return settle(() => channel.ack(msg));
    // Counted by message, as the broker counts deliveries (and dead-letters them) by message.
    recordFailedDelivery(this.options.consumer, msg, this.options.deliveryLimit);
    settle(() => channel.nack(msg, false, true));
  }

  /** One event and its inbox row in a transaction of their own: a duplicate is only recorded as one. */
  private async handleItem(item: Item): Promise<ConsumerOutcome> {
    let outcome: ConsumerOutcome = 'processed';
    await this.inConsumerSpan(item, () =>
      this.orm.em.fork().transactional(async (em) => {
        const fresh = await em.execute<unknown[]>(
          'insert into inbox_event (consumer, event_id, event_type) values (?, ?, ?) on conflict do nothing returning event_id',
          [this.options.consumer, item.event.id, item.event.type],
        );
        if (fresh.length === 0) outcome = 'duplicate';
        else await item.handler.handle(em, [item.event]);
      }),
    );
    return outcome;
  }

  private inConsumerSpan(d: Item, work: () => Promise<void>): Promise<void> {
    return inSpan(
      this.service,
      `${this.options.consumer} ${d.event.type}`,
      { kind: SpanKind.CONSUMER, attributes: this.spanAttributes(d), parent: d.parent },
      work,
    );
  }

  private spanAttributes(d: Item) {
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
  private async inConsumerSpans(run: Item[], work: (events: EventEnvelope[]) => Promise<void>): Promise<void> {
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

/** How many of the waiting deliveries the next batch takes: at least one, and up to MAX_BATCH_EVENTS events. */
function batchLength(pending: readonly Delivery[]): number {
  let n = 1;
  for (let events = pending[0]!.items.length; n < pending.length && events + pending[n]!.items.length <= MAX_BATCH_EVENTS; n++)
    events += pending[n]!.items.length;
  return n;
}

/** Consecutive events for the same batch handler, together; each other event alone. */
function runsOf(items: Item[]): Item[][] {
  const runs: Item[][] = [];
  for (const d of items) {
    const last = runs.at(-1);
    if (last && d.handler.batches && last[0]!.handler === d.handler) last.push(d);
    else runs.push([d]);
  }
  return runs;
}
