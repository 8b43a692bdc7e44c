/** The parts of a `pg` pool and its clients this needs (the pool MikroORM creates for a service). */
interface PooledClient {
  once(event: 'end', listener: () => void): unknown;
  /** Set by the pool on a checked-out client; with an error the pool discards the client. */
  release?: (err?: Error) => void;
}
interface ClientPool {
  on(event: 'connect' | 'acquire' | 'remove', listener: (client: PooledClient) => void): unknown;
  on(event: 'release', listener: (err: Error | undefined, client: PooledClient) => void): unknown;
}

/**
 * Gives a connection that died while checked out back to its pool, which then discards it.
 *
 * When PostgreSQL ends a connection in the middle of a transaction (pg_terminate_backend, a restart,
 * a failover), MikroORM rolls back through Kysely, whose rollback releases the connection only when
 * the ROLLBACK succeeds: on a dead connection it never does, so the pool keeps counting it as in use.
 * Every transaction cut that way took one connection from the service for good; a service with all
 * its connections in transactions at that moment (the audit consumer, eight at a time) was left with
 * none and answered every later query with "timeout exceeded when trying to connect" until restarted
 * (found by test/e2e/fault-injection.e2e.spec.ts). A holder that does release within `graceMs` of
 * the connection's end keeps doing so; only a connection still held after that is released here.
 */
export function releaseDeadConnections(pool: ClientPool, graceMs = 1_000): void {
  const checkedOut = new Set<PooledClient>();
  pool.on('acquire', (client) => checkedOut.add(client));
  pool.on('release', (_err, client) => checkedOut.delete(client));
  pool.on('remove', (client) => checkedOut.delete(client));
  pool.on('connect', (client) => {
    client.once('end', () => {
      setTimeout(() => {
        if (!checkedOut.delete(client)) return;
        client.release?.(new Error('the database connection ended while checked out'));
      }, graceMs).unref();
    });
  });
}
