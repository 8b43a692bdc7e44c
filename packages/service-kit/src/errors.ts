import { status as GrpcStatus } from '@grpc/grpc-js';

/**
 * What kind of failure an error is, independent of transport. Each maps to one gRPC status and one
 * HTTP status, so a rule refused deep in a service reaches the client with the same stable code.
 */
export const ERROR_KINDS = {
  INVALID: { grpc: GrpcStatus.INVALID_ARGUMENT, http: 400 },
  UNAUTHENTICATED: { grpc: GrpcStatus.UNAUTHENTICATED, http: 401 },
  FORBIDDEN: { grpc: GrpcStatus.PERMISSION_DENIED, http: 403 },
  NOT_FOUND: { grpc: GrpcStatus.NOT_FOUND, http: 404 },
  CONFLICT: { grpc: GrpcStatus.ALREADY_EXISTS, http: 409 },
  REFUSED: { grpc: GrpcStatus.FAILED_PRECONDITION, http: 422 },
  RATE_LIMITED: { grpc: GrpcStatus.RESOURCE_EXHAUSTED, http: 429 },
  UNAVAILABLE: { grpc: GrpcStatus.UNAVAILABLE, http: 503 },
  INTERNAL: { grpc: GrpcStatus.INTERNAL, http: 500 },
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
    return ERROR_KINDS[this.kind].http;
  }

  get grpcStatus(): GrpcStatus {
    return ERROR_KINDS[this.kind].grpc;
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;

/** Finds the error kind a gRPC status was produced from (the inverse of ERROR_KINDS). */
export function kindOfGrpcStatus(code: number): ErrorKind {
  for (const [kind, v] of Object.entries(ERROR_KINDS)) if (v.grpc === code) return kind as ErrorKind;
  if (code === GrpcStatus.DEADLINE_EXCEEDED || code === GrpcStatus.CANCELLED) return 'UNAVAILABLE';
  return 'INTERNAL';
}
