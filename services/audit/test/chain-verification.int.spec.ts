import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { MikroORM } from '@mikro-orm/postgresql';
import { buildEnvelope } from '@ziba/messaging';
import { metricsRegistry } from '@ziba/service-kit';
import { freshDatabase, sql } from '@ziba/testing';
import { randomUUID } from 'node:crypto';
import { appendToAuditLog } from '../src/application/audit-log.ts';
import { ChainVerifier } from '../src/application/chain-verification.ts';
import { openOrm } from '../src/persistence/orm.ts';

let orm: MikroORM;
let db: Awaited<ReturnType<typeof freshDatabase>>;
beforeAll(async () => {
  db = await freshDatabase('audit_verify');
  orm = await openOrm(db.url, { max: 4, waitMs: 2_000 });
});
afterAll(async () => {
  await orm?.close();
  await db?.drop();
});

async function append(n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    const tripId = randomUUID();
    const e = buildEnvelope('test', {
      type: 'trip.settled.v1',
      aggregateType: 'trip',
      aggregateId: tripId,
      actor: null,
      data: { tripId, fare: '1000', currency: 'NGN' },
    });
    await orm.em.fork().transactional((em) => appendToAuditLog(em, [e]));
  }
}
const metric = async (name: string) => (await metricsRegistry.getSingleMetricAsString(name)).split('\n').filter((l) => !l.startsWith('#'));

describe('the periodic audit chain verification', () => {
  it('walks the whole chain once, then only what was appended since; a broken link sets audit_chain_broken and counts a broken verification', async () => {
    await append(3);
    const verifier = new ChainVerifier(orm);
    expect(await verifier.run()).toMatchObject({ ok: true, records: 3 });
    await append(2);
    expect(await verifier.run()).toMatchObject({ ok: true, records: 2 });
    expect(await verifier.run()).toMatchObject({ ok: true, records: 0 });
    expect(await metric('audit_chain_broken')).toEqual(['audit_chain_broken 0']);
    const [intact] = await metric('audit_chain_last_intact_timestamp_seconds');
    expect(Math.abs(Number(intact!.split(' ')[1]) - Date.now() / 1000)).toBeLessThan(60);

    // Someone with the database's owner rights rewrites a record appended after the checkpoint.
    await append(1);
    await sql(
      db.url,
      'begin; set local session_replication_role = replica; update audit_record set amount = 1 where seq = (select max(seq) from audit_record); commit;',
    );
    expect(await verifier.run()).toMatchObject({ ok: false, firstBrokenSeq: '6' });
    // ... and the next pass starts again from the genesis, and still finds it.
    expect(await verifier.run()).toMatchObject({ ok: false, firstBrokenSeq: '6', records: 6 });
    expect(await metric('audit_chain_broken')).toEqual(['audit_chain_broken 1']);
    expect(await metric('audit_chain_verifications_total')).toEqual([
      'audit_chain_verifications_total{outcome="ok"} 3',
      'audit_chain_verifications_total{outcome="broken"} 2',
    ]);
  });
});
