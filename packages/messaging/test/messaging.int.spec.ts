import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MikroORM } from '@mikro-orm/postgresql';
import { createLogger } from '@ziba/service-kit';
import { eventually, freshDatabase, infrastructure, restartRabbitMq, sql } from '@ziba/testing';
import amqp, { type Channel } from 'amqplib';
import { randomUUID } from 'node:crypto';
import { eventsOfMessage, type EventEnvelope } from '@ziba/contracts';
import { Broker, buildEnvelope, enqueueEvent, EVENTS_EXCHANGE, InboxConsumer, MESSAGING_DDL, OutboxRelay, wakeRelayOnCommits } from '../src/index.ts';

const logger = createLogger('messaging-test', 'silent');
let orm: MikroORM;
let db: Awaited<ReturnType<typeof freshDatabase>>;
let amqpUrl: string;
let broker: Broker;
let relay: OutboxRelay;
const topic = `test-${randomUUID().slice(0, 8)}`;

beforeAll(async () => {
  amqpUrl = (await infrastructure()).amqpUrl;
  db = await freshDatabase('messaging');
  await sql(db.url, MESSAGING_DDL);
  orm = await MikroORM.init({ clientUrl: db.url, entities: [], discovery: { warnWhenNoEntities: false }, debug: false });
  broker = new Broker(amqpUrl, logger);
  await broker.start();
  relay = new OutboxRelay(orm, broker, logger, { pollMs: 100 });
  relay.start();
});

afterAll(async () => {
  await relay?.stop();
  await broker?.close();
  await orm?.close();
  await db?.drop();
});

async function enqueue(n: number): Promise<string[]> {
  const ids: string[] = [];
  await orm.em.fork().transactional(async (em) => {
    for (let i = 0; i < n; i++)
      ids.push((await enqueueEvent(em, 'test', { type: `${topic}.happened.v1`, aggregateType: 'thing', aggregateId: String(i), data: { i } })).id);
  });
  relay.wake();
  return ids;
}

/** How many messages the consumer's queue dead-lettered, once one has been (or 30 s have passed). */
async function deadLettered(ch: Channel, queue: string): Promise<number> {
  return (
    await eventually(
      () => ch.checkQueue(`${queue}.dead`),
      (q) => q.messageCount === 1,
      30_000,
    )
  ).messageCount;
}

/** Removes a test consumer's queue and its dead-letter queue from the shared broker. */
async function dropQueues(ch: Channel, queue: string): Promise<void> {
  await ch.deleteQueue(queue);
  await ch.deleteQueue(`${queue}.dead`);
}

