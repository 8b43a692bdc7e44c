import { execFileSync } from 'node:child_process';
import { eventsOfMessage, topicMatches } from '@ziba/contracts';
import amqp from 'amqplib';
import { randomBytes } from 'node:crypto';

/** Restarts the local RabbitMQ application (connections drop, durable queues survive). */
export function restartRabbitMq(): void {
  execFileSync('rabbitmqctl', ['stop_app'], { stdio: 'ignore', timeout: 60_000 });
  execFileSync('rabbitmqctl', ['start_app'], { stdio: 'ignore', timeout: 120_000 });
  execFileSync('rabbitmqctl', ['await_startup'], { stdio: 'ignore', timeout: 120_000 });
}

export interface WatchedEvent {
  id: string;
  type: string;
  data: Record<string, unknown>;
}

/** Declares a throwaway queue bound to the events exchange, to watch the events published whose types match `routingKey`. */
export async function watchEvents(amqpUrl: string, routingKey: string): Promise<{ events: () => Array<WatchedEvent>; close: () => Promise<void> }> {
  const conn = await amqp.connect(amqpUrl);
  const ch = await conn.createChannel();
  await ch.assertExchange('ziba.events', 'topic', { durable: true });
  const { queue } = await ch.assertQueue('', { exclusive: true, autoDelete: true });
  await ch.bindQueue(queue, 'ziba.events', routingKey);
  const seen: Array<WatchedEvent> = [];
  // A message holds a relay pass's events, routed by each of their types: only the matching ones are watched.
  const take = (body: Buffer) => seen.push(...(eventsOfMessage(body).filter((e) => topicMatches(routingKey, e.type)) as unknown as WatchedEvent[]));
  await ch.consume(queue, (m) => m && take(m.content), { noAck: true });
  return { events: () => seen, close: () => conn.close() };
}

export async function eventually<T>(probe: () => Promise<T> | T, accept: (v: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (accept(v)) return v;
    if (Date.now() > deadline)
      throw new Error(`condition not met within ${timeoutMs} ms; last value: ${JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x))}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Removes a test's own queues (and their dead-letter queues) and exchanges so nothing piles up on the shared broker. */
export async function deleteQueues(amqpUrl: string, queues: string[], exchanges: string[] = []): Promise<void> {
  const conn = await amqp.connect(amqpUrl);
  try {
    const ch = await conn.createChannel();
    for (const q of queues) await ch.deleteQueue(q);
    for (const x of exchanges) await ch.deleteExchange(x);
  } finally {
    await conn.close();
  }
}

/** Messages waiting in these queues, summed (a consumer that has caught up leaves 0). */
export async function queuedMessages(amqpUrl: string, queues: readonly string[]): Promise<number> {
  const conn = await amqp.connect(amqpUrl);
  try {
    const ch = await conn.createChannel();
    let waiting = 0;
    for (const q of queues) waiting += (await ch.checkQueue(q)).messageCount;
    return waiting;
  } finally {
    await conn.close();
  }
}

/**
 * A service's consumer named for one test stack, so stacks do not take each other's events from a
 * shared durable queue, and the removal of its queues afterwards.
 */
export function testConsumer(service: string) {
  const name = `${service}-${randomBytes(3).toString('hex')}`;
  return { name, remove: (amqpUrl: string) => deleteQueues(amqpUrl, [`${name}.events`, `${name}.events.dead`]) };
}

/**
 * An audit service's names on the broker, all derived from one name: its consumer queue and the
 * finance feed's exchange and queue. A test stack names them after itself and removes them after.
 */
export function auditBrokerNames(name: string) {
  return {
    env: { CONSUMER_NAME: name, FINANCE_FEED_EXCHANGE: `${name}.finance`, FINANCE_FEED_QUEUE: `${name}.finance` },
    remove: (amqpUrl: string) => deleteQueues(amqpUrl, [`${name}.events`, `${name}.events.dead`, `${name}.finance`], [`${name}.finance`]),
  };
}
