import { inTransaction } from '@ziba/persistence';
import type { Actor } from '@ziba/service-kit';
import { AppError } from '@ziba/service-kit/errors';
import { modeOf } from '@ziba/service-kit/mode';
import { randomUUID } from 'node:crypto';
import { stepReason } from '../domain/staff-reason.ts';
import { priceTrip } from '../domain/pricing.ts';
import { assertDistance, TRIP_DISTANCE_METERS } from '../domain/distance.ts';
import { assertFareCovered } from '../domain/fare-cover.ts';
import { assertMayAct, maySee, partyOf, takesTrip } from '../domain/trip-access.ts';
import {
  CUSTOMER_MAY_PAY_AT,
  DRIVER_SETS_OFF,
  HOLD_ACTION,
  isCancelled,
  isStepOf,
  nextStatus,
  refuseOtherMarket,
  PAYMENT_METHODS,
  TripErrors,
  type Action,
  type PaymentMethod,
  type ServiceType,
  type TripStatus,
} from '../domain/trip-state.ts';
import { DriverPresenceRepository } from '../persistence/driver-presence.repository.ts';
import { TariffRepository } from '../persistence/tariff.repository.ts';
import { TripRepository, type TripRow } from '../persistence/trip.repository.ts';
import { Identity, Wallets } from './collaborators.ts';
import { hasOpenHold, holdFare, releaseHold } from './fare-hold.ts';
import { SOURCE, type TripContext } from './trip-context.ts';
import { toTripMessage } from './trip-mapper.ts';
import { createdOnce, moved, stepTakenBy } from './trip-transitions.ts';

/** A rider asks for a trip; the fare is priced here from the tariff, never taken from the client. */
export async function requestTrip(
  ctx: TripContext,
  actor: Actor | null,
  input: { serviceType: string; paymentMethod: string; distanceMeters: number },
  requestKey: string | null = null,
) {
  const { party, id: riderId } = partyOf(actor);
  if (party !== 'RIDER') throw new AppError('FORBIDDEN', 'ACTION_NOT_ALLOWED', 'only riders request trips');
  if (input.serviceType !== 'RIDE' && input.serviceType !== 'PARCEL')
    throw TripErrors.invalid('serviceType', 'must be RIDE or PARCEL (food is ordered from a menu)');
  if (!PAYMENT_METHODS.includes(input.paymentMethod as PaymentMethod)) throw TripErrors.invalid('paymentMethod', 'must be CASH or ONLINE');
  assertDistance(input.distanceMeters, TRIP_DISTANCE_METERS);
  const sameRequest = (t: TripRow) =>
    t.serviceType === input.serviceType && t.paymentMethod === input.paymentMethod && t.distanceMeters === input.distanceMeters;
  return createdOnce(ctx, riderId, requestKey, sameRequest, () => createTrip(ctx, actor, riderId, input, requestKey));
}

/** Identity's checks of the rider, then the trip and its first steps in one transaction. */
async function createTrip(
  ctx: TripContext,
  actor: Actor | null,
  riderId: string,
  input: { serviceType: string; paymentMethod: string; distanceMeters: number },
  requestKey: string | null,
) {
  const user = await Identity.user(ctx, riderId);
  const mode = modeOf(user.testMode);
  await Identity.requireEligible(ctx, riderId, 'TRANSACT', mode, actor);
  const tariff = await TariffRepository.forService(ctx.orm.em.fork(), user.countryCode, input.serviceType as ServiceType);
  if (!tariff) throw new AppError('REFUSED', 'SERVICE_NOT_OFFERED', `${input.serviceType} is not offered in ${user.countryCode}`);
  const fare = priceTrip(tariff, input.distanceMeters);
  const paymentMethod = input.paymentMethod as PaymentMethod;
  if (paymentMethod === 'ONLINE') assertFareCovered(paymentMethod, fare, await Wallets.available(ctx, riderId, { currency: tariff.currency, mode }));
  return inTransaction(ctx, async (em) => {
    const trip = {
      id: randomUUID(),
      serviceType: input.serviceType as ServiceType,
      status: 'SEARCHING_DRIVER' as TripStatus,
      countryCode: user.countryCode,
      currency: tariff.currency,
      mode: mode as TripRow['mode'],
      paymentMethod,
      riderId,
      distanceMeters: input.distanceMeters,
      fare,
      restaurantId: null,
      foodSubtotal: null,
      deliveryFee: null,
    };
    await TripRepository.insert(em, trip);
    await moved(em, { tripId: trip.id, serviceType: trip.serviceType, from: null, to: 'REQUESTED', actor: { type: 'USER', id: riderId }, requestKey });
    await moved(em, { tripId: trip.id, serviceType: trip.serviceType, from: 'REQUESTED', to: 'SEARCHING_DRIVER', actor: { type: 'SYSTEM', id: SOURCE } });
    return toTripMessage(em, (await TripRepository.find(em, trip.id))!, actor);
  });
}

