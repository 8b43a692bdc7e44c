// The subpath, not the package: its index loads pg, which must load after tracing patches it (telemetry.ts).
import { isDatabaseOverloaded, isDatabaseUnavailable } from '@ziba/persistence/database-unavailable';
import { AppError } from './errors.ts';

/**
 * A database that could not take the work, as an answer to come back, never a 500: overloaded (more
 * requests than connections) is DATABASE_BUSY, an overload (429 at the gateway); unreachable, or lost
 * under a request, is DATABASE_UNAVAILABLE (503). Anything else stays unknown (null).
 */
export function databaseBusy(err: unknown): AppError | null {
  if (isDatabaseOverloaded(err)) return new AppError('OVERLOADED', 'DATABASE_BUSY', 'the database is busy; retry shortly with the same Idempotency-Key');
  if (isDatabaseUnavailable(err))
    return new AppError('UNAVAILABLE', 'DATABASE_UNAVAILABLE', 'the database cannot be reached right now; retry shortly with the same Idempotency-Key');
  return null;
}
