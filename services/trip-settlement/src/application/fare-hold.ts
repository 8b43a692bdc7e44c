import type { TripHoldV1 } from '@ziba/contracts';
import { enqueueEvents, type NewEvent, type SqlExecutor } from '@ziba/messaging';
import { inTransaction } from '@ziba/persistence';
import type { Actor } from '@ziba/service-kit';
import { AppError, isRefusal } from '@ziba/service-kit/errors';
import { assertMayAct, partyOf } from '../domain/trip-access.ts';
import { HOLD_ACTION, nextStatus, TripErrors, type TripStatus } from '../domain/trip-state.ts';
import { TripRepository, type TripPatch, type TripRow } from '../persistence/trip.repository.ts';
import { holdIdOf, Wallets } from './collaborators.ts';
import { SOURCE, type TripContext } from './trip-context.ts';
import { toTripMessage } from './trip-mapper.ts';
import { moved } from './trip-transitions.ts';

/**
 * The ONLINE fare moves from the rider's available to locked before the trip may start. Three
 * steps, so no database lock is held while the wallet works: record the hold as REQUESTED (with
 * its attempt number, which names the hold and its idempotency key), ask the wallet, then record
 * HELD with the new status. A crash between the last two leaves REQUESTED, which recovery resolves.
 * A cancel that comes in between wins: it releases the attempt under the trip's lock, and this
 * step then finds the hold no longer its own and refuses (409), so a cancel that answered 200
 * never ends in a charge.
 */
export async function holdFare(ctx: TripContext, actor: Actor, current: TripRow, to: TripStatus, requestKey: string | null) {
  const { party } = partyOf(actor);
  const action = HOLD_ACTION[current.serviceType];
  const attempt = await inTransaction(ctx, async (em) => {
    const trip = (await TripRepository.find(em, current.id, { lock: true }))!;
    if (nextStatus(trip.serviceType, trip.status, action, party) !== to) throw TripErrors.illegal(trip.status, action);
    if (trip.holdState === 'REQUESTED') throw new AppError('CONFLICT', 'HOLD_IN_PROGRESS', 'the fare is being locked; try again shortly');
    assertMayAct(trip, action, party, actor.id);
    const n = trip.holdAttempt + 1;
    const now = new Date();
    await TripRepository.update(em, trip.id, {
      holdState: 'REQUESTED',
      holdAttempt: n,
      holdId: holdIdOf(trip.id, n),
      holdRequestedAt: now,
      holdOpenedAt: now,
    });
    return n;
  });
  const ours = (t: TripRow) => t.holdState === 'REQUESTED' && t.holdAttempt === attempt;

  try {
    await Wallets.hold(ctx, current, attempt, actor);
  } catch (err) {
    // Refused: nothing is locked and the trip does not move (unless a cancel already took the attempt over).
    if (isRefusal(err)) {
      await inTransaction(ctx, async (em) => {
        const trip = (await TripRepository.find(em, current.id, { lock: true }))!;
        if (ours(trip)) await TripRepository.update(em, trip.id, { holdState: 'NONE', holdRequestedAt: null, holdOpenedAt: null });
      });
      if (err.code === 'INSUFFICIENT_FUNDS') throw TripErrors.customerCannotCoverFare(current.serviceType);
    }
    throw err;
  }
  ctx.afterHoldForTests?.();

  const message = await inTransaction(ctx, async (em) => {
    const trip = (await TripRepository.find(em, current.id, { lock: true }))!;
    if (!ours(trip)) throw new AppError('CONFLICT', 'TRIP_CHANGED', 'the trip changed while its fare was being locked');
    const patch = { status: to, holdState: 'HELD' as const, holdRequestedAt: null };
    await moved(em, {
      tripId: trip.id,
      serviceType: trip.serviceType,
      from: trip.status,
      to,
      actor: { type: actor.type, id: actor.id },
      requestKey,
      patch,
      events: [holdEvent('trip.fare-held.v1', trip, actor)],
    });
    return toTripMessage(em, { ...trip, ...patch }, actor); // the row as the step left it, without reading it again
  });
  return message;
}

