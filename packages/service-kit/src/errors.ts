/**
 * What kind of failure an error is, independent of transport, with its HTTP status (grpc-status.ts
 * maps kinds to gRPC codes), so a rule refused deep in a service reaches the client with the same stable code.
 */
export const ERROR_KINDS = {
  INVALID: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  REFUSED: 422,
  RATE_LIMITED: 429,
  /** More work than the service can take now (its database's connections): come back, as a 429 says. */
  OVERLOADED: 429,
  UNAVAILABLE: 503,
  INTERNAL: 500,
} as const;

export type ErrorKind = keyof typeof ERROR_KINDS;

/** A failure with a stable machine-readable code (e.g. INSUFFICIENT_FUNDS) and a safe message. */
export class AppError extends Error {
  readonly kind: ErrorKind;
  readonly code: string;
  readonly reasons: string[];

  constructor(kind: ErrorKind, code: string, message: string, reasons: string[] = []) {
    super(message);
    this.name = 'AppError';
    this.kind = kind;
    this.code = code;
    this.reasons = reasons;
  }

  get httpStatus(): number {
    return ERROR_KINDS[this.kind];
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;

/**
 * A fault of the platform (unexpected error, dependency down or overloaded), as opposed to a refusal
 * that answers the caller: after a fault the outcome of the work may be unknown, and it may be retried.
 */
export const isFault = (e: unknown): boolean => !isAppError(e) || e.kind === 'UNAVAILABLE' || e.kind === 'OVERLOADED' || e.kind === 'INTERNAL';

/** A refusal that answers the caller for good (not enough funds, say), as opposed to a fault. */
export const isRefusal = (e: unknown): e is AppError => isAppError(e) && !isFault(e);
