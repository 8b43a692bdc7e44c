import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MikroORM } from '@mikro-orm/postgresql';
import { freshDatabase, sql } from '@ziba/testing';
import { enqueueEvents, MESSAGING_DDL } from '../src/index.ts';

// A change and the events that describe it, written in one statement: both or neither.

let orm: MikroORM;
let db: Awaited<ReturnType<typeof freshDatabase>>;

beforeAll(async () => {
  db = await freshDatabase('enqueue_events');
  await sql(db.url, MESSAGING_DDL);
  await sql(db.url, "create table thing (id int primary key, name text not null); insert into thing values (1, 'first')");
  orm = await MikroORM.init({ clientUrl: db.url, entities: [], discovery: { warnWhenNoEntities: false }, debug: false });
});
afterAll(async () => {
  await orm?.close();
  await db?.drop();
});

const event = (n: number) => ({ type: 'thing.changed.v1', aggregateType: 'thing', aggregateId: String(n), data: { n } });
const outbox = () =>
  sql<{ type: string; n: number }>(db.url, "select envelope->>'type' as type, (envelope->'data'->>'n')::int as n from outbox_event order by seq");

describe('enqueueEvents', () => {
  it("writes the caller's insert and update and the events, in order, in one statement", async () => {
    const envelopes = await orm.em.fork().transactional((em) =>
      enqueueEvents(
        em,
        'test',
        [event(1), event(2)],
        [
          { sql: 'update thing set name = ? where id = ?', params: ['renamed', 1] },
          { sql: 'insert into thing (id, name) values (?, ?)', params: [2, 'second'] },
        ],
      ),
    );
    expect(envelopes.map((e) => e.source)).toEqual(['test', 'test']);
    expect(await sql(db.url, 'select id, name from thing order by id')).toEqual([
      { id: 1, name: 'renamed' },
      { id: 2, name: 'second' },
    ]);
    expect(await outbox()).toEqual([
      { type: 'thing.changed.v1', n: 1 },
      { type: 'thing.changed.v1', n: 2 },
    ]);
  });

  it('writes nothing, neither the change nor its events, when one part fails', async () => {
    const attempt = orm.em.fork().transactional((em) =>
      enqueueEvents(
        em,
        'test',
        [event(3)],
        [
          { sql: 'update thing set name = ? where id = ?', params: ['lost', 1] },
          { sql: 'insert into thing (id, name) values (?, ?)', params: [2, 'again'] },
        ],
      ),
    );
    await expect(attempt).rejects.toThrow(/duplicate key/);
    expect(await sql(db.url, 'select name from thing where id = 1')).toEqual([{ name: 'renamed' }]);
    expect((await outbox()).map((r) => r.n)).toEqual([1, 2]);
  });
});
