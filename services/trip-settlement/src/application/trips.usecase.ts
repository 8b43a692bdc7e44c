import type { TripStatusChangedV1 } from '@ziba/contracts';
import { enqueueEvent, type SqlExecutor } from '@ziba/messaging';
import type { Actor } from '@ziba/service-kit';
import { AppError } from '@ziba/service-kit/errors';
import { randomUUID } from 'node:crypto';
import { priceTrip } from '../domain/pricing.ts';
import { DONE, HOLD_AT, nextStatus, PAYMENT_METHODS, SERVICE_TYPES, TripErrors, type Party, type PaymentMethod, type ServiceType, type TripStatus } from '../domain/trip-state.ts';
import { TripRepository, type TripRow } from '../persistence/trip.repository.ts';
import { Identity } from './collaborators.ts';
import { holdFare, releaseFare } from './fare-hold.ts';
import { SOURCE, type TripContext } from './trip-context.ts';
import { toTripMessage } from './trip-mapper.ts';

/** Who is acting on a trip, from the verified actor the gateway forwards. */
export function partyOf(actor: Actor | null): { party: Party; id: string } {
  if (actor?.type === 'USER' && actor.role === 'RIDER') return { party: 'RIDER', id: actor.id };
  if (actor?.type === 'USER' && actor.role === 'DRIVER') return { party: 'DRIVER', id: actor.id };
  if (actor?.type === 'SYSTEM' || actor?.type === 'ADMIN') return { party: 'SYSTEM', id: actor.id };
  throw new AppError('FORBIDDEN', 'ACTION_NOT_ALLOWED', 'riders request trips and drivers run them');
}

/** A rider asks for a trip; the fare is priced here from the tariff, never taken from the client. */
export async function requestTrip(ctx: TripContext, actor: Actor | null, input: { serviceType: string; paymentMethod: string; distanceMeters: number }) {
  const { party, id: riderId } = partyOf(actor);
  if (party !== 'RIDER') throw new AppError('FORBIDDEN', 'ACTION_NOT_ALLOWED', 'only riders request trips');
  if (!SERVICE_TYPES.includes(input.serviceType as ServiceType)) throw TripErrors.invalid('serviceType', `must be one of ${SERVICE_TYPES.join(', ')}`);
  if (!PAYMENT_METHODS.includes(input.paymentMethod as PaymentMethod)) throw TripErrors.invalid('paymentMethod', 'must be CASH or ONLINE');
  if (!Number.isInteger(input.distanceMeters) || input.distanceMeters < 100 || input.distanceMeters > 500_000) throw TripErrors.invalid('distanceMeters', 'must be a whole number from 100 to 500000');
  const user = await Identity.user(ctx, riderId);
  const mode = user.testMode ? 'test' : 'live';
  await Identity.requireEligible(ctx, riderId, 'TRANSACT', mode, actor);

  const message = await ctx.orm.em.fork().transactional(async (em) => {
    const tariff = await TripRepository.tariff(em, user.countryCode, input.serviceType as ServiceType);
    if (!tariff) throw new AppError('REFUSED', 'SERVICE_NOT_OFFERED', `${input.serviceType} is not offered in ${user.countryCode}`);
    const trip = {
      id: randomUUID(), serviceType: input.serviceType as ServiceType, status: 'SEARCHING_DRIVER' as TripStatus, countryCode: user.countryCode, currency: tariff.currency,
      mode: mode as TripRow['mode'], paymentMethod: input.paymentMethod as PaymentMethod, riderId, distanceMeters: input.distanceMeters, fare: priceTrip(tariff, input.distanceMeters),
    };
    await TripRepository.insert(em, trip);
    await moved(em, trip.id, trip.serviceType, null, 'REQUESTED', { type: 'USER', id: riderId });
    await moved(em, trip.id, trip.serviceType, 'REQUESTED', 'SEARCHING_DRIVER', { type: 'SYSTEM', id: SOURCE });
    return toTripMessage(em, (await TripRepository.find(em, trip.id))!);
  });
  ctx.onCommit();
  return message;
}

/** A trip, to its rider, its driver, or staff; to anyone else it does not exist. */
export async function getTrip(ctx: TripContext, actor: Actor | null, tripId: string) {
  const em = ctx.orm.em.fork();
  const trip = await TripRepository.find(em, tripId);
  if (!trip || !canSee(actor, trip)) throw TripErrors.notYours();
  return toTripMessage(em, trip);
}

const canSee = (actor: Actor | null, t: TripRow) => actor?.type === 'ADMIN' || actor?.type === 'SYSTEM' || actor?.id === t.riderId || (actor?.id != null && actor.id === t.driverId);

/**
 * One step of the trip's state machine. Accepting asks identity (VERIFIED driver) and needs the
 * driver online; the step into the hold state of an ONLINE trip locks the fare first, and is
 * refused when the rider cannot cover it; cancelling gives a locked fare back.
 */
export async function transition(ctx: TripContext, actor: Actor | null, tripId: string, action: string) {
  const { party, id: actorId } = partyOf(actor);
  const current = await TripRepository.find(ctx.orm.em.fork(), tripId);
  if (!current || (party !== 'SYSTEM' && actorId !== current.riderId && actorId !== current.driverId && !(action === 'accept' && party === 'DRIVER'))) throw TripErrors.notYours();
  const to = nextStatus(current.serviceType, current.status, action, party);

  if (action === 'accept') {
    await Identity.requireEligible(ctx, actorId, 'ACCEPT_TRIP', current.mode, actor);
    if (!(await TripRepository.isOnline(ctx.orm.em.fork(), actorId))) throw TripErrors.driverOffline();
  }
  if (to === HOLD_AT[current.serviceType] && current.paymentMethod === 'ONLINE') return holdFare(ctx, actor!, current, to);
  if (to.startsWith('CANCELLED_') && (current.holdState === 'HELD' || current.holdState === 'REQUESTED')) return releaseFare(ctx, actor!, current, to);

  const message = await ctx.orm.em.fork().transactional(async (em) => {
    const trip = (await TripRepository.find(em, tripId, { lock: true }))!;
    const next = nextStatus(trip.serviceType, trip.status, action, party); // again, under the lock
    if (action === 'accept') {
      if (trip.driverId && trip.driverId !== actorId) throw TripErrors.illegal(trip.status, action);
      await TripRepository.update(em, tripId, { status: next, driver_id: actorId });
    } else {
      if (party === 'DRIVER' && trip.driverId !== actorId) throw TripErrors.wrongParty(action);
      await TripRepository.update(em, tripId, { status: next });
    }
    await moved(em, tripId, trip.serviceType, trip.status, next, { type: actor!.type, id: actorId });
    return toTripMessage(em, (await TripRepository.find(em, tripId))!);
  });
  ctx.onCommit();
  return message;
}

/** Records a transition and announces it, in the caller's transaction. */
export async function moved(em: SqlExecutor, tripId: string, serviceType: ServiceType, from: TripStatus | null, to: TripStatus, actor: { type: string; id: string }): Promise<void> {
  await TripRepository.recordTransition(em, tripId, from, to, actor);
  await enqueueEvent<TripStatusChangedV1>(em, SOURCE, {
    type: 'trip.status-changed.v1', aggregateType: 'trip', aggregateId: tripId, actor: null,
    data: { tripId, serviceType, from: from ?? '', to, actorType: actor.type, actorId: actor.id },
  });
}

export const isDone = (t: TripRow) => t.status === DONE[t.serviceType];
