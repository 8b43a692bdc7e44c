import type { TripHoldV1 } from '@ziba/contracts';
import { enqueueEvent, type SqlExecutor } from '@ziba/messaging';
import type { Actor } from '@ziba/service-kit';
import { AppError, isAppError } from '@ziba/service-kit/errors';
import { HOLD_ACTION, nextStatus, TripErrors, type TripStatus } from '../domain/trip-state.ts';
import { TripRepository, type TripRow } from '../persistence/trip.repository.ts';
import { holdIdOf, Wallets } from './collaborators.ts';
import { SOURCE, type TripContext } from './trip-context.ts';
import { toTripMessage } from './trip-mapper.ts';
import { assertMayAct, moved, partyOf } from './trips.usecase.ts';

/**
 * The ONLINE fare moves from the rider's available to locked before the trip may start. Three
 * steps, so no database lock is held while the wallet works: record the hold as REQUESTED (with
 * its attempt number, which names the hold and its idempotency key), ask the wallet, then record
 * HELD with the new status. A crash between the last two leaves REQUESTED, which recovery resolves.
 */
export async function holdFare(ctx: TripContext, actor: Actor, current: TripRow, to: TripStatus) {
  const { party } = partyOf(actor);
  const action = HOLD_ACTION[current.serviceType];
  const attempt = await ctx.orm.em.fork().transactional(async (em) => {
    const trip = (await TripRepository.find(em, current.id, { lock: true }))!;
    if (nextStatus(trip.serviceType, trip.status, action, party) !== to) throw TripErrors.illegal(trip.status, action);
    if (trip.holdState === 'REQUESTED') throw new AppError('CONFLICT', 'HOLD_IN_PROGRESS', 'the fare is being locked; try again shortly');
    assertMayAct(trip, action, party, actor.id);
    const n = trip.holdAttempt + 1;
    await TripRepository.update(em, trip.id, { hold_state: 'REQUESTED', hold_attempt: n, hold_id: holdIdOf(trip.id, n), hold_requested_at: new Date() });
    return n;
  });

  try {
    await Wallets.hold(ctx, current, attempt);
  } catch (err) {
    // Refused by the ledger (not enough funds, say): nothing is locked, the trip does not move.
    if (isAppError(err) && err.kind !== 'UNAVAILABLE' && err.kind !== 'INTERNAL') {
      await ctx.orm.em.fork().transactional((em) => TripRepository.update(em, current.id, { hold_state: 'NONE', hold_requested_at: null }));
    }
    throw err;
  }
  ctx.afterHoldForTests?.();

  const message = await ctx.orm.em.fork().transactional(async (em) => {
    const trip = (await TripRepository.find(em, current.id, { lock: true }))!;
    if (trip.holdState !== 'REQUESTED' || trip.holdAttempt !== attempt) throw new AppError('CONFLICT', 'TRIP_CHANGED', 'the trip changed while its fare was being locked');
    await TripRepository.update(em, trip.id, { status: to, hold_state: 'HELD', hold_requested_at: null });
    await moved(em, trip.id, trip.serviceType, trip.status, to, { type: actor.type, id: actor.id });
    await announceHold(em, 'trip.fare-held.v1', trip);
    return toTripMessage(em, (await TripRepository.find(em, trip.id))!);
  });
  ctx.onCommit();
  return message;
}

/** Cancelling a trip whose fare is locked gives the fare back in the same step. */
export async function releaseFare(ctx: TripContext, actor: Actor, current: TripRow, to: TripStatus) {
  const { party } = partyOf(actor);
  const message = await ctx.orm.em.fork().transactional(async (em) => {
    const trip = (await TripRepository.find(em, current.id, { lock: true }))!;
    const next = nextStatus(trip.serviceType, trip.status, 'cancel', party);
    if (next !== to) throw TripErrors.illegal(trip.status, 'cancel');
    await settleHoldFate(ctx, trip);
    await TripRepository.update(em, trip.id, { status: next, hold_state: 'RELEASED', hold_requested_at: null });
    await moved(em, trip.id, trip.serviceType, trip.status, next, { type: actor.type, id: actor.id });
    await announceHold(em, 'trip.fare-released.v1', trip);
    return toTripMessage(em, (await TripRepository.find(em, trip.id))!);
  });
  ctx.onCommit();
  return message;
}

/**
 * Resolves holds asked of the wallet but never recorded (the process died in between): the same
 * request again makes its outcome certain (the key replays it), then the hold is released. The
 * trip stays where it was, so the driver can start it again. Runs at start and periodically.
 */
export async function recoverUnfinishedHolds(ctx: TripContext, olderThanMs: number): Promise<number> {
  const ids = await TripRepository.unfinishedHolds(ctx.orm.em.fork(), new Date(Date.now() - olderThanMs));
  for (const id of ids) {
    await ctx.orm.em.fork().transactional(async (em) => {
      const trip = await TripRepository.find(em, id, { lock: true });
      if (trip?.holdState !== 'REQUESTED') return;
      await settleHoldFate(ctx, trip);
      await TripRepository.update(em, id, { hold_state: 'RELEASED', hold_requested_at: null });
      await announceHold(em, 'trip.fare-released.v1', trip);
    });
    ctx.logger.warn({ tripId: id }, 'unfinished fare hold released');
  }
  if (ids.length) ctx.onCommit();
  return ids.length;
}

/** Whatever the wallet did with this attempt's hold, afterwards nothing of it stays locked. */
async function settleHoldFate(ctx: TripContext, trip: TripRow): Promise<void> {
  if (trip.holdState === 'REQUESTED') {
    try {
      await Wallets.hold(ctx, trip, trip.holdAttempt);
    } catch (err) {
      if (!(isAppError(err) && err.kind !== 'UNAVAILABLE' && err.kind !== 'INTERNAL')) throw err;
    }
  }
  await Wallets.release(ctx, trip, trip.holdAttempt);
}

async function announceHold(em: SqlExecutor, type: 'trip.fare-held.v1' | 'trip.fare-released.v1', t: TripRow): Promise<void> {
  await enqueueEvent<TripHoldV1>(em, SOURCE, {
    type, aggregateType: 'trip', aggregateId: t.id, actor: null,
    data: { tripId: t.id, riderId: t.riderId, holdId: holdIdOf(t.id, t.holdAttempt), amount: t.fare.toString(), currency: t.currency },
  });
}
