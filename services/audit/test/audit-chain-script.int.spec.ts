import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { MikroORM } from '@mikro-orm/postgresql';
import { buildEnvelope } from '@ziba/messaging';
import { freshDatabase, sql } from '@ziba/testing';
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { appendToAuditLog, recordContent, verifyChain } from '../src/application/audit-log.ts';
import { chainHash, GENESIS } from '../src/domain/hash-chain.ts';
import { openOrm } from '../src/persistence/orm.ts';

const SCRIPT = fileURLToPath(new URL('../../../scripts/verify-audit-chain.py', import.meta.url));

let orm: MikroORM;
let db: Awaited<ReturnType<typeof freshDatabase>>;
beforeAll(async () => {
  db = await freshDatabase('audit_chain_script');
  orm = await openOrm(db.url, { max: 2, waitMs: 2_000 });
});
afterAll(async () => {
  await orm?.close();
  await db?.drop();
});

/** Runs the Python verifier: its exit code and what it printed. */
const verifyInPython = () =>
  new Promise<{ code: number; out: string }>((resolve) =>
    execFile('python3', [SCRIPT, db.url], { timeout: 30_000 }, (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? -1) : 0, out: `${stdout}${stderr}` }),
    ),
  );

const event = (data: unknown) => {
  const id = randomUUID();
  return buildEnvelope('test', { type: 'trip.settled.v1', aggregateType: 'trip', aggregateId: id, actor: { type: 'ADMIN', id: 'admin-ü' }, data });
};

/** Keys JavaScript orders differently from RFC 8785 (integer-like first), and beyond ASCII. */
const awkward = {
  '10': 'ten',
  '2': 'two',
  b: { '1': true, '01': false, z: null, nested: { é: 'e acute', e: 'e', '€': 'euro', '😀': 'grin', דּ: 'dalet' } },
  a: ['x', { '0': 0, '-1': -1 }],
  // Parsed, as the RFC writes them (some have more digits than a double holds).
  numbers: JSON.parse(
    '[333333333.33333329, 1E30, 4.50, 2e-3, 1e-27, 5e-324, 1.7976931348623157e308, 9007199254740992, 1e21, 1e-7, 0.000001, -0, 1424953923781206.2]',
  ) as number[],
  text: 'quote " backslash \\ newline \n tab \t control \u0001 del \u007f naïve ₦ 😀',
};

describe('scripts/verify-audit-chain.py', () => {
  it('recomputes the chain outside the service, version 1 and version 2 records alike, and names the first record that was altered', async () => {
    // A record written the way the previous release did (no hash_version: the column's default, 1).
    const old = event({ tripId: 'old', fare: '500', currency: 'NGN', extra: awkward });
    await orm.em.fork().transactional(async (em) => {
      const c = recordContent(old);
      await em.execute(
        `insert into audit_record (event_id, event_type, source, action, actor_type, actor_id, entity_type, entity_id, amount, currency, correlation_id, occurred_at, data, prev_hash, hash)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          c.eventId,
          c.eventType,
          c.source,
          c.action,
          c.actorType,
          c.actorId,
          c.entityType,
          c.entityId,
          c.amount,
          c.currency,
          c.correlationId,
          c.occurredAt,
          JSON.stringify(c),
          GENESIS,
          chainHash(GENESIS, c, 1),
        ],
      );
      await em.execute('update audit_chain_head set last_hash = ? where id = 1', [chainHash(GENESIS, c, 1)], 'run');
    });
    for (const data of [
      { tripId: 't-1', fare: '174500', currency: 'NGN', extra: awkward },
      { tripId: 't-2', fare: '1', currency: 'NGN', '7': { '3': [{ '1': 'a', '0': 'b' }] } },
      { tripId: 'Ōsaka-東京', fare: '99', currency: 'NGN' },
    ])
      await orm.em.fork().transactional((em) => appendToAuditLog(em, [event(data)]));

    expect(await sql(db.url, 'select seq::int, hash_version from audit_record order by seq')).toEqual([
      { seq: 1, hash_version: 1 },
      { seq: 2, hash_version: 2 },
      { seq: 3, hash_version: 2 },
      { seq: 4, hash_version: 2 },
    ]);
    expect(await verifyChain(orm.em.fork())).toMatchObject({ ok: true, records: 4 });
    const intact = await verifyInPython();
    expect(intact).toEqual({ code: 0, out: expect.stringMatching(/^audit chain intact: 4 records \(v1: 1, v2: 3\), head [0-9a-f]{64}\n$/) });
    const [head] = await sql<{ hash: string }>(db.url, 'select hash from audit_record order by seq desc limit 1');
    expect(intact.out).toContain(head!.hash);

    // Someone with the owner's rights rewrites a record's content behind the triggers.
    await sql(
      db.url,
      `begin; set local session_replication_role = replica; update audit_record set data = jsonb_set(data, '{event,fare}', '"2"') where seq = 3; commit;`,
    );
    expect(await verifyChain(orm.em.fork())).toMatchObject({ ok: false, firstBrokenSeq: '3' });
    const broken = await verifyInPython();
    expect(broken.code).toBe(1);
    expect(broken.out).toMatch(/^audit chain broken at record seq=3 \(event [0-9a-f-]{36}\): the record does not match its hash\n$/);
  });
});
