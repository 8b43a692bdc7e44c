import { UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import type { EventActor, TripStatusChangedV1 } from '@ziba/contracts';
import { enqueueOutboxRows, outboxRowsOf, type NewEvent, type OutboxRow, type SqlExecutor, type SqlPart } from '@ziba/messaging';
import type { Actor } from '@ziba/service-kit';
import { AppError, isAppError } from '@ziba/service-kit/errors';
import type { ServiceType, TripStatus } from '../domain/trip-state.ts';
import { TripRepository, type TripPatch, type TripRow } from '../persistence/trip.repository.ts';
import { SOURCE, type TripContext } from './trip-context.ts';
import { toTripMessage } from './trip-mapper.ts';

type TripMessage = Awaited<ReturnType<typeof toTripMessage>>;

/** One step of a trip's state machine, as `moved` records it. */
export interface TripStep {
  tripId: string;
  serviceType: ServiceType;
  from: TripStatus | null;
  to: TripStatus;
  actor: EventActor;
  /** The Idempotency-Key the step was asked under, so a retry whose answer was lost finds it (stepTakenBy). */
  requestKey?: string | null;
  /** The trip's columns the step changes, its status among them; none for a trip just inserted at `to`. */
  patch?: TripPatch;
  /** What else the step announces beside trip.status-changed (trip.settled, trip.fare-held). */
  events?: ReadonlyArray<NewEvent<unknown>>;
  /** Why support took the step (its cancel), for the audit trail. */
  reason?: string | null;
  /** Who is on the trip after the step, announced so they can be told of it (a cancel by support). */
  people?: Pick<TripStatusChangedV1, 'riderId' | 'driverId' | 'restaurantId'>;
}

/**
 * Records one step of a trip's state machine and announces it, in the caller's transaction (which
 * holds the trip's row lock): the trip's changes, the transition row and the events commit together,
 * written in one statement (one round trip instead of one per row).
 */
export async function moved(em: SqlExecutor, step: TripStep): Promise<void> {
  await movedTogether(em, [stepWrites(step)]);
}

/** What a step writes: its rows (updated trip, transition) and its events' outbox rows, built in the context of the request that takes it. */
export interface StepWrites {
  parts: SqlPart[];
  events: OutboxRow[];
}

export function stepWrites(step: TripStep): StepWrites {
  const { tripId, serviceType, from, to, actor } = step;
  const statusChanged: NewEvent<TripStatusChangedV1> = {
    type: 'trip.status-changed.v1',
    aggregateType: 'trip',
    aggregateId: tripId,
    actor,
    data: {
      tripId,
      serviceType,
      from: from ?? '',
      to,
      actorType: actor.type,
      actorId: actor.id,
      ...(step.reason ? { reason: step.reason } : {}),
      ...step.people,
    },
  };
  return {
    parts: [
      ...(step.patch ? [TripRepository.updateStatement(tripId, step.patch)] : []),
      TripRepository.transitionStatement(tripId, from, to, actor, step.requestKey ?? null),
    ],
    events: outboxRowsOf(SOURCE, [statusChanged, ...(step.events ?? [])]),
  };
}

/** Several steps, of distinct trips whose rows the caller's transaction holds locked, in one statement (a batch of settlements). */
export async function movedTogether(em: SqlExecutor, steps: readonly StepWrites[]): Promise<void> {
  await enqueueOutboxRows(
    em,
    steps.flatMap((s) => s.events),
    steps.flatMap((s) => s.parts),
  );
}

/**
 * The step a refused request took before, when it is the retry of a request whose answer was lost on
 * the way (a 5xx, a cut connection): the same actor and Idempotency-Key are on a step of this trip.
 * SPEC 8 answers a repeat with the first result, so such a retry is answered with what that step did,
 * not refused; the caller checks the step is what the request asks (isStepOf), since a key reused for
 * another request is not its retry. Asked only once a request is refused, so a step taken for the
 * first time costs nothing more.
 */
export async function stepTakenBy(
  em: SqlExecutor,
  err: unknown,
  tripId: string,
  actor: Actor | null,
  requestKey: string | null,
): Promise<{ from: TripStatus | null; to: TripStatus } | null> {
  if (!requestKey || !actor || !isAppError(err) || err.kind !== 'CONFLICT') return null;
  return TripRepository.stepTakenWith(em, tripId, actor.id, requestKey);
}

/**
 * Creates a trip or a food order once per requester and Idempotency-Key: its first step carries the
 * key under a unique index. A repeat (a retry whose answer was lost, or a concurrent double tap that
 * reached the service) is answered with the first one, found before anything is checked again (the
 * menu or the rider's standing may have changed since) or, for a concurrent twin, when its insert
 * fails. The first one must be what this request asks for (`isSameRequest`); else the key was
 * reused for another request: 409 IDEMPOTENCY_KEY_REUSED, as the gateway says while it remembers.
 */
export async function createdOnce(
  ctx: TripContext,
  requesterId: string,
  requestKey: string | null,
  isSameRequest: (first: TripRow) => boolean,
  create: () => Promise<TripMessage>,
): Promise<TripMessage> {
  const first = async (): Promise<TripMessage | null> => {
    if (!requestKey) return null;
    const em = ctx.orm.em.fork();
    const id = await TripRepository.createdWith(em, requesterId, requestKey);
    if (!id) return null;
    const trip = (await TripRepository.find(em, id))!;
    if (!isSameRequest(trip)) throw new AppError('CONFLICT', 'IDEMPOTENCY_KEY_REUSED', 'this Idempotency-Key was used for a different request');
    return toTripMessage(em, trip, null); // the requester is its rider or customer, who has no share
  };
  const earlier = await first();
  if (earlier) return earlier;
  try {
    return await create();
  } catch (err) {
    if (!(err instanceof UniqueConstraintViolationException)) throw err;
    const twin = await first();
    if (!twin) throw err;
    return twin;
  }
}
