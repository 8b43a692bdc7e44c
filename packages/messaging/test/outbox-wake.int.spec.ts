import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MikroORM, type EntityManager } from '@mikro-orm/postgresql';
import { freshDatabase, sql } from '@ziba/testing';
import { enqueueEvent, MESSAGING_DDL, wakeRelayOnCommits } from '../src/index.ts';

// The relay's wake rides on the transaction that enqueued: after its commit, once, never after a rollback.
let orm: MikroORM;
let db: Awaited<ReturnType<typeof freshDatabase>>;
let wakes = 0;
let stopWaking: () => void;

beforeAll(async () => {
  db = await freshDatabase('outbox_wake');
  await sql(db.url, MESSAGING_DDL);
  orm = await MikroORM.init({ clientUrl: db.url, entities: [], discovery: { warnWhenNoEntities: false }, debug: false });
  stopWaking = wakeRelayOnCommits(orm, () => wakes++);
});

afterAll(async () => {
  await orm?.close();
  await db?.drop();
});

const event = (i: number) => ({ type: 'test.happened.v1', aggregateType: 'thing', aggregateId: String(i), data: { i } });
const transaction = <T>(work: (em: EntityManager) => Promise<T>) => orm.em.fork().transactional(work);

describe('enqueueEvent wakes the outbox relay after the commit', () => {
  it('once per committed transaction, however many events, and not before the commit', async () => {
    wakes = 0;
    await transaction(async (em) => {
      await enqueueEvent(em, 'test', event(1));
      await enqueueEvent(em, 'test', event(2));
      expect(wakes).toBe(0);
    });
    expect(wakes).toBe(1);
    await transaction((em) => enqueueEvent(em, 'test', event(3)));
    expect(wakes).toBe(2);
  });

  it('not after a rollback, nor after a transaction that enqueued nothing', async () => {
    wakes = 0;
    await expect(
      transaction(async (em) => {
        await enqueueEvent(em, 'test', event(4));
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    await transaction((em) => em.execute('select 1'));
    expect(wakes).toBe(0);
  });

  it('at once when the row was written outside a transaction (already committed)', async () => {
    wakes = 0;
    await enqueueEvent(orm.em.fork(), 'test', event(5));
    expect(wakes).toBe(1);
  });

  it('no longer once the relay is stopped', async () => {
    wakes = 0;
    stopWaking();
    await transaction((em) => enqueueEvent(em, 'test', event(6)));
    expect(wakes).toBe(0);
  });
});
