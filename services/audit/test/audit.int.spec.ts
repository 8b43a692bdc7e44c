import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { buildEnvelope } from '@ziba/messaging';
import { loadAuditProto, type AuditServiceClient } from '@ziba/contracts';
import { createLogger, GrpcClient } from '@ziba/service-kit';
import { auditBrokerNames, eventually, freshDatabase, infrastructure, sql, testServiceTokens } from '@ziba/testing';
import amqp from 'amqplib';
import { randomUUID } from 'node:crypto';
import { startAudit, type AuditApp } from '../src/app.ts';
import { verifyChain } from '../src/application/audit-log.ts';
import { FinanceFeed, type FinanceRecord } from '../src/application/finance-feed.ts';
import { chainHash, GENESIS } from '../src/domain/hash-chain.ts';
import { loadAuditConfig } from '../src/config.ts';

let app: AuditApp;
let client: GrpcClient<AuditServiceClient>;
let db: Awaited<ReturnType<typeof freshDatabase>>;
let conn: Awaited<ReturnType<typeof amqp.connect>>;
let channel: Awaited<ReturnType<(typeof conn)['createConfirmChannel']>>;
const consumer = `audit-test-${randomUUID().slice(0, 8)}`;
const broker = auditBrokerNames(consumer);

beforeAll(async () => {
  const { amqpUrl } = await infrastructure();
  db = await freshDatabase('audit');
  const tokens = testServiceTokens(['gateway']);
  app = await startAudit(
    loadAuditConfig({ DATABASE_URL: db.url, AMQP_URL: amqpUrl, ...broker.env, GRPC_ADDRESS: '127.0.0.1:0', METRICS_PORT: '0', SERVICE_TOKENS: tokens.spec }),
    createLogger('audit', 'silent'),
  );
  client = new GrpcClient(loadAuditProto().ziba.audit.v1.AuditService, { target: 'audit', address: `127.0.0.1:${app.port}`, token: tokens.tokenOf('gateway') });
  conn = await amqp.connect(amqpUrl);
  channel = await conn.createConfirmChannel();
});
afterAll(async () => {
  client?.close();
  await app?.stop();
  await conn?.close();
  // This test's own queues and exchange go with it: nothing is left to fill up on the shared broker.
  await broker.remove((await infrastructure()).amqpUrl);
  await db?.drop();
});

async function publish(type: string, data: unknown, aggregate: { type: string; id: string }, id?: string) {
  const e = {
    ...buildEnvelope('test', { type, aggregateType: aggregate.type, aggregateId: aggregate.id, actor: { type: 'ADMIN' as const, id: 'admin-1' }, data }),
    ...(id ? { id } : {}),
  };
  // Straight to the audit queue: these made-up events must not reach the other services' queues.
  channel.sendToQueue(`${consumer}.events`, Buffer.from(JSON.stringify(e)), { messageId: e.id, type, persistent: true });
  await channel.waitForConfirms();
  return e;
}
const rows = () =>
  sql<{ seq: string; action: string; entity_id: string; amount: string | null; currency: string | null; actor_id: string | null }>(
    db.url,
    'select seq::text, action, entity_id, amount::text, currency, actor_id from audit_record order by audit_record.seq',
  );

