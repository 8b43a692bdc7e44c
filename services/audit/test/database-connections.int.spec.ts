import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { MikroORM } from '@mikro-orm/postgresql';
import { freshDatabase, infrastructure, sql } from '@ziba/testing';
import { openOrm } from '../src/persistence/orm.ts';

// The audit consumer runs as many transactions as its pool has connections (prefetch 8, pool 8).
// When PostgreSQL ended them all at once (pg_terminate_backend in the fault-injection run), none came
// back to the pool: the service answered "timeout exceeded when trying to connect" until restarted
// and dead-lettered every event. Every service opens its database the same way (packages/persistence).

let db: Awaited<ReturnType<typeof freshDatabase>>;
let orm: MikroORM;
beforeAll(async () => {
  db = await freshDatabase('audit_pool');
  orm = await openOrm(db.url, { max: 4, waitMs: 1_000 });
});
afterAll(async () => {
  await orm?.close(true);
  await db?.drop();
});

describe('the database pool after its connections are terminated', () => {
  it('gets every connection back when all of them die inside transactions', async () => {
    const name = new URL(db.url).pathname.slice(1);
    for (let round = 0; round < 2; round++) {
      // Every connection of the pool in a transaction, as the consumer keeps them.
      const inFlight = Array.from({ length: 4 }, () =>
        orm.em
          .fork()
          .transactional((em) => em.execute('select pg_sleep(5)'))
          .then(
            () => 'committed',
            (err: Error) => err.message,
          ),
      );
      await waitFor(
        async () =>
          (
            await sql<{ n: number }>(
              (await infrastructure()).pgAdminUrl,
              `select count(*)::int as n from pg_stat_activity where datname = $1 and state = 'active'`,
              [name],
            )
          )[0]!.n === 4,
      );
      await sql((await infrastructure()).pgAdminUrl, 'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [
        name,
      ]);
      expect(await Promise.all(inFlight)).toEqual(Array(4).fill('terminating connection due to administrator command'));
      // Four transactions at once again: each needs a connection the pool must have got back.
      const again = await waitFor(() =>
        Promise.all(Array.from({ length: 4 }, () => orm.em.fork().transactional((em) => em.execute<Array<{ ok: number }>>('select 1 as ok')))).then(
          (rows) => rows.flat(),
          () => null,
        ),
      );
      expect(again).toEqual(Array(4).fill({ ok: 1 }));
    }
  }, 30_000);
});

async function waitFor<T>(probe: () => Promise<T>, timeoutMs = 10_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
