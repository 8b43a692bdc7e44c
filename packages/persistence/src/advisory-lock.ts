import type { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';

/**
 * PostgreSQL advisory locks of this platform: the two-int form (space, id), the space constant, so
 * they never meet another application's keys. Advisory locks are per database, and each service owns
 * its database, so one id per purpose is enough.
 */
export const LOCK_SPACE = 0x5a1ba;
/** Held by whoever migrates a service's database (the migration Job, or a replica migrating at start). */
export const MIGRATION_LOCK_ID = 1;

/** A stable 31-bit id for a named lock (FNV-1a), never 1 (the migrations' id). */
export function lockIdOf(name: string): number {
  let h = 0x811c9dc5;
  for (const ch of Buffer.from(name, 'utf8')) h = Math.imul(h ^ ch, 0x01000193) >>> 0;
  const id = h & 0x7fffffff;
  return id === MIGRATION_LOCK_ID ? 2 : id;
}

export type ExclusiveOutcome<T> = { ran: true; value: T } | { ran: false };

/**
 * Runs `task` only where no other process holds the named lock on this database, else skips it at
 * once (never waits): several replicas run the same background loop and one pass at a time does the
 * work. The lock is a transaction-scoped advisory lock (pg_try_advisory_xact_lock) on a connection of
 * its own, opened for the pass, outside the service's pool: the task's own queries never wait behind
 * the lock's connection, even with a one-connection pool, and it works through PgBouncer in
 * transaction mode. If this process dies, its connection closes and the lock is free again.
 */
export async function runExclusive<T>(orm: MikroORM | string, name: string, task: () => Promise<T>): Promise<ExclusiveOutcome<T>> {
  const client = new pg.Client({ connectionString: typeof orm === 'string' ? orm : clientUrlOf(orm), application_name: `lock:${name}`.slice(0, 63) });
  // A failed or dropped lock connection is reported by the query that needed it, never as an unhandled error.
  client.on('error', () => undefined);
  await client.connect();
  try {
    await client.query('begin');
    const { rows } = await client.query<{ locked: boolean }>('select pg_try_advisory_xact_lock($1, $2) as locked', [LOCK_SPACE, lockIdOf(name)]);
    if (!rows[0]?.locked) return { ran: false };
    return { ran: true, value: await task() };
  } finally {
    await client.query('rollback').catch(() => undefined);
    await client.end().catch(() => undefined);
  }
}

/** The URL MikroORM was opened with. */
export function clientUrlOf(orm: MikroORM): string {
  const url = orm.config.get('clientUrl');
  if (!url) throw new Error('the ORM was opened without a clientUrl');
  return url;
}
