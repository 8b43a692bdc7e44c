import { AppError } from './errors.ts';

/** PostgreSQL's answers that mean "not now": too many connections, starting up or shutting down. */
const BUSY_SQLSTATES = new Set(['53300', '53400', '57P01', '57P03']);
/** The pool's own words when no connection came within DB_POOL_WAIT_MS (pg-pool). */
const POOL_TIMEOUT = /timeout exceeded when trying to connect|Connection terminated due to connection timeout/i;
/**
 * pg's words for a connection the server ended under a request (a terminated backend, a restart, a
 * failover): the transaction rolled back with it, so the request is safe to retry (found by
 * test/e2e/fault-injection.e2e.spec.ts, where these were answered 500).
 */
const CONNECTION_LOST =
  /Client has encountered a connection error and is not queryable|Client was closed and is not queryable|Connection terminated unexpectedly/i;
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT']);

/**
 * An overloaded or unreachable database as a retryable 503 (DATABASE_BUSY), so a burst larger than
 * the connection budget is told to come back, never answered 500. Anything else stays unknown (null).
 */
export function databaseBusy(err: unknown): AppError | null {
  if (typeof err !== 'object' || err === null) return null;
  const { code, message } = err as { code?: unknown; message?: unknown };
  const busy =
    (typeof code === 'string' && (BUSY_SQLSTATES.has(code) || NETWORK_CODES.has(code))) ||
    (typeof message === 'string' && (POOL_TIMEOUT.test(message) || CONNECTION_LOST.test(message)));
  return busy ? new AppError('UNAVAILABLE', 'DATABASE_BUSY', 'the database is busy; retry shortly with the same Idempotency-Key') : null;
}