describe('outbox relay and inbox consumer', () => {
  it('delivers every committed event at least once across a RabbitMQ restart', async () => {
    // A durable queue to collect what is published, so nothing is lost while the broker restarts.
    const watch = `${topic}.watch`;
    const admin = await amqp.connect(amqpUrl);
    const ch = await admin.createChannel();
    await ch.assertExchange(EVENTS_EXCHANGE, 'topic', { durable: true });
    await ch.assertQueue(watch, { durable: true, arguments: { 'x-queue-type': 'quorum' } });
    await ch.bindQueue(watch, EVENTS_EXCHANGE, `${topic}.#`);
    await admin.close();

    const before = await enqueue(50);
    restartRabbitMq();
    const during = await enqueue(50); // written while the relay's connection was down
    const expected = new Set([...before, ...during]);

    await eventually(
      () => sql<{ n: string }>(db.url, 'select count(*)::text n from outbox_event where published_at is null'),
      (rows) => rows[0]?.n === '0',
      60_000,
    );
    const seen = new Set<string>();
    const reader = await amqp.connect(amqpUrl);
    const rch = await reader.createChannel();
    await eventually(
      async () => {
        for (let m = await rch.get(watch, { noAck: true }); m; m = await rch.get(watch, { noAck: true }))
          for (const e of eventsOfMessage(m.content)) seen.add(e.id);
        return seen.size;
      },
      () => [...expected].every((id) => seen.has(id)),
      30_000,
    );
    await rch.deleteQueue(watch);
    await reader.close();
    expect([...expected].filter((id) => !seen.has(id))).toEqual([]);
  }, 180_000);

  it('processes a redelivered event once, and dead-letters a poison message without stopping', async () => {
    const handled: string[] = [];
    const consumer = new InboxConsumer(orm, logger, {
      consumer: `${topic}-counter`,
      bindings: { [`${topic}.counted.v1`]: async (_em, e) => void handled.push(e.id) },
    });
    await consumer.attach(broker);
    const pub = await amqp.connect(amqpUrl);
    const ch = await pub.createConfirmChannel();
    const event = buildEnvelope('test', { type: `${topic}.counted.v1`, aggregateType: 'thing', aggregateId: '1', data: {} });
    const other = buildEnvelope('test', { type: `${topic}.counted.v1`, aggregateType: 'thing', aggregateId: '2', data: {} });
    for (const e of [event, event, event]) ch.publish(EVENTS_EXCHANGE, e.type, Buffer.from(JSON.stringify(e)));
    ch.publish(EVENTS_EXCHANGE, `${topic}.counted.v1`, Buffer.from('not json'));
    ch.publish(EVENTS_EXCHANGE, other.type, Buffer.from(JSON.stringify(other)));
    await ch.waitForConfirms();
    await eventually(
      () => handled.length,
      (n) => n >= 2,
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(handled.sort()).toEqual([event.id, other.id].sort());
    expect(await deadLettered(ch, consumer.queue)).toBe(1);
    await dropQueues(ch, consumer.queue);
    await pub.close();
  }, 60_000);

  it('takes events that arrive together in one transaction, and a failing one does not take the others down with it', async () => {
    await sql(db.url, 'create table if not exists handled_event (event_id text primary key)');
    const transactions = new Set<unknown>();
    const poison = buildEnvelope('test', { type: `${topic}.batched.v1`, aggregateType: 'thing', aggregateId: 'poison', data: {} });
    const consumer = new InboxConsumer(orm, logger, {
      consumer: `${topic}-batcher`,
      deliveryLimit: 2,
      prefetch: 64,
      bindings: {
        [`${topic}.batched.v1`]: async (em, e) => {
          transactions.add(em);
          // A row written by the handler: rolled back with a failed batch, so it must end up written exactly once.
          await em.execute('insert into handled_event (event_id) values (?)', [e.id]);
          if (e.id === poison.id) throw new Error('this event cannot be handled');
        },
      },
    });
    const pub = await amqp.connect(amqpUrl);
    const ch = await pub.createConfirmChannel();
    const publish = async (batch: EventEnvelope[]) => {
      for (const e of batch) ch.publish(EVENTS_EXCHANGE, e.type, Buffer.from(JSON.stringify(e)));
      await ch.waitForConfirms();
    };
    const events = Array.from({ length: 50 }, (_, i) =>
      buildEnvelope('test', { type: `${topic}.batched.v1`, aggregateType: 'thing', aggregateId: String(i), data: { i } }),
    );
    const handledIds = async () => (await sql<{ event_id: string }>(db.url, 'select event_id from handled_event order by event_id')).map((r) => r.event_id);
    await consumer.attach(broker);

    await publish(events.slice(0, 40));
    await eventually(handledIds, (ids) => ids.length === 40, 30_000);
    // Fewer transactions than events: they were taken in batches.
    expect(transactions.size).toBeLessThan(40);

    await publish([...events.slice(40, 45), poison, ...events.slice(45)]);
    expect(await deadLettered(ch, consumer.queue)).toBe(1);
    expect(await handledIds()).toEqual(events.map((e) => e.id).sort());
    const inbox = await sql<{ n: string }>(db.url, 'select count(*)::text as n from inbox_event where consumer = $1', [`${topic}-batcher`]);
    expect(inbox[0]!.n).toBe('50');
    await dropQueues(ch, consumer.queue);
    await pub.close();
  }, 60_000);

  it('runs a handler as part of the request that caused its event: the events it writes carry that correlation id', async () => {
    const consumer = new InboxConsumer(orm, logger, {
      consumer: `${topic}-follower`,
      bindings: {
        [`${topic}.caused.v1`]: async (em, e) => {
          await enqueueEvent(em, 'test', { type: `${topic}.followed.v1`, aggregateType: 'thing', aggregateId: e.id, data: {} });
        },
      },
    });
    const pub = await amqp.connect(amqpUrl);
    const ch = await pub.createConfirmChannel();
    // The relay publishes and then deletes outbox rows within a poll, so the events the handler
    // wrote are read where a consumer meets them: on a queue bound to their type.
    const { queue: watch } = await ch.assertQueue('', { exclusive: true, autoDelete: true });
    await ch.bindQueue(watch, EVENTS_EXCHANGE, `${topic}.followed.v1`);
    const caused = (correlationId: string | null) =>
      buildEnvelope('test', { type: `${topic}.caused.v1`, aggregateType: 'thing', aggregateId: 'x', data: {}, correlationId });
    const fromRequest = caused(randomUUID());
    const fromNoRequest = caused(null);
    await consumer.attach(broker);
    for (const e of [fromRequest, fromNoRequest]) ch.publish(EVENTS_EXCHANGE, e.type, Buffer.from(JSON.stringify(e)));
    await ch.waitForConfirms();
    const followed: { causedBy: string; correlationId: string | null }[] = [];
    await eventually(
      async () => {
        for (let m = await ch.get(watch, { noAck: true }); m; m = await ch.get(watch, { noAck: true }))
          for (const e of eventsOfMessage(m.content)) followed.push({ causedBy: e.aggregateId, correlationId: e.correlationId });
        return followed.length;
      },
      (n) => n === 2,
      30_000,
    );
    expect(followed).toEqual(
      expect.arrayContaining([
        { causedBy: fromRequest.id, correlationId: fromRequest.correlationId },
        { causedBy: fromNoRequest.id, correlationId: null },
      ]),
    );
    await dropQueues(ch, consumer.queue);
    await pub.close();
  }, 60_000);

  it('gives a batch handler the new events of a batch in one call, in delivery order; a failing call is retried one event at a time', async () => {
    await sql(db.url, 'create table if not exists batch_handled (event_id text primary key, n bigint generated always as identity)');
    const calls: string[][] = [];
    const poison = buildEnvelope('test', { type: `${topic}.together.v1`, aggregateType: 'thing', aggregateId: 'poison', data: {} });
    const consumer = new InboxConsumer(orm, logger, {
      consumer: `${topic}-together`,
      deliveryLimit: 2,
      prefetch: 64,
      bindings: {
        [`${topic}.together.v1`]: {
          async batch(em, events) {
            calls.push(events.map((e) => e.id));
            for (const e of events) await em.execute('insert into batch_handled (event_id) values (?)', [e.id]);
            if (events.some((e) => e.id === poison.id)) throw new Error('this event cannot be handled');
          },
        },
      },
    });
    const pub = await amqp.connect(amqpUrl);
    const ch = await pub.createConfirmChannel();
    const events = Array.from({ length: 30 }, (_, i) =>
      buildEnvelope('test', { type: `${topic}.together.v1`, aggregateType: 'thing', aggregateId: String(i), data: { i } }),
    );
    // One event twice (a redelivery from the publisher's side): handled once.
    const deliveries = [...events.slice(0, 10), events[3]!, poison, ...events.slice(10)];
    await consumer.attach(broker);
    for (const e of deliveries) ch.publish(EVENTS_EXCHANGE, e.type, Buffer.from(JSON.stringify(e)));
    await ch.waitForConfirms();

    expect(await deadLettered(ch, consumer.queue)).toBe(1);
    const handled = await eventually(
      async () => (await sql<{ event_id: string }>(db.url, 'select event_id from batch_handled order by n')).map((r) => r.event_id),
      (ids) => ids.length === 30,
      30_000,
    );
    // Each event written once, in the order delivered; several of them together in one call.
    expect(handled).toEqual(events.map((e) => e.id));
    expect(Math.max(...calls.map((c) => c.length))).toBeGreaterThan(1);
    // The poison event was at last handed over alone, and no call ever held an event twice.
    expect(calls.filter((c) => c.includes(poison.id)).at(-1)).toEqual([poison.id]);
    for (const c of calls) expect(new Set(c).size).toBe(c.length);
    await dropQueues(ch, consumer.queue);
    await pub.close();
  }, 60_000);
});

describe('a relay pass as one message', () => {
  it('goes once to every queue bound to one of its types, in the order written, and each consumer takes the events it binds', async () => {
    const types = ['a', 'b', 'a', 'c', 'b', 'a'].map((t) => `${topic}.mix.${t}.v1`);
    const admin = await amqp.connect(amqpUrl);
    const ch = await admin.createChannel();
    const watched = async (pattern: string) => {
      const { queue } = await ch.assertQueue('', { exclusive: true, autoDelete: true });
      await ch.bindQueue(queue, EVENTS_EXCHANGE, pattern);
      const messages: EventEnvelope[][] = [];
      await ch.consume(queue, (m) => m && messages.push(eventsOfMessage(m.content)), { noAck: true });
      return messages;
    };
    // Bound to every type (the message is routed to it by each of its three types, and must arrive once), and to one type.
    const everything = await watched(`${topic}.mix.#`);
    const onlyC = await watched(`${topic}.mix.c.v1`);
    const taken: string[][] = [];
    const consumer = new InboxConsumer(orm, logger, {
      consumer: `${topic}-mix-a`,
      bindings: { [`${topic}.mix.a.v1`]: { batch: async (_em, events) => void taken.push(events.map((e) => e.id)) } },
    });
    await consumer.attach(broker);

    const ids: string[] = [];
    await orm.em.fork().transactional(async (em) => {
      for (const [i, type] of types.entries())
        ids.push((await enqueueEvent(em, 'test', { type, aggregateType: 'thing', aggregateId: String(i), data: { i } })).id);
    });
    relay.wake();
    await eventually(
      () => taken.flat().length,
      (n) => n === 3,
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(everything.map((m) => m.map((e) => e.id))).toEqual([ids]);
    expect(onlyC.map((m) => m.map((e) => e.id))).toEqual([ids]);
    // The consumer of one type took its three events, in the order written, and nothing else.
    expect(taken).toEqual([[ids[0], ids[2], ids[5]]]);
    await dropQueues(ch, consumer.queue);
    await admin.close();
  });

  it('keeps a poison event of a message from holding back the others: they are handled once, the message dead-lettered', async () => {
    await sql(db.url, 'create table if not exists message_handled (event_id text primary key)');
    const events = Array.from({ length: 5 }, (_, i) =>
      buildEnvelope('test', { type: `${topic}.several.v1`, aggregateType: 'thing', aggregateId: String(i), data: {} }),
    );
    const poison = events[2]!;
    const consumer = new InboxConsumer(orm, logger, {
      consumer: `${topic}-several`,
      deliveryLimit: 2,
      bindings: {
        [`${topic}.several.v1`]: async (em, e) => {
          await em.execute('insert into message_handled (event_id) values (?)', [e.id]);
          if (e.id === poison.id) throw new Error('this event cannot be handled');
        },
      },
    });
    await consumer.attach(broker);
    const pub = await amqp.connect(amqpUrl);
    const ch = await pub.createConfirmChannel();
    ch.publish(EVENTS_EXCHANGE, `${topic}.several.v1`, Buffer.from(JSON.stringify(events)));
    await ch.waitForConfirms();

    expect(await deadLettered(ch, consumer.queue)).toBe(1);
    const handled = await sql<{ event_id: string }>(db.url, 'select event_id from message_handled order by event_id');
    expect(handled.map((r) => r.event_id)).toEqual(
      events
        .filter((e) => e !== poison)
        .map((e) => e.id)
        .sort(),
    );
    const inbox = await sql<{ n: string }>(db.url, 'select count(*)::text as n from inbox_event where consumer = $1', [`${topic}-several`]);
    expect(inbox[0]!.n).toBe('4');
    await dropQueues(ch, consumer.queue);
    await pub.close();
  }, 60_000);
});

describe('a relay publishing one event a message (OUTBOX_MESSAGES=one-per-event)', () => {
  it('sends each event as its envelope alone, the shape consumers of earlier releases read, in the order written', async () => {
    await relay.stop(); // the test's own relay takes the rows instead
    const single = new OutboxRelay(orm, broker, logger, { pollMs: 100, messages: 'one-per-event' });
    single.start();
    const admin = await amqp.connect(amqpUrl);
    const ch = await admin.createChannel();
    const { queue } = await ch.assertQueue('', { exclusive: true, autoDelete: true });
    await ch.bindQueue(queue, EVENTS_EXCHANGE, `${topic}.single.#`);
    const bodies: unknown[] = [];
    await ch.consume(queue, (m) => m && bodies.push(JSON.parse(m.content.toString())), { noAck: true });

    const ids: string[] = [];
    await orm.em.fork().transactional(async (em) => {
      for (const i of [0, 1, 2])
        ids.push((await enqueueEvent(em, 'test', { type: `${topic}.single.v1`, aggregateType: 'thing', aggregateId: String(i), data: { i } })).id);
    });
    single.wake();
    await eventually(
      () => bodies.length,
      (n) => n === 3,
    );
    expect(bodies).toEqual(ids.map((id) => expect.objectContaining({ id, type: `${topic}.single.v1` })));
    await single.stop();
    await admin.close();
    relay = new OutboxRelay(orm, broker, logger, { pollMs: 100 });
    relay.start();
  });
});

describe('the outbox relay woken by a commit', () => {
  it('publishes the event, then goes back to its poll interval instead of waking itself after every pass', async () => {
    let passes = 0;
    class CountingRelay extends OutboxRelay {
      protected override publishBatch(): Promise<number> {
        passes++;
        return super.publishBatch();
      }
    }
    const counting = new CountingRelay(orm, broker, logger, { pollMs: 1_000 });
    const unwake = wakeRelayOnCommits(orm, () => counting.wake());
    counting.start();
    try {
      await new Promise((r) => setTimeout(r, 200));
      // The wake comes from the transaction's after-commit hook, inside MikroORM's async context.
      await orm.em.fork().transactional((em) => enqueueEvent(em, 'test', { type: `${topic}.woken.v1`, aggregateType: 'thing', aggregateId: 'w', data: {} }));
      await eventually(
        async () => (await sql<{ n: string }>(db.url, 'select count(*)::text as n from outbox_event')).map((r) => r.n),
        (n) => n[0] === '0',
        5_000,
      );
      const after = passes;
      await new Promise((r) => setTimeout(r, 1_500));
      // One or two polls in 1.5 s; a relay that woke itself would pass every 20 ms (about 75).
      expect(passes - after).toBeLessThanOrEqual(3);
    } finally {
      unwake();
      await counting.stop();
    }
  });
});

describe('stacks sharing one broker', () => {
  it('keep their events apart: each stack publishes and binds on its own events exchange', async () => {
    const [a, b] = [`${topic}-a.events`, `${topic}-b.events`];
    const brokers = [new Broker(amqpUrl, logger, a), new Broker(amqpUrl, logger, b)];
    await Promise.all(brokers.map((x) => x.start()));
    const admin = await amqp.connect(amqpUrl);
    const ch = await admin.createChannel();
    const seen: Record<string, string[]> = { [a]: [], [b]: [] };
    for (const exchange of [a, b]) {
      const { queue } = await ch.assertQueue('', { exclusive: true, autoDelete: true });
      await ch.bindQueue(queue, exchange, '#');
      await ch.consume(queue, (m) => m && seen[exchange]!.push(m.properties.messageId as string), { noAck: true });
    }
    await brokers[0]!.publish(`${topic}.one.v1`, Buffer.from('{}'), { messageId: 'from-a' });
    await brokers[1]!.publish(`${topic}.one.v1`, Buffer.from('{}'), { messageId: 'from-b' });
    await eventually(
      () => seen,
      (s) => s[a]!.length + s[b]!.length === 2,
    );
    expect(seen).toEqual({ [a]: ['from-a'], [b]: ['from-b'] });
    for (const exchange of [a, b]) await ch.deleteExchange(exchange);
    await admin.close();
    await Promise.all(brokers.map((x) => x.close()));
  });
});
