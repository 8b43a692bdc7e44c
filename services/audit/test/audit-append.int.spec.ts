import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { EventEnvelope } from '@ziba/contracts';
import { buildEnvelope } from '@ziba/messaging';
import { freshDatabase, sql } from '@ziba/testing';
import { randomUUID } from 'node:crypto';
import { appendToAuditLog, verifyChain } from '../src/application/audit-log.ts';
import { openOrm } from '../src/persistence/orm.ts';

let orm: MikroORM;
let db: Awaited<ReturnType<typeof freshDatabase>>;
beforeAll(async () => {
  db = await freshDatabase('audit_append');
  orm = await openOrm(db.url, { max: 6, waitMs: 5_000 });
});
afterAll(async () => {
  await orm?.close();
  await db?.drop();
});

const settled = (): EventEnvelope => {
  const tripId = randomUUID();
  return buildEnvelope('test', {
    type: 'trip.settled.v1',
    aggregateType: 'trip',
    aggregateId: tripId,
    actor: null,
    data: { tripId, fare: '1000', currency: 'NGN' },
  });
};
/** A driver's earning: the one event here that also notifies its earner. */
const earning = (driverId: string, amount: string): EventEnvelope =>
  buildEnvelope('test', {
    type: 'wallet.entry-posted.v1',
    aggregateType: 'journal_entry',
    aggregateId: randomUUID(),
    actor: null,
    data: { serviceType: 'ride', currency: 'NGN', postings: [{ ownerId: driverId, ownerType: 'DRIVER', bucket: 'AVAILABLE', amount }] },
  });
const append = (events: EventEnvelope[]) => orm.em.fork().transactional((em) => appendToAuditLog(em, events));
const recorded = async () => (await sql<{ event_id: string }>(db.url, 'select event_id from audit_record order by seq')).map((r) => r.event_id);

describe('appending to the audit chain', () => {
  it('writes events given together in their order, one chain, with the head on the last and each earning notified', async () => {
    const driverId = randomUUID();
    const events = [settled(), earning(driverId, '800'), settled(), earning(driverId, '1200'), settled()];
    await append(events.slice(0, 1));
    await append(events.slice(1));

    expect(await recorded()).toEqual(events.map((e) => e.id));
    const chain = await orm.em.fork().transactional((em) => verifyChain(em));
    expect(chain).toMatchObject({ ok: true, records: 5 });
    const [head] = await sql<{ last_hash: string }>(db.url, 'select last_hash from audit_chain_head');
    expect(head!.last_hash).toBe(chain.last.hash);
    const notified = await sql<{ amount: string }>(db.url, 'select amount::text from notification where owner_id = $1 order by id', [driverId]);
    expect(notified.map((n) => n.amount)).toEqual(['800', '1200']);
  });

  it('skips an event already recorded when it comes alone, and refuses a batch holding one, writing nothing of it', async () => {
    const before = await recorded();
    const again = buildEnvelope('test', { type: 'trip.settled.v1', aggregateType: 'trip', aggregateId: 'x', actor: null, data: {} });
    await append([again]);
    await append([again]);
    expect(await recorded()).toEqual([...before, again.id]);

    const fresh = settled();
    await expect(append([fresh, again])).rejects.toThrow('an event of the batch is already recorded');
    expect(await recorded()).toEqual([...before, again.id]);
    expect(await orm.em.fork().transactional((em) => verifyChain(em))).toMatchObject({ ok: true });
  });

  it('keeps one unforked chain under concurrent batches', async () => {
    const batches = Array.from({ length: 6 }, () => Array.from({ length: 5 }, settled));
    await Promise.all(batches.map(append));
    const chain = await orm.em.fork().transactional((em) => verifyChain(em));
    expect(chain.ok).toBe(true);
    const all = await recorded();
    // Each batch's events sit together, in their order.
    for (const batch of batches) {
      const at = all.indexOf(batch[0]!.id);
      expect(all.slice(at, at + 5)).toEqual(batch.map((e) => e.id));
    }
  });
});
