import type { TripStatusChangedV1 } from '@ziba/contracts';
import { enqueueEvent, type SqlExecutor } from '@ziba/messaging';
import type { ServiceType, TripStatus } from '../domain/trip-state.ts';
import { TripRepository } from '../persistence/trip.repository.ts';
import { SOURCE } from './trip-context.ts';

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
): Promise<void> {
  await TripRepository.recordTransition(em, tripId, from, to, actor);
  await enqueueEvent<TripStatusChangedV1>(em, SOURCE, {
    type: 'trip.status-changed.v1',
    aggregateType: 'trip',
    aggregateId: tripId,
    actor: null,
    data: { tripId, serviceType, from: from ?? '', to, actorType: actor.type, actorId: actor.id },
  });
}
