import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { ALL_DOMAIN_EVENT_TYPES, type EventEnvelope } from '@ziba/contracts';
import { buildEnvelope } from '@ziba/messaging';
import { createLogger } from '@ziba/service-kit';
import { auditBrokerNames, eventually, freshDatabase, infrastructure, restartRabbitMq, sql, testServiceTokens } from '@ziba/testing';
import amqp from 'amqplib';
import { randomUUID } from 'node:crypto';
import { startAudit, type AuditApp } from '../src/app.ts';
import { verifyChain } from '../src/application/audit-log.ts';
import { loadAuditConfig } from '../src/config.ts';
import { ACTIONS } from '../src/domain/audit-action.ts';

let app: AuditApp;
/** A second instance of the service on the same database and queue: the two must not fork the chain. */
let second: AuditApp;
let db: Awaited<ReturnType<typeof freshDatabase>>;
let amqpUrl: string;
const broker = auditBrokerNames(`audit-delivery-${randomUUID().slice(0, 8)}`);

beforeAll(async () => {
  amqpUrl = (await infrastructure()).amqpUrl;
  db = await freshDatabase('audit_delivery');
  const config = loadAuditConfig({
    DATABASE_URL: db.url,
    AMQP_URL: amqpUrl,
    ...broker.env,
    GRPC_ADDRESS: '127.0.0.1:0',
    METRICS_PORT: '0',
    SERVICE_TOKENS: testServiceTokens(['gateway']).spec,
  });
  app = await startAudit(config, createLogger('audit', 'silent'));
  second = await startAudit(config, createLogger('audit', 'silent'));
});
afterAll(async () => {
  await second?.stop();
  await app?.stop();
  await broker.remove(amqpUrl);
  await db?.drop();
});

/** An event of each published type, shaped like the real ones in what the audit log reads. */
function eventOf(type: (typeof ALL_DOMAIN_EVENT_TYPES)[number], n: number): EventEnvelope {
  const id = `${type.split('.')[0]}-${n}-${randomUUID().slice(0, 8)}`;
  const data =
    type === 'wallet.entry-posted.v1'
      ? { entryId: id, currency: 'NGN', postings: [{ amount: '-1500' }, { amount: '1200' }, { amount: '300' }] }
      : {
          tripId: type.startsWith('trip.') ? id : undefined,
          payoutId: type.startsWith('payout.') ? id : undefined,
          from: 'PENDING',
          to: 'PROCESSING',
          // A change of what was (a first version is recorded as a creation, PAYOUT_CREATED and MENU_ITEM_CREATED, not as the type's action).
          previous: { name: 'Suya', price: '120000', available: true },
          amount: '1500',
          currency: 'NGN',
        };
  return buildEnvelope('test', { type, aggregateType: type.split('.')[0]!, aggregateId: id, actor: { type: 'SYSTEM', id: 'delivery-test' }, data });
}

/**
 * Puts each event on the audit queue twice, as a redelivering broker or a relay retrying after a lost
 * confirm would. Straight to the queue: these made-up events must not reach the other services' queues.
 */
async function publishTwice(events: EventEnvelope[]): Promise<void> {
  const conn = await amqp.connect(amqpUrl);
  try {
    const channel = await conn.createConfirmChannel();
    for (const e of [...events, ...events])
      channel.sendToQueue(`${broker.env.CONSUMER_NAME}.events`, Buffer.from(JSON.stringify(e)), { messageId: e.id, type: e.type, persistent: true });
    await channel.waitForConfirms();
  } finally {
    await conn.close();
  }
}

it('records every event type of every service exactly once, in one chain, with two instances consuming, through duplicate deliveries and a RabbitMQ restart in the middle', async () => {
  const before = Array.from({ length: 5 }, (_, n) => ALL_DOMAIN_EVENT_TYPES.map((t) => eventOf(t, n))).flat();
  const after = Array.from({ length: 5 }, (_, n) => ALL_DOMAIN_EVENT_TYPES.map((t) => eventOf(t, n + 5))).flat();

  const conn = await amqp.connect(amqpUrl);
  const queue = await (await conn.createChannel()).checkQueue(`${broker.env.CONSUMER_NAME}.events`);
  await conn.close();
  expect(queue.consumerCount).toBe(2); // both instances take deliveries from the one queue

  await publishTwice(before);
  // The broker goes away while the consumer is working through the first batch.
  restartRabbitMq();
  await publishTwice([...after, ...before]);

  const all = [...before, ...after];
  const counted = () =>
    sql<{ event_id: string; event_type: string; action: string; copies: string }>(
      db.url,
      'select event_id, event_type, action, count(*)::text as copies from audit_record group by event_id, event_type, action',
    );
  await eventually(counted, (rows) => rows.length >= all.length, 60_000);
  await new Promise((r) => setTimeout(r, 500)); // a duplicate would land by now

  const rows = await counted();
  expect(rows).toHaveLength(all.length);
  expect(rows.filter((r) => r.copies !== '1')).toEqual([]);
  expect(new Set(rows.map((r) => r.event_id))).toEqual(new Set(all.map((e) => e.id)));
  // Each type under its own action, none under the generic name an unmapped type gets.
  for (const r of rows) expect(r.action).toBe(ACTIONS[r.event_type as keyof typeof ACTIONS]);
  expect(new Set(rows.map((r) => r.event_type))).toEqual(new Set(ALL_DOMAIN_EVENT_TYPES));
  expect(await verifyChain(app.orm.em.fork())).toMatchObject({ ok: true, records: all.length });
}, 180_000);
