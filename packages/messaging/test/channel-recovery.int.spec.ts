import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MikroORM } from '@mikro-orm/postgresql';
import { createLogger } from '@ziba/service-kit';
import { eventually, freshDatabase, infrastructure, sql } from '@ziba/testing';
import amqp, { type ChannelModel } from 'amqplib';
import { randomUUID } from 'node:crypto';
import { Broker, buildEnvelope, InboxConsumer, MESSAGING_DDL } from '../src/index.ts';

// A channel that closes while its connection stays up (a channel error, a cancelled consumer) is
// opened again on that connection: publishing and consuming resume without a reconnect.
const logger = createLogger('channel-recovery-test', 'silent');
const topic = `kept-${randomUUID().slice(0, 8)}`;
let orm: MikroORM;
let db: Awaited<ReturnType<typeof freshDatabase>>;
let broker: Broker;
let admin: ChannelModel;
let connections = 0;

beforeAll(async () => {
  const { amqpUrl } = await infrastructure();
  db = await freshDatabase('channel_recovery');
  await sql(db.url, MESSAGING_DDL);
  orm = await MikroORM.init({ clientUrl: db.url, entities: [], discovery: { warnWhenNoEntities: false }, debug: false });
  broker = new Broker(amqpUrl, logger, `${topic}.events`);
  await broker.onConnect(async () => void connections++);
  await broker.start();
  admin = await amqp.connect(amqpUrl);
});

afterAll(async () => {
  const ch = await admin?.createChannel();
  for (const q of [`${topic}.watch`, `${topic}-kept.events`, `${topic}-kept.events.dead`]) await ch?.deleteQueue(q).catch(() => undefined);
  await ch?.deleteExchange(`${topic}.events`).catch(() => undefined);
  await admin?.close();
  await broker?.close();
  await orm?.close();
  await db?.drop();
});

/** True once a publish is confirmed again. */
const publishes = (messageId: string, routingKey = `${topic}.published.v1`, body = Buffer.from('{}')) =>
  broker.publish(routingKey, body, { messageId }).then(
    () => true,
    () => false,
  );

describe('kept channels', () => {
  it('the publisher channel closed by a channel error (a publish to a missing exchange) is opened again, and publishing resumes', async () => {
    const ch = await admin.createChannel();
    await ch.assertQueue(`${topic}.watch`, { durable: false });
    await ch.bindQueue(`${topic}.watch`, `${topic}.events`, `${topic}.published.v1`);

    await expect(broker.publish('anything', Buffer.from('{}'), { messageId: 'lost', exchange: `${topic}.no-such-exchange` })).rejects.toThrow();
    await eventually(
      () => publishes('after-the-error'),
      (ok) => ok,
      10_000,
    );
    const got = await eventually(
      () => ch.get(`${topic}.watch`, { noAck: true }),
      (m) => m !== false,
      10_000,
    );
    expect(got && got.properties.messageId).toBe('after-the-error');
    expect(connections).toBe(1); // the same connection: only the channel was opened again
    await ch.close();
  }, 30_000);

  it('a consumer whose queue is deleted (the broker cancels it) opens its channel again and consumes again', async () => {
    const handled: string[] = [];
    const consumer = new InboxConsumer(orm, logger, {
      consumer: `${topic}-kept`,
      bindings: { [`${topic}.kept.v1`]: async (_em, e) => void handled.push(e.id) },
    });
    await consumer.attach(broker);
    const ch = await admin.createChannel();
    await ch.deleteQueue(consumer.queue);
    await ch.close();

    const event = buildEnvelope('test', { type: `${topic}.kept.v1`, aggregateType: 'thing', aggregateId: '1', data: {} });
    // The same event until it is handled (the inbox keeps it to once): published while no queue is bound, it is unroutable.
    await eventually(
      async () => (await publishes(event.id, event.type, Buffer.from(JSON.stringify(event))), handled.length),
      (n) => n > 0,
      15_000,
    );
    expect(handled).toEqual([event.id]);
    expect(connections).toBe(1);
  }, 30_000);
});