/** A trip, to its rider, its driver, or staff; to anyone else it does not exist. */
export async function getTrip(ctx: TripContext, actor: Actor | null, tripId: string) {
  const em = ctx.orm.em.fork();
  const trip = await TripRepository.find(em, tripId);
  if (!trip || !maySee(actor, trip)) throw TripErrors.notYours();
  return toTripMessage(em, trip, actor);
}

/** A step asked of a trip: the action, under the request's Idempotency-Key, through a route for one kind (food orders) or any. */
export interface StepRequest {
  tripId: string;
  action: string;
  requestKey: string | null;
  kind: ServiceType | null;
  /** Support's cancel says why (staff-reason.ts); nobody else gives one. */
  reason?: string;
}

/**
 * One step of the trip's state machine. Accepting asks identity (VERIFIED driver, same country,
 * currency and mode as the trip), needs the driver online and on no other trip (decided under the
 * trip's lock and the driver's, so two takes at once cannot both pass); the step into the hold state of an
 * ONLINE trip locks the fare first, and is refused when the rider cannot cover it. Every other step
 * is decided on the locked row, hold state included: a cancel gives back whatever is locked at that
 * moment, so a terminal trip never keeps a hold.
 */
export async function transition(ctx: TripContext, actor: Actor | null, step: StepRequest) {
  const { tripId, action, requestKey } = step;
  try {
    return await takeStep(ctx, actor, step);
  } catch (err) {
    const em = ctx.orm.em.fork();
    const step = await stepTakenBy(em, err, tripId, actor, requestKey);
    if (!step) throw err;
    const trip = (await TripRepository.find(em, tripId))!;
    if (!isStepOf(trip.serviceType, step, action, partyOf(actor).party)) throw err;
    return toTripMessage(em, trip, actor);
  }
}

async function takeStep(ctx: TripContext, actor: Actor | null, { tripId, action, requestKey, kind, reason: text }: StepRequest) {
  const { party, id: actorId } = partyOf(actor);
  const reason = stepReason(actor, action, text);
  const current = await TripRepository.find(ctx.orm.em.fork(), tripId);
  // A trip's type never changes, so it is checked once, before the lock: a food-order route never moves a ride.
  if (!current || (kind && current.serviceType !== kind) || (!maySee(actor, current) && !takesTrip(party, action, current.serviceType)))
    throw TripErrors.notYours();
  const to = nextStatus(current.serviceType, current.status, action, party);
  assertMayAct(current, action, party, actorId);

  const takes = takesTrip(party, action, current.serviceType);
  if (takes) {
    // The market first: a test-mode driver taking a live trip is told the modes differ, not a payout rule.
    refuseOtherMarket(await Identity.user(ctx, actorId), current);
    await Identity.requireEligible(ctx, actorId, 'ACCEPT_TRIP', current.mode, actor);
    if (!(await DriverPresenceRepository.isOnline(ctx.orm.em.fork(), actorId))) throw TripErrors.driverOffline();
  } else if (party === 'DRIVER' && DRIVER_SETS_OFF[current.serviceType].includes(action as Action)) {
    await Identity.requireEligible(ctx, actorId, 'ACCEPT_TRIP', current.mode, actor);
  } else if (party === 'RESTAURANT' && action === 'accept') {
    // Accepting is where a restaurant starts to earn from the order: no identity profile, no financial action (SPEC 3).
    await Identity.requireEligible(ctx, actorId, 'TRANSACT', current.mode, actor);
  }
  if (
    CUSTOMER_MAY_PAY_AT[current.serviceType].includes(action as Action) &&
    !(await Identity.eligibility(ctx, current.riderId, 'TRANSACT', current.mode, actor)).allowed
  )
    throw TripErrors.customerNotEligible();
  if (action === HOLD_ACTION[current.serviceType] && current.paymentMethod === 'ONLINE') return holdFare(ctx, actor!, current, to, requestKey);

  const message = await inTransaction(ctx, async (em) => {
    const trip = (await TripRepository.find(em, tripId, { lock: true }))!;
    const next = nextStatus(trip.serviceType, trip.status, action, party); // again, under the lock
    assertMayAct(trip, action, party, actorId);
    if (takes) {
      const other = await TripRepository.driversOtherTrip(em, actorId, tripId);
      if (other) throw TripErrors.driverBusy(other.serviceType);
    }
    const released = isCancelled(next) && hasOpenHold(trip) ? await releaseHold(ctx, em, trip, actor, { requestKey, reason: reason ?? undefined }) : {};
    const patch = takes ? { status: next, driverId: actorId } : { status: next };
    const by = { type: actor!.type, id: actorId };
    const people = { riderId: trip.riderId, driverId: takes ? actorId : trip.driverId, restaurantId: trip.restaurantId };
    await moved(em, { tripId, serviceType: trip.serviceType, from: trip.status, to: next, actor: by, requestKey, patch, reason, people });
    return toTripMessage(em, { ...trip, ...released, ...patch }, actor); // the row as the step left it, without reading it again
  });
  return message;
}
