import type { Metadata } from '@grpc/grpc-js';
import { AsyncLocalStorage } from 'node:async_hooks';
import { AppError } from './errors.ts';

/** Who a call acts for; set by the gateway after it verified the user's token. */
export interface Actor {
  type: 'USER' | 'ADMIN' | 'SYSTEM';
  id: string;
  role?: string;
}

/**
 * The admin a ledger entry names as its cause (SPEC section 4): the acting admin (the gateway sends
 * type ADMIN; a USER with role ADMIN counts too), else none ('') for riders, drivers, the system job
 * and a service's own recovery.
 */
export const adminIdOf = (actor: Actor | null | undefined): string => (actor && (actor.type === 'ADMIN' || actor.role === 'ADMIN') ? actor.id : '');

/**
 * Who a ledger entry a service posts names as its cause: the admin (adminIdOf), else the user whose
 * own request it is (a driver's withdrawal, the step that locked a fare), else nobody (the system).
 * The ledger records it on the entry's event for the audit trail; it never authorises anything.
 */
export const entryCauseOf = (actor: Actor | null | undefined): { createdByAdminId: string; requestedByUserId: string } => {
  const createdByAdminId = adminIdOf(actor);
  return { createdByAdminId, requestedByUserId: !createdByAdminId && actor?.type === 'USER' ? actor.id : '' };
};

/**
 * Staff views (every rider's holds, every wallet, the earnings report): refused to a call acting for
 * a rider, driver or restaurant. The gateway checks the admin's permission first; a service asking on
 * its own account (no actor) passes.
 */
export function refuseUsers(actor: Actor | null | undefined, what: string): void {
  if (actor?.type === 'USER' && actor.role !== 'ADMIN') throw new AppError('FORBIDDEN', 'ADMIN_ONLY', `${what} are for staff`);
}

export interface CallContext {
  /** The authenticated calling service. */
  caller: string;
  actor: Actor | null;
  correlationId: string | null;
  /**
   * The client's Idempotency-Key for this request, as the gateway received it. A service that
   * records it with what the request did can answer a retry whose first answer was lost (a 5xx, a
   * cut connection) with that result instead of refusing the repeat.
   */
  requestKey: string | null;
}

export const MD = {
  authorization: 'authorization',
  actorId: 'x-actor-id',
  actorType: 'x-actor-type',
  actorRole: 'x-actor-role',
  correlationId: 'x-correlation-id',
  requestKey: 'x-request-key',
  errorCode: 'ziba-code',
  errorReasons: 'ziba-reasons',
} as const;

export function actorFromMetadata(md: Metadata): Actor | null {
  const id = first(md, MD.actorId);
  const type = first(md, MD.actorType);
  if (!id || (type !== 'USER' && type !== 'ADMIN' && type !== 'SYSTEM')) return null;
  const role = first(md, MD.actorRole);
  return role ? { type, id, role } : { type, id };
}

export function first(md: Metadata, key: string): string | undefined {
  const v = md.get(key)[0];
  return typeof v === 'string' ? v : undefined;
}

const callInProgress = new AsyncLocalStorage<CallContext>();

/** Runs a gRPC handler with its call's context, which whatever it starts can read (currentCorrelationId). */
export const withCallContext = <T>(ctx: CallContext, run: () => T): T => callInProgress.run(ctx, run);

/**
 * Runs one event's handler as part of the request that caused the event: what the handler writes
 * (a wallet opened for a registration) links to that request in the audit trail too.
 */
export const withEventContext = <T>(event: { correlationId: string | null }, run: () => T): T =>
  // No caller: the event's source is not an authenticated call.
  callInProgress.run({ caller: '', actor: null, correlationId: event.correlationId, requestKey: null }, run);

/**
 * Runs work that serves many calls (a batch of entries from several) outside any call's context, so
 * nothing it writes or asks is stamped with the call that happened to start it.
 */
export const outsideCallContext = <T>(run: () => T): T => callInProgress.exit(run);

/**
 * The request the work in progress serves (the gateway's correlation id): a call's, or the one that
 * caused the event a handler is handling; null for a scheduled job or a batch of several requests.
 * Events a handler writes carry it, and so do the calls it makes, so the audit trail links each
 * record to the request that caused it without every use case passing it along.
 */
export const currentCorrelationId = (): string | null => callInProgress.getStore()?.correlationId ?? null;