describe('the audit log', () => {
  it('records every event once, with its action, entity, amount and actor, in an unbroken chain', async () => {
    const tripId = randomUUID();
    const payoutId = randomUUID();
    const entryId = randomUUID();
    const settled = await publish(
      'trip.settled.v1',
      { tripId, fare: '174500', currency: 'NGN', driverAmount: '139600', platformAmount: '34900' },
      { type: 'trip', id: tripId },
    );
    await publish('payout.status-changed.v1', { payoutId, from: null, to: 'REQUESTED', amount: '100000', currency: 'NGN' }, { type: 'payout', id: payoutId });
    await publish(
      'payout.status-changed.v1',
      { payoutId, from: 'PROCESSING', to: 'PAID', amount: '100000', currency: 'NGN' },
      { type: 'payout', id: payoutId },
    );
    await publish(
      'wallet.entry-posted.v1',
      { entryId, currency: 'NGN', postings: [{ amount: '-2500' }, { amount: '2000' }, { amount: '500' }] },
      { type: 'journal_entry', id: entryId },
    );
    await publish('trip.settled.v1', settled.data, { type: 'trip', id: tripId }, settled.id); // the same event again
    await publish('trip.commission-rule-changed.v1', { ruleId: 'r1', bps: 1500 }, { type: 'commission_rule', id: 'r1' });

    const recorded = await eventually(rows, (r) => r.length >= 5);
    await new Promise((r) => setTimeout(r, 300)); // a duplicate would land by now
    // Events of different entities are consumed concurrently: the chain's order is the order they were recorded.
    expect(await rows()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'TRIP_SETTLED', entity_id: tripId, amount: '174500', currency: 'NGN', actor_id: 'admin-1' }),
        expect.objectContaining({ action: 'PAYOUT_CREATED', entity_id: payoutId, amount: '100000' }),
        expect.objectContaining({ action: 'PAYOUT_STATUS_CHANGED', entity_id: payoutId }),
        expect.objectContaining({ action: 'WALLET_TRANSACTION_CREATED', entity_id: entryId, amount: '2500' }),
        expect.objectContaining({ action: 'COMMISSION_RULE_UPDATED', entity_id: 'r1' }),
      ]),
    );
    expect(recorded.length).toBe(5);
    expect((await rows()).length).toBe(5); // the repeated event was recorded once
    expect(await verifyChain(app.orm.em.fork())).toMatchObject({ ok: true, records: 5 });

    // Admins query it by entity, action or actor, and check the chain, over gRPC.
    const admin = { actor: { type: 'ADMIN' as const, id: 'admin-1' } };
    const byPayout = await client.call(
      'ListAuditRecords',
      { entityType: 'payout', entityId: payoutId, actorId: '', action: '', from: '', to: '', page: { pageSize: 10, cursor: '' } },
      admin,
    );
    expect(byPayout.records.map((r) => r.action).sort()).toEqual(['PAYOUT_CREATED', 'PAYOUT_STATUS_CHANGED']);
    expect(byPayout.records[0]!.amount).toEqual({ amount: '100000', currency: 'NGN' });
    const page1 = await client.call(
      'ListAuditRecords',
      { entityType: '', entityId: '', actorId: 'admin-1', action: '', from: '', to: '', page: { pageSize: 3, cursor: '' } },
      admin,
    );
    const page2 = await client.call(
      'ListAuditRecords',
      { entityType: '', entityId: '', actorId: 'admin-1', action: '', from: '', to: '', page: { pageSize: 3, cursor: page1.page!.nextCursor } },
      admin,
    );
    expect([...page1.records, ...page2.records].map((r) => r.seq)).toEqual(['5', '4', '3', '2', '1']);
    expect(await client.call('VerifyChain', {}, admin)).toMatchObject({ ok: true, records: '5' });
    await expect(client.call('VerifyChain', {}, { actor: { type: 'USER', id: 'u1' } })).rejects.toMatchObject({ code: 'ADMIN_ONLY' });
  });

  it('keeps one chain when many events arrive at once', async () => {
    await Promise.all(
      Array.from({ length: 60 }, (_, i) => publish('trip.status-changed.v1', { tripId: `t-${i}`, from: 'A', to: 'B' }, { type: 'trip', id: `t-${i}` })),
    );
    await eventually(rows, (r) => r.length >= 65);
    expect(await verifyChain(app.orm.em.fork())).toMatchObject({ ok: true, records: 65 });
  });

  it('refuses changes, and a record altered behind the triggers breaks the chain at that record', async () => {
    await expect(sql(db.url, `update audit_record set amount = 1 where seq = 2`)).rejects.toThrow(/append-only/);
    await expect(sql(db.url, `delete from audit_record where seq = 2`)).rejects.toThrow(/append-only/);
    await sql(db.url, `begin; set local session_replication_role = replica; update audit_record set amount = 1 where seq = 2; commit;`);
    expect(await verifyChain(app.orm.em.fork())).toMatchObject({ ok: false, firstBrokenSeq: '2' });
  });

  it('dead-letters a poison event and goes on with the rest', async () => {
    const entryId = randomUUID();
    await publish('wallet.entry-posted.v1', { entryId, currency: 'NGN', postings: [{ amount: 'not-a-number' }] }, { type: 'journal_entry', id: entryId });
    const after = randomUUID();
    await publish('trip.tariff-changed.v1', { countryCode: 'NG', serviceType: 'RIDE' }, { type: 'tariff', id: after });
    await eventually(rows, (r) => r.some((x) => x.entity_id === after));
    expect((await rows()).some((x) => x.entity_id === entryId)).toBe(false);
    const dead = await eventually(
      () => channel.checkQueue(`${consumer}.events.dead`),
      (q) => q.messageCount >= 1,
    );
    expect(dead.messageCount).toBe(1);
  });
});

describe('notifications', () => {
  it('tell an earner of earnings and of their payout, amount and status only', async () => {
    const owner = randomUUID();
    const riderId = randomUUID();
    const payoutId = randomUUID();
    await publish(
      'wallet.entry-posted.v1',
      {
        entryId: randomUUID(),
        serviceType: 'ride',
        currency: 'NGN',
        postings: [
          { walletId: 'w-r', ownerId: riderId, ownerType: 'RIDER', bucket: 'HELD', amount: '-1000' },
          { walletId: 'w-d', ownerId: owner, ownerType: 'DRIVER', bucket: 'AVAILABLE', amount: '800' },
          { walletId: 'w-p', ownerId: 'REVENUE', ownerType: 'PLATFORM', bucket: 'AVAILABLE', amount: '200' },
        ],
      },
      { type: 'journal_entry', id: randomUUID() },
    );
    await publish(
      'payout.status-changed.v1',
      { payoutId, ownerId: owner, from: 'REQUESTED', to: 'PENDING', amount: '500', currency: 'NGN' },
      { type: 'payout', id: payoutId },
    );
    await publish(
      'payout.status-changed.v1',
      { payoutId, ownerId: owner, from: 'PROCESSING', to: 'PAID', amount: '500', currency: 'NGN' },
      { type: 'payout', id: payoutId },
    );
    const mine = { actor: { type: 'USER' as const, id: owner } };
    const list = await eventually(
      () => client.call('ListNotifications', { page: { pageSize: 10, cursor: '' } }, mine),
      (r) => r.notifications.length >= 3,
    );
    expect(list.notifications.map((n) => [n.kind, n.amount?.amount]).sort()).toEqual([
      ['EARNING_CREDITED', '800'],
      ['PAYOUT_INITIATED', '500'],
      ['PAYOUT_PAID', '500'],
    ]);
    // The rider of the same settlement is told their fare was paid, and of nothing of the driver's.
    const rider = await client.call('ListNotifications', { page: { pageSize: 10, cursor: '' } }, { actor: { type: 'USER', id: riderId } });
    expect(rider.notifications.map((n) => [n.kind, n.amount?.amount])).toEqual([['TRIP_PAID', '1000']]);
  });
});

