import { afterEach, describe, expect, it } from '@jest/globals';
import { openServiceOrm } from '@ziba/persistence';
import { freshDatabase, holdingLock, sql } from '@ziba/testing';
import { MIGRATIONS, openOrm } from '../src/persistence/orm.ts';
import { QUEUE_PAGE_SQL } from '../src/persistence/settlement-queue.repository.ts';
import { DRIVERS_OTHER_TRIP_SQL } from '../src/persistence/trip.repository.ts';
import { UNDER_WAY_PAGE_SQL } from '../src/persistence/trips-under-way.repository.ts';

const POOL = { max: 4, waitMs: 10_000 };
const HISTORY = ['trip_driver_history_idx', 'trip_restaurant_history_idx', 'trip_rider_history_idx'];
const REPLACED = ['trip_driver_idx', 'trip_restaurant_idx', 'trip_rider_idx'];

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function database() {
  const db = await freshDatabase('tr_hidx');
  cleanups.push(db.drop);
  return db.url;
}

/** The indexes of `trip` by name, each with whether it is valid (usable by queries). */
async function tripIndexes(url: string): Promise<Record<string, boolean>> {
  const rows = await sql<{ name: string; valid: boolean }>(
    url,
    `select c.relname as name, i.indisvalid as valid from pg_index i join pg_class c on c.oid = i.indexrelid where i.indrelid = 'trip'::regclass`,
  );
  return Object.fromEntries(rows.map((r) => [r.name, r.valid]));
}

async function migrations(url: string): Promise<string[]> {
  return (await sql<{ name: string }>(url, 'select name from mikro_orm_migrations order by id')).map((r) => r.name);
}

/** The history indexes in place of the ones they replace, and the settlement queue's index. */
function expectIndexesBuilt(indexes: Record<string, boolean>) {
  for (const name of HISTORY) expect(indexes[name]).toBe(true);
  for (const name of REPLACED) expect(indexes).not.toHaveProperty(name);
  expect(indexes.trip_unsettled_idx).toBe(true);
  expect(indexes.trip_driver_on_trip_idx).toBe(true);
  expect(indexes.trip_under_way_idx).toBe(true);
}

/**
 * A database migrated up to just before `migration` (which builds `index`: not there yet), then by
 * every migration: the index is built on a database that had trips already, with all the others.
 */
async function builtOnAnOlderDatabase(migration: string, index: string): Promise<string> {
  const url = await database();
  const before = MIGRATIONS.slice(
    0,
    MIGRATIONS.findIndex((m) => m.name === migration),
  );
  await (await openServiceOrm({ databaseUrl: url, pool: POOL, migrations: before })).close();
  expect(await tripIndexes(url)).not.toHaveProperty(index);
  await (await openOrm(url, POOL)).close();
  expectIndexesBuilt(await tripIndexes(url));
  return url;
}

/** The plan PostgreSQL makes for `query` with `values` in place of its `?`, sequential scans off (so any usable index is taken). */
async function planOf(url: string, query: string, values: string[]): Promise<string> {
  const inlined = query.replace(/\?/g, () => values.shift()!);
  const noSeqScans = `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent('-c enable_seqscan=off')}`;
  return (await sql<{ 'QUERY PLAN': string }>(noSeqScans, `explain ${inlined}`)).map((r) => r['QUERY PLAN']).join('\n');
}

