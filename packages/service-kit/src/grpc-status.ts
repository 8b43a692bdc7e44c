import { status } from '@grpc/grpc-js';
import type { ErrorKind } from './errors.ts';

const GRPC_OF_KIND: Record<ErrorKind, status> = {
  INVALID: status.INVALID_ARGUMENT,
  UNAUTHENTICATED: status.UNAUTHENTICATED,
  FORBIDDEN: status.PERMISSION_DENIED,
  NOT_FOUND: status.NOT_FOUND,
  CONFLICT: status.ALREADY_EXISTS,
  REFUSED: status.FAILED_PRECONDITION,
  RATE_LIMITED: status.RESOURCE_EXHAUSTED,
  OVERLOADED: status.RESOURCE_EXHAUSTED,
  UNAVAILABLE: status.UNAVAILABLE,
  INTERNAL: status.INTERNAL,
};

export const grpcStatusOfKind = (kind: ErrorKind): status => GRPC_OF_KIND[kind];

/** The inverse, for clients; deadline and cancellation read as the downstream being unavailable. */
export function kindOfGrpcStatus(code: number): ErrorKind {
  // Services never rate-limit (the gateway does, before any call): their RESOURCE_EXHAUSTED is an overload.
  if (code === status.RESOURCE_EXHAUSTED) return 'OVERLOADED';
  for (const [kind, c] of Object.entries(GRPC_OF_KIND)) if (c === code) return kind as ErrorKind;
  if (code === status.DEADLINE_EXCEEDED || code === status.CANCELLED) return 'UNAVAILABLE';
  return 'INTERNAL';
}
