import type { Migration } from '@mikro-orm/migrations';

/** An index of `trip`: its name, then what follows `on trip`. */
export interface TripIndex {
  name: string;
  on: string;
}

/**
 * Builds indexes of `trip` with `create index concurrently` on a database whose `trip` is committed
 * already, so trip writes go on during the build, then drops the indexes they replace the same way.
 * The migration calling this must not be transactional (neither statement may run in a transaction);
 * it still holds the migration lock. Every statement can run again: a build that failed half way
 * leaves an invalid index of the name, which is dropped first and built again, and the replaced
 * indexes go only after the new ones are built. On a new database `trip` is not yet visible outside
 * the run's transaction: nothing is built, and buildOnNewDatabase builds them inside it.
 */
export async function buildConcurrently(migration: Migration, indexes: readonly TripIndex[], replaced: readonly string[] = []): Promise<void> {
  const [table] = await migration.execute(`select to_regclass('trip') is not null as present`);
  if (!table?.present) return;
  const names = indexes.map((i) => i.name);
  const invalid = await migration.execute(
    `select c.relname as name from pg_index i join pg_class c on c.oid = i.indexrelid where not i.indisvalid and c.relname in (${names.map(() => '?').join(', ')})`,
    names,
  );
  for (const { name } of invalid) migration.addSql(`drop index concurrently if exists ${String(name)}`);
  for (const index of indexes) migration.addSql(`create index concurrently if not exists ${index.name} on trip ${index.on}`);
  for (const name of replaced) migration.addSql(`drop index concurrently if exists ${name}`);
}

/**
 * The same indexes, built plainly inside the run's transaction where buildConcurrently found no
 * committed `trip` (a new database, whose `trip` this run created and no one else sees yet).
 * Everywhere else they exist already, so this finds nothing to do and locks nothing (the checks
 * read the catalog; `drop index if exists` of a missing index takes no lock on `trip`).
 */
export function buildOnNewDatabase(migration: Migration, indexes: readonly TripIndex[], replaced: readonly string[] = []): void {
  const builds = indexes.map((index) => `  if to_regclass('${index.name}') is null then create index ${index.name} on trip ${index.on}; end if;`);
  migration.addSql(`do $$\nbegin\n${builds.join('\n')}\nend\n$$;`);
  for (const name of replaced) migration.addSql(`drop index if exists ${name};`);
}
