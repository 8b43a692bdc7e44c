// The subpath, not the package: its index loads pg, which must load after tracing patches it (telemetry.ts).
import { isDatabaseUnavailable } from '@ziba/persistence/database-unavailable';
import { AppError } from './errors.ts';

/**
 * An overloaded or unreachable database as a retryable 503 (DATABASE_BUSY), so a burst larger than
 * the connection budget is told to come back, never answered 500. Anything else stays unknown (null).
 */
export function databaseBusy(err: unknown): AppError | null {
  return isDatabaseUnavailable(err) ? new AppError('UNAVAILABLE', 'DATABASE_BUSY', 'the database is busy; retry shortly with the same Idempotency-Key') : null;
}
