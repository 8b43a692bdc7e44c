import type { MikroORM } from '@mikro-orm/postgresql';
import type { Pool, PoolClient } from 'pg';

/**
 * The ledger's write path talks to PostgreSQL through the pool MikroORM already owns, with named
 * (prepared) statements of fixed text: one parse and plan per connection instead of per entry.
 * MikroORM keeps the schema, migrations, reads and the rest of the service.
 */
export interface Tx {
  query<T>(name: string, text: string, values: unknown[]): Promise<T[]>;
}

export async function nativePool(orm: MikroORM): Promise<Pool> {
  return (await orm.em.getConnection().getNativeClient()) as unknown as Pool;
}

export async function inTransaction<T>(pool: Pool, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const client: PoolClient = await pool.connect();
  const tx: Tx = { query: async <R>(name: string, text: string, values: unknown[]) => (await client.query({ name, text, values })).rows as R[] };
  try {
    await client.query('begin');
    const result = await fn(tx);
    await client.query('commit');
    return result;
  } catch (err) {
    await client.query('rollback').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}

/** Runs each query on its own pooled connection: for single reads that need no transaction. */
export function autocommit(pool: Pool): Tx {
  return { query: async <R>(name: string, text: string, values: unknown[]) => (await pool.query({ name, text, values })).rows as R[] };
}

/** SQLSTATE 23505 on the named constraint. */
export function isUniqueViolation(err: unknown, constraint: string): boolean {
  const e = err as { code?: string; constraint?: string };
  return e?.code === '23505' && e.constraint === constraint;
}
