/** PostgreSQL's answers that mean "too many": too many connections, a configured limit reached. */
const OVERLOADED_SQLSTATES = new Set(['53300', '53400']);
/** PostgreSQL's answers that mean "not now": shutting down, starting up. */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P03']);
/** The pool's own words when no connection came within the pool's wait (pg-pool). */
const POOL_TIMEOUT = /timeout exceeded when trying to connect|Connection terminated due to connection timeout/i;
/**
 * pg's words for a connection the server ended under a request (a terminated backend, a restart, a
 * failover): the transaction rolled back with it, so what ran in it is safe to run again (found by
 * test/e2e/fault-injection.e2e.spec.ts).
 */
const CONNECTION_LOST =
  /Client has encountered a connection error and is not queryable|Client was closed and is not queryable|Connection terminated unexpectedly/i;
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT']);

/** An error's code and message, whatever was thrown. */
const fieldsOf = (err: unknown): { code?: unknown; message?: unknown } => (typeof err === 'object' && err !== null ? err : {});

/**
 * Whether an error says the database was too busy for the work now: more work than connections (the
 * pool's wait ran out) or than the server takes. The statement that asked did not run; it is safe to try again.
 */
export function isDatabaseOverloaded(err: unknown): boolean {
  const { code, message } = fieldsOf(err);
  return (typeof code === 'string' && OVERLOADED_SQLSTATES.has(code)) || (typeof message === 'string' && POOL_TIMEOUT.test(message));
}

/**
 * Whether an error says the database could not be reached or was too busy, rather than that the
 * work was wrong: such work is safe to try again shortly. Anything else is false.
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  if (isDatabaseOverloaded(err)) return true;
  const { code, message } = fieldsOf(err);
  return (
    (typeof code === 'string' && (UNAVAILABLE_SQLSTATES.has(code) || NETWORK_CODES.has(code))) || (typeof message === 'string' && CONNECTION_LOST.test(message))
  );
}