/** Whether this trip has a hold that is, or may be, open in the rider's wallet. */
export const hasOpenHold = (t: TripRow) => t.holdState === 'REQUESTED' || t.holdState === 'HELD';

/**
 * Gives back whatever the trip's current attempt locked, in the caller's transaction, which holds
 * the trip's row lock: the ledger entry is keyed by the attempt, so a retry releases once. Records
 * who released it (the service itself when no actor), why and under which request key. Returns the
 * trip's columns it changed.
 */
export async function releaseHold(
  ctx: TripContext,
  em: SqlExecutor,
  trip: TripRow,
  actor: Actor | null,
  release: { reason?: string; requestKey?: string | null } = {},
): Promise<TripPatch> {
  const gaveBack = await settleHoldFate(ctx, trip, actor);
  const released = { holdState: 'RELEASED' as const, holdRequestedAt: null, holdOpenedAt: null };
  const by = actor ? { type: actor.type, id: actor.id } : { type: 'SYSTEM', id: SOURCE };
  // Recorded even when the wallet held nothing (a hold asked and refused): the trail says 0 was given back, so no one is told of money returned.
  await enqueueEvents(
    em,
    SOURCE,
    [holdEvent('trip.fare-released.v1', trip, actor, { reason: release.reason, amount: gaveBack ? trip.fare : 0n })],
    [TripRepository.updateStatement(trip.id, released), TripRepository.holdReleaseStatement(trip, by, release.reason ?? null, release.requestKey ?? null)],
  );
  return released;
}

/**
 * Releases the holds recovery can decide on: asked of the wallet and never recorded (the process
 * died in between; the trip stays where it was, so the driver can start it again), or left open
 * on a cancelled trip. Runs at start and periodically; what it cannot decide stays for an admin.
 */
export async function recoverHolds(ctx: TripContext, requestedMoreThanMsAgo: number): Promise<number> {
  const ids = await TripRepository.recoverableHolds(ctx.orm.em.fork(), new Date(Date.now() - requestedMoreThanMsAgo));
  for (const id of ids) {
    await inTransaction(ctx, async (em) => {
      const trip = await TripRepository.find(em, id, { lock: true });
      if (!trip || !hasOpenHold(trip)) return;
      await releaseHold(ctx, em, trip, null);
      ctx.logger.warn({ tripId: id, status: trip.status }, 'fare hold released by recovery');
    });
  }
  return ids.length;
}

/**
 * Whatever the wallet did with this attempt's hold, afterwards nothing of it stays locked. The hold
 * asked again is the trip's own (no one caused it); the release names whoever asked for it. True when
 * the wallet gave something back.
 */
async function settleHoldFate(ctx: TripContext, trip: TripRow, releasedBy: Actor | null): Promise<boolean> {
  if (trip.holdState === 'REQUESTED') {
    try {
      await Wallets.hold(ctx, trip, trip.holdAttempt);
    } catch (err) {
      if (!isRefusal(err)) throw err;
    }
  }
  return Wallets.release(ctx, trip, trip.holdAttempt, releasedBy);
}

function holdEvent(
  type: 'trip.fare-held.v1' | 'trip.fare-released.v1',
  t: TripRow,
  actor: Actor | null,
  { reason, amount = t.fare }: { reason?: string; amount?: bigint } = {},
): NewEvent<TripHoldV1> {
  return {
    type,
    aggregateType: 'trip',
    aggregateId: t.id,
    actor,
    data: {
      tripId: t.id,
      riderId: t.riderId,
      holdId: holdIdOf(t.id, t.holdAttempt),
      amount: amount.toString(),
      currency: t.currency,
      ...(reason ? { reason } : {}),
    },
  };
}
