import { UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import type { TripStatusChangedV1 } from '@ziba/contracts';
import { enqueueEvent, type SqlExecutor } from '@ziba/messaging';
import type { Actor } from '@ziba/service-kit';
import { AppError } from '@ziba/service-kit/errors';
import type { ServiceType, TripStatus } from '../domain/trip-state.ts';
import { TripRepository } from '../persistence/trip.repository.ts';
import { SOURCE, type TripContext } from './trip-context.ts';
import { toTripMessage } from './trip-mapper.ts';

type TripMessage = Awaited<ReturnType<typeof toTripMessage>>;

/**
 * Records one step of a trip's state machine and announces it, in the caller's transaction (which
 * holds the trip's row lock): the transition row and the trip.status-changed event commit together.
 */
export async function moved(
  em: SqlExecutor,
  tripId: string,
  serviceType: ServiceType,
  from: TripStatus | null,
  to: TripStatus,
  actor: { type: string; id: string },
  requestKey: string | null = null,
): Promise<void> {
  await TripRepository.recordTransition(em, tripId, from, to, actor, requestKey);
  await enqueueEvent<TripStatusChangedV1>(em, SOURCE, {
    type: 'trip.status-changed.v1',
    aggregateType: 'trip',
    aggregateId: tripId,
    actor: null,
    data: { tripId, serviceType, from: from ?? '', to, actorType: actor.type, actorId: actor.id },
  });
}

/**
 * The step (the status it led to) a refused request took before, when it is the retry of a request
 * whose answer was lost on the way (a 5xx, a cut connection): the same actor and Idempotency-Key are
 * on a step of this trip. SPEC 8 answers a repeat with the first result, so such a retry is answered
 * with what that step did, not refused. Asked only once a request is refused, so a step taken for
 * the first time costs nothing more.
 */
export async function stepTakenBy(em: SqlExecutor, err: unknown, tripId: string, actor: Actor | null, requestKey: string | null): Promise<TripStatus | null> {
  if (!requestKey || !actor || !(err instanceof AppError) || err.kind !== 'CONFLICT') return null;
  return TripRepository.stepTakenWith(em, tripId, actor.id, requestKey);
}

/**
 * Creates a trip or a food order once per requester and Idempotency-Key: its first step carries the
 * key under a unique index, so a repeat (a retry whose answer was lost, or a concurrent double tap
 * that reached the service) fails to insert and is answered with the first one.
 */
export async function createdOnce(ctx: TripContext, requesterId: string, requestKey: string | null, create: () => Promise<TripMessage>): Promise<TripMessage> {
  try {
    return await create();
  } catch (err) {
    if (!requestKey || !(err instanceof UniqueConstraintViolationException)) throw err;
    const em = ctx.orm.em.fork();
    const id = await TripRepository.createdWith(em, requesterId, requestKey);
    if (!id) throw err;
    return toTripMessage(em, (await TripRepository.find(em, id))!);
  }
}
