import { Migration } from '@mikro-orm/migrations';
import { HISTORY_INDEXES, REPLACED_INDEXES } from './20261201090000-trip-history-indexes.ts';

/**
 * Builds the history indexes on a database that TripHistoryIndexes found without a committed
 * `trip` table (a new one, whose `trip` the same run created): plainly, inside the run's
 * transaction, on an empty table no one else sees yet. Everywhere else TripHistoryIndexes has built
 * them and dropped the old ones already, so this finds nothing to do and locks nothing (the checks
 * read the catalog; `drop index if exists` of a missing index takes no lock on `trip`).
 */
export class TripHistoryIndexesOnNewDatabases extends Migration {
  override up(): void {
    const builds = HISTORY_INDEXES.map((index) => `  if to_regclass('${index.name}') is null then create index ${index.name} on trip ${index.on}; end if;`);
    this.addSql(`do $$\nbegin\n${builds.join('\n')}\nend\n$$;`);
    for (const name of REPLACED_INDEXES) this.addSql(`drop index if exists ${name};`);
  }
}
