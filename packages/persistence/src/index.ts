import { Migrator } from '@mikro-orm/migrations';
import { MikroORM, type EntitySchema, type MigrationObject } from '@mikro-orm/postgresql';
import { clientUrlOf, LOCK_SPACE, lockIdOf, MIGRATION_LOCK_ID, runExclusive, type ExclusiveOutcome } from './advisory-lock.ts';
import { isDatabaseUnavailable } from './database-unavailable.ts';
import { ZibaPostgreSqlDriver } from './postgres-driver.ts';
import { releaseDeadConnections } from './dead-connections.ts';
import { inTransaction, type TransactionHost } from './transaction.ts';

export { coalescingSocket } from './coalescing-socket.ts';
export { clientUrlOf, inTransaction, LOCK_SPACE, lockIdOf, MIGRATION_LOCK_ID, runExclusive, type ExclusiveOutcome, type TransactionHost };

/**
 * What a service does with its schema at start (MIGRATE):
 * - `on-start` (the default, for local stacks and tests): migrates, under the migration lock;
 * - `wait` (Kubernetes, where a Job per release migrates): migrates nothing and waits until the
 *   database has every migration this version knows, then starts; gives up after MIGRATE_WAIT_MS;
 * - `skip`: neither migrates nor checks.
 */
export type MigrateMode = 'on-start' | 'wait' | 'skip';
export const MIGRATE_MODES: readonly MigrateMode[] = ['on-start', 'wait', 'skip'];

export interface ServiceOrmOptions {
  databaseUrl: string;
  /** The service's migrations, oldest first; each runs once, in order. */
  migrations: MigrationObject[];
  entities?: EntitySchema[];
  /** The service's connection budget (DB_POOL_MAX) and how long a query waits for a connection (DB_POOL_WAIT_MS). */
  pool: { max: number; waitMs: number };
  /** Default `on-start`. */
  migrate?: MigrateMode;
  /** With `wait`: how long to wait for the migration Job (default 5 minutes). */
  migrateWaitMs?: number;
  /** How long to keep trying a database that is unreachable or too busy at start (default 30 s). */
  reachWaitMs?: number;
}

/**
 * Opens a service's own database and, unless told otherwise (`migrate`), brings its schema up to
 * date: every service owns one database and migrates it the same way. A database that is
 * unreachable or too busy at start (a restart, a burst of new connections slower than the pool's
 * short wait) is tried again for `reachWaitMs`, so a service does not die of a moment's load.
 */
export async function openServiceOrm(o: ServiceOrmOptions): Promise<MikroORM> {
  const deadline = Date.now() + (o.reachWaitMs ?? 30_000);
  for (let pause = 100; ; pause = Math.min(pause * 2, 2_000)) {
    try {
      return await openOnce(o);
    } catch (err) {
      if (!isDatabaseUnavailable(err) || Date.now() + pause > deadline) throw err;
      await new Promise((r) => setTimeout(r, pause));
    }
  }
}

async function openOnce(o: ServiceOrmOptions): Promise<MikroORM> {
  const mode = o.migrate ?? 'on-start';
  const orm = await MikroORM.init({
    driver: ZibaPostgreSqlDriver,
    clientUrl: o.databaseUrl,
    entities: o.entities ?? [],
    discovery: { warnWhenNoEntities: false },
    debug: false,
    pool: { min: 0, max: o.pool.max },
    // Waiting longer than waitMs for a connection fails the query; the service answers 503 (database-errors.ts).
    // A connection that dies in a transaction would otherwise stay counted as in use (dead-connections.ts).
    // pg's own socket: coalescingSocket is for the ledger's pipelined write pool only, where it was measured.
    driverOptions: { connectionTimeoutMillis: o.pool.waitMs, onPoolCreated: releaseDeadConnections },
    extensions: [Migrator],
    migrations: { migrationsList: o.migrations, snapshot: false, silent: true },
    // Only a service that migrates may create its database; otherwise the database is provisioned (CloudNativePG).
    ensureDatabase: mode === 'on-start',
  });
  try {
    await orm.connect();
    if (mode === 'on-start') await migrateUnderLock(orm);
    else if (mode === 'wait') await waitForMigrations(orm, o.migrateWaitMs ?? 300_000);
  } catch (err) {
    await orm.close();
    throw err;
  }
  return orm;
}

/**
 * Runs the pending migrations in one transaction that first takes the database's migration lock
 * (pg_try_advisory_xact_lock): concurrent migrators (a Job and a replica, two replicas starting at
 * once) take turns, and each one after the first finds nothing left to do. Transaction-scoped, so the
 * lock is released with the commit (or a crash) and works through a transaction-mode pooler. A
 * migrator that finds the lock taken waits outside any transaction and tries again: one blocked
 * inside its statement would hold a snapshot, which a concurrent index build of the migrator it waits
 * for waits out in turn, and neither would ever finish. Returns the names of the migrations this call ran.
 */
export async function migrateUnderLock(orm: MikroORM, retryMs = 250): Promise<string[]> {
  for (;;) {
    const ran = await inTransaction(orm, async (em) => {
      const [row] = await em.execute<{ locked: boolean }[]>('select pg_try_advisory_xact_lock(?, ?) as locked', [LOCK_SPACE, MIGRATION_LOCK_ID], 'all');
      if (!row?.locked) return null;
      return (await orm.migrator.up({ transaction: em.getTransactionContext() })).map((m) => m.name);
    });
    if (ran) return ran;
    await new Promise((resolve) => setTimeout(resolve, retryMs));
  }
}

/** The migrations this version knows that the database has not run yet. */
export async function pendingMigrations(orm: MikroORM): Promise<string[]> {
  return (await orm.migrator.getPending()).map((m) => m.name);
}

async function waitForMigrations(orm: MikroORM, waitMs: number): Promise<void> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const pending = await pendingMigrations(orm).catch((err: Error) => [`(cannot read the migrations table: ${err.message})`]);
    if (pending.length === 0) return;
    if (Date.now() > deadline) throw new Error(`the database is missing migrations ${pending.join(', ')}: run this release's migration Job (MIGRATE=wait)`);
    await new Promise((r) => setTimeout(r, 1_000));
  }
}

/**
 * The body of a service's migrate entry point (`node services/<name>/src/migrate.ts`): migrates
 * DATABASE_URL under the migration lock, prints one JSON line, exits 0, or 1 on failure. Run by the
 * Kubernetes migration Job of each release, before the new pods start (they wait: MIGRATE=wait).
 */
export async function migrateMain(service: string, migrations: MigrationObject[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const databaseUrl = env.DATABASE_URL;
  const log = (level: string, msg: string, extra: Record<string, unknown> = {}) =>
    console.log(JSON.stringify({ level, time: new Date().toISOString(), service, msg, ...extra }));
  if (!databaseUrl) {
    log('error', 'DATABASE_URL is not set');
    process.exitCode = 1;
    return;
  }
  try {
    const orm = await openServiceOrm({ databaseUrl, migrations, pool: { max: 2, waitMs: 30_000 }, migrate: 'skip' });
    try {
      const ran = await migrateUnderLock(orm);
      log('info', ran.length ? 'migrated' : 'already up to date', { ran, known: migrations.length });
    } finally {
      await orm.close();
    }
  } catch (err) {
    log('error', 'migration failed', { err: (err as Error).message });
    process.exitCode = 1;
  }
}
