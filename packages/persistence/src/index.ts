import { Migrator } from '@mikro-orm/migrations';
import { MikroORM, type EntitySchema, type MigrationObject } from '@mikro-orm/postgresql';
import { coalescingSocket } from './coalescing-socket.ts';

export { coalescingSocket };

export interface ServiceOrmOptions {
  databaseUrl: string;
  /** The service's migrations, oldest first; each runs once, in order, at start. */
  migrations: MigrationObject[];
  entities?: EntitySchema[];
  /** The service's connection budget (DB_POOL_MAX) and how long a query waits for a connection (DB_POOL_WAIT_MS). */
  pool: { max: number; waitMs: number };
}

/**
 * Opens a service's own database (created when missing) and brings its schema up to date: every
 * service owns one database and migrates it itself, the same way.
 */
export async function openServiceOrm(o: ServiceOrmOptions): Promise<MikroORM> {
  const orm = await MikroORM.init({
    clientUrl: o.databaseUrl,
    entities: o.entities ?? [],
    discovery: { warnWhenNoEntities: false },
    debug: false,
    pool: { min: 0, max: o.pool.max },
    // Waiting longer than waitMs for a connection fails the query; the service answers 503 (database-errors.ts).
    driverOptions: { stream: coalescingSocket, connectionTimeoutMillis: o.pool.waitMs },
    extensions: [Migrator],
    migrations: { migrationsList: o.migrations, snapshot: false, silent: true },
    ensureDatabase: true,
  });
  await orm.connect();
  await orm.migrator.up();
  return orm;
}
