import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Migration } from '@mikro-orm/migrations';
import type { MigrationObject } from '@mikro-orm/postgresql';
import { freshDatabase, sql } from '@ziba/testing';
import { migrateMain, openServiceOrm, pendingMigrations, runExclusive } from '../src/index.ts';

/** Slow on purpose: two migrators starting together overlap, unless the lock queues them. */
class CreateThing extends Migration {
  override up(): void {
    this.addSql('select pg_sleep(0.5)');
    this.addSql('create table thing (id int primary key)');
  }
}
class AddColumn extends Migration {
  override up(): void {
    this.addSql('alter table thing add column name text');
    this.addSql("insert into thing (id, name) values (1, 'first')");
  }
}
const MIGRATIONS: MigrationObject[] = [
  { name: 'CreateThing', class: CreateThing },
  { name: 'AddColumn', class: AddColumn },
];
const pool = { max: 4, waitMs: 5_000 };

let db: Awaited<ReturnType<typeof freshDatabase>>;
beforeAll(async () => {
  db = await freshDatabase('migrate_lock');
});
afterAll(async () => {
  await db?.drop();
});

describe('migrations under the advisory lock', () => {
  it('a service in `wait` mode starts only once the migration Job has run; three migrators at once run each migration once', async () => {
    // The new version's pod starts first and waits (MIGRATE=wait) ...
    let waited = false;
    const waiting = openServiceOrm({ databaseUrl: db.url, migrations: MIGRATIONS, pool, migrate: 'wait', migrateWaitMs: 30_000 }).then((orm) => {
      waited = true;
      return orm;
    });
    await new Promise((r) => setTimeout(r, 1_500));
    expect(waited).toBe(false);
    // ... while the Job and two replicas still migrating at start (MIGRATE=on-start) race for the lock.
    const job = migrateMain('test', MIGRATIONS, { DATABASE_URL: db.url });
    const replicas = [1, 2].map(() => openServiceOrm({ databaseUrl: db.url, migrations: MIGRATIONS, pool }));
    const [, ...orms] = await Promise.all([job, ...replicas]);
    expect(process.exitCode ?? 0).toBe(0);
    const waiter = await waiting;
    orms.push(waiter);
    try {
      expect(await sql(db.url, 'select id, name from thing')).toEqual([{ id: 1, name: 'first' }]);
      const ran = await sql<{ name: string }>(db.url, 'select name from mikro_orm_migrations order by id');
      expect(ran.map((r) => r.name)).toEqual(['CreateThing', 'AddColumn']);
      for (const orm of orms) expect(await pendingMigrations(orm)).toEqual([]);
    } finally {
      await Promise.all(orms.map((o) => o.close()));
    }
  }, 60_000);

  it('`wait` gives up with the missing migrations named; `skip` opens the database as it is', async () => {
    const later: MigrationObject[] = [...MIGRATIONS, { name: 'NotYetRun', class: AddColumn }];
    await expect(openServiceOrm({ databaseUrl: db.url, migrations: later, pool, migrate: 'wait', migrateWaitMs: 1_200 })).rejects.toThrow(
      /missing migrations NotYetRun: run this release's migration Job/,
    );
    const orm = await openServiceOrm({ databaseUrl: db.url, migrations: later, pool, migrate: 'skip' });
    try {
      expect(await pendingMigrations(orm)).toEqual(['NotYetRun']);
    } finally {
      await orm.close();
    }
  }, 30_000);
});

describe('runExclusive', () => {
  it('runs a named task in one process at a time: a concurrent attempt skips at once, and the lock is free again afterwards', async () => {
    let release!: () => void;
    const first = runExclusive(db.url, 'test:loop', () => new Promise<string>((r) => (release = () => r('done'))));
    await new Promise((r) => setTimeout(r, 500));
    const started = Date.now();
    expect(await runExclusive(db.url, 'test:loop', async () => 'second')).toEqual({ ran: false });
    expect(Date.now() - started).toBeLessThan(2_000);
    // another name is another lock
    expect(await runExclusive(db.url, 'test:other', async () => 'other')).toEqual({ ran: true, value: 'other' });
    release();
    expect(await first).toEqual({ ran: true, value: 'done' });
    expect(await runExclusive(db.url, 'test:loop', async () => 'third')).toEqual({ ran: true, value: 'third' });
    // a failing task still frees the lock
    await expect(
      runExclusive(db.url, 'test:loop', async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await runExclusive(db.url, 'test:loop', async () => 'fourth')).toEqual({ ran: true, value: 'fourth' });
    const locks = await sql<{ n: number }>(
      db.url,
      "select count(*)::int n from pg_locks where locktype = 'advisory' and database = (select oid from pg_database where datname = current_database())",
    );
    expect(locks[0]?.n).toBe(0);
  }, 30_000);
});