describe('notifications of refusals', () => {
  it('tell a user of a rejected withdrawal with its amount, and of a rejected document, profile or payout account without one', async () => {
    const owner = randomUUID();
    const payoutId = randomUUID();
    await publish(
      'payout.status-changed.v1',
      { payoutId, ownerId: owner, from: 'PENDING', to: 'REJECTED', amount: '700', currency: 'BDT', reasons: [] },
      { type: 'payout', id: payoutId },
    );
    await publish(
      'identity.document-decided.v1',
      { userId: owner, documentId: randomUUID(), documentType: 'NID', decision: 'REJECT', reason: 'blurred', adminId: 'admin-1' },
      { type: 'user', id: owner },
    );
    await publish('identity.profile-decided.v1', { userId: owner, decision: 'REJECT', reason: 'name', adminId: 'admin-1' }, { type: 'user', id: owner });
    const methodId = randomUUID();
    await publish(
      'payout.method-changed.v1',
      { ownerId: owner, methodId, type: 'MOBILE_MONEY', maskedNumber: '****5678', status: 'REJECTED', usableFrom: new Date().toISOString() },
      { type: 'payout_method', id: methodId },
    );
    await publish(
      'identity.user-status-changed.v1',
      { userId: owner, change: 'DRIVER_SUSPENDED', reason: 'review', adminId: 'admin-1' },
      { type: 'user', id: owner },
    );
    const mine = { actor: { type: 'USER' as const, id: owner } };
    const list = await eventually(
      () => client.call('ListNotifications', { page: { pageSize: 10, cursor: '' } }, mine),
      (r) => r.notifications.length >= 5,
    );
    expect(list.notifications.map((n) => [n.kind, n.amount ? `${n.amount.amount} ${n.amount.currency}` : null, n.reference]).sort()).toEqual([
      ['DOCUMENT_REJECTED', null, 'NID'],
      ['DRIVER_SUSPENDED', null, ''],
      ['PAYOUT_ACCOUNT_REJECTED', null, '****5678'],
      ['PAYOUT_REJECTED', '700 BDT', payoutId],
      ['PROFILE_REJECTED', null, ''],
    ]);
  });
});

describe('the finance feed', () => {
  it('gets every record once, in chain order, each linked to the one before, with two publishers running', async () => {
    // A second audit instance's publisher on the same database: the cursor lets one publish at a time.
    const second = new FinanceFeed(app.orm, app.messaging.broker, createLogger('audit', 'silent'), {
      exchange: broker.env.FINANCE_FEED_EXCHANGE,
      queue: broker.env.FINANCE_FEED_QUEUE,
      pollMs: 5,
    });
    await second.start();
    try {
      await Promise.all(
        Array.from({ length: 50 }, (_, i) => publish('trip.status-changed.v1', { tripId: `f-${i}`, from: 'A', to: 'B' }, { type: 'trip', id: `f-${i}` })),
      );
      const recorded = await eventually(rows, (r) => r.filter((x) => x.entity_id.startsWith('f-')).length === 50);

      const received: FinanceRecord[] = [];
      const feed = await conn.createChannel();
      await feed.consume(broker.env.FINANCE_FEED_QUEUE, (m) => m && received.push(JSON.parse(m.content.toString())), { noAck: true });
      await eventually(
        async () => received.length,
        (n) => n >= recorded.length,
      );
      await new Promise((r) => setTimeout(r, 300)); // a duplicate would land by now
      await feed.close();

      expect(received.map((r) => r.seq)).toEqual(recorded.map((r) => r.seq));
      expect(received[0]!.prevHash).toBe(GENESIS);
      received.forEach((r, i) => {
        if (i > 0) expect(r.prevHash).toBe(received[i - 1]!.hash);
        expect(chainHash(r.prevHash, r.content)).toBe(r.hash);
      });
      expect(received.find((r) => r.content.entityId === 'f-7')?.content).toMatchObject({ action: 'TRIP_STATUS_CHANGED', eventType: 'trip.status-changed.v1' });
    } finally {
      await second.stop();
    }
  });
});