describe('the trip history indexes migration', () => {
  it('builds the history indexes on a new database, in the run that creates trip', async () => {
    const url = await database();
    const orm = await openOrm(url, POOL);
    await orm.close();
    expectIndexesBuilt(await tripIndexes(url));
    expect(await migrations(url)).toEqual(MIGRATIONS.map((m) => m.name));
  });

  it('builds them concurrently on a database that has trip already: trip writes go on during the build', async () => {
    const url = await database();
    const before = MIGRATIONS.slice(
      0,
      MIGRATIONS.findIndex((m) => m.name === 'TripHistoryIndexes'),
    );
    await (await openServiceOrm({ databaseUrl: url, pool: POOL, migrations: before })).close();
    expect(await tripIndexes(url)).toMatchObject({ trip_rider_idx: true, trip_driver_idx: true, trip_restaurant_idx: true });

    // A transaction that writes trip and stays open: a build waits for it either way. A plain
    // `create index` queues for a lock on trip that every later write then waits behind; a
    // concurrent build waits without one, so later writes go on.
    const release = await holdingLock(url, 'lock table trip in row exclusive mode');
    let released = false;
    cleanups.push(async () => {
      if (!released) await release();
    });
    const migrated = openOrm(url, POOL);
    migrated.catch(() => undefined);
    await waitFor(async () => {
      const rows = await sql(url, `select 1 from pg_stat_activity where query ilike 'create index concurrently%' and wait_event_type = 'Lock'`);
      return rows.length > 0;
    });
    await sql(url, `set lock_timeout = '3s'; update trip set rider_id = rider_id where false`);

    released = true;
    await release();
    await (await migrated).close();
    expectIndexesBuilt(await tripIndexes(url));
    expect(await migrations(url)).toEqual(MIGRATIONS.map((m) => m.name));
  });

  it('lets two migrators starting together on a database with trips take turns, the concurrent build included', async () => {
    const url = await database();
    const before = MIGRATIONS.slice(
      0,
      MIGRATIONS.findIndex((m) => m.name === 'TripHistoryIndexes'),
    );
    await (await openServiceOrm({ databaseUrl: url, pool: POOL, migrations: before })).close();
    // A migrator blocked inside its transaction on the lock would hold a snapshot the build waits
    // out, while it waits for the build's run: both would wait for good (this test would time out).
    const orms = await Promise.all([openOrm(url, POOL), openOrm(url, POOL)]);
    await Promise.all(orms.map((orm) => orm.close()));
    expectIndexesBuilt(await tripIndexes(url));
    expect(await migrations(url)).toEqual(MIGRATIONS.map((m) => m.name));
  });

  it("builds the settlement queue's index on a database that has the history indexes already, and the queue's page walks it", async () => {
    const url = await builtOnAnOlderDatabase('UnsettledTripIndex', 'trip_unsettled_idx');
    expect(await migrations(url)).toEqual(MIGRATIONS.map((m) => m.name));

    // The first page of the live queue for every country: its predicate must imply the index's, or
    // the planner cannot use it.
    expect(await planOf(url, QUEUE_PAGE_SQL, ["'live'", 'null', 'null', 'null', 'null', 'null', 'null', '21'])).toContain('trip_unsettled_idx');
  });

  it("builds the drivers' on-trip index on a database that has the queue's already, and a driver's take reads through it", async () => {
    const url = await builtOnAnOlderDatabase('DriverOnTripIndex', 'trip_driver_on_trip_idx');
    const ids = ["'9b0e4a36-1d5c-4c52-9a55-7f1f0c8a2f10'", "'1c7d1e0a-52b8-4a0e-8f5e-3f0b4a9d6e21'"];
    expect(await planOf(url, DRIVERS_OTHER_TRIP_SQL, ids)).toContain('trip_driver_on_trip_idx');
  });

  it("builds the index of the trips under way on a database that has the drivers' on-trip index already, and the admins' list walks it", async () => {
    const url = await builtOnAnOlderDatabase('TripsUnderWayIndex', 'trip_under_way_idx');
    expect(await migrations(url)).toEqual(MIGRATIONS.map((m) => m.name));
    // The first page for every country and kind, and a later page of one country's rides.
    expect(await planOf(url, UNDER_WAY_PAGE_SQL, ["'live'", 'null', 'null', 'null', 'null', 'null', 'null', '21'])).toContain('trip_under_way_idx');
    const after = "'9b0e4a36-1d5c-4c52-9a55-7f1f0c8a2f10'";
    expect(await planOf(url, UNDER_WAY_PAGE_SQL, ["'test'", "'NG'", "'NG'", "'RIDE'", "'RIDE'", after, after, '21'])).toContain('trip_under_way_idx');
  });

  it('drops and builds again an index a failed concurrent build left invalid', async () => {
    const url = await database();
    const before = MIGRATIONS.slice(
      0,
      MIGRATIONS.findIndex((m) => m.name === 'TripHistoryIndexes'),
    );
    await (await openServiceOrm({ databaseUrl: url, pool: POOL, migrations: before })).close();
    // What a build interrupted half way leaves: the index, marked invalid (queries do not use it).
    await sql(url, 'create index trip_rider_history_idx on trip (rider_id, created_at desc, id desc)');
    await sql(url, `update pg_index set indisvalid = false where indexrelid = 'trip_rider_history_idx'::regclass`);
    expect(await tripIndexes(url)).toMatchObject({ trip_rider_history_idx: false });

    await (await openOrm(url, POOL)).close();
    expectIndexesBuilt(await tripIndexes(url));
  });
});

async function waitFor(check: () => Promise<boolean>, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}
