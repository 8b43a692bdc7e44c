import { inTransaction } from '@ziba/persistence';
import type { Actor } from '@ziba/service-kit';
import { AppError, isAppError } from '@ziba/service-kit/errors';
import { gauge } from '@ziba/service-kit';
import { requireReason } from '../domain/staff-reason.ts';
import { countryFilter, listMode } from '../domain/list-filters.ts';
import { TripErrors } from '../domain/trip-state.ts';
import { TripRepository, type TripRow } from '../persistence/trip.repository.ts';
import { holdIdOf } from './collaborators.ts';
import { hasOpenHold, releaseHold } from './fare-hold.ts';
import type { TripContext } from './trip-context.ts';
import { toTripMessage } from './trip-mapper.ts';

const staleHolds = gauge({
  name: 'trip_stale_open_holds',
  help: 'Fare holds open longer than STUCK_HOLD_AFTER_MS (trips completed and never settled, or undecided)',
});

/** Sets the stale-hold gauge; runs with the recovery pass. */
export async function measureStaleHolds(ctx: TripContext, olderThanMs: number): Promise<number> {
  const n = await TripRepository.countStaleHolds(ctx.orm.em.fork(), new Date(Date.now() - olderThanMs));
  staleHolds.set(n);
  return n;
}

const toStuckHold = (t: TripRow) => ({
  tripId: t.id,
  serviceType: t.serviceType,
  status: t.status,
  paymentMethod: t.paymentMethod,
  countryCode: t.countryCode,
  mode: t.mode,
  riderId: t.riderId,
  driverId: t.driverId ?? '',
  holdId: holdIdOf(t.id, t.holdAttempt),
  holdState: t.holdState,
  amount: { amount: t.fare.toString(), currency: t.currency },
  openedAt: t.holdOpenedAt?.toISOString() ?? '',
});

/** Holds open longer than the configured age, oldest first: recovery could not decide on them. Live unless test is asked for. */
export async function listStuckHolds(ctx: TripContext, olderThanMs: number, input: { limit: number; countryCode: string; mode: string }) {
  const { limit } = input;
  if (!Number.isInteger(limit) || limit < 0 || limit > 200) throw TripErrors.invalid('limit', 'must be from 1 to 200');
  const filters = { mode: listMode(input.mode), countryCode: countryFilter(input.countryCode) };
  const rows = await TripRepository.staleHolds(ctx.orm.em.fork(), { openedBefore: new Date(Date.now() - olderThanMs), limit: limit || 50, ...filters });
  return { holds: rows.map(toStuckHold) };
}

/**
 * An admin gives a stuck hold back to the rider, with a reason that goes to the audit trail. Only a
 * hold on the stuck list: a younger one belongs to a trip still running. The trip keeps its status;
 * settling it afterwards is refused (no locked fare). A retry whose first answer was lost (same admin,
 * same Idempotency-Key) is answered with the trip, not refused for a hold no longer open.
 */
export async function releaseStuckHold(
  ctx: TripContext,
  actor: Actor | null,
  tripId: string,
  reason: string,
  olderThanMs: number,
  requestKey: string | null = null,
) {
  if (actor?.type !== 'ADMIN') throw new AppError('FORBIDDEN', 'ADMIN_ONLY', 'stuck holds are released by admins');
  const why = requireReason(reason);
  try {
    const message = await inTransaction(ctx, async (em) => {
      const trip = await TripRepository.find(em, tripId, { lock: true });
      if (!trip) throw TripErrors.notYours();
      if (!hasOpenHold(trip)) throw new AppError('CONFLICT', 'NO_OPEN_HOLD', 'this trip has no open hold');
      if (!trip.holdOpenedAt || trip.holdOpenedAt.getTime() > Date.now() - olderThanMs)
        throw new AppError('CONFLICT', 'HOLD_NOT_STUCK', 'this hold belongs to a trip still in its normal course');
      const released = await releaseHold(ctx, em, trip, actor, { reason: why, requestKey });
      return toTripMessage(em, { ...trip, ...released }, actor);
    });
    ctx.logger.warn({ tripId, adminId: actor.id }, 'stuck fare hold released by an admin');
    return message;
  } catch (err) {
    if (!isAppError(err) || err.code !== 'NO_OPEN_HOLD' || !requestKey) throw err;
    const em = ctx.orm.em.fork();
    const earlier = await TripRepository.holdReleasedWith(em, tripId, actor.id, requestKey);
    if (!earlier) throw err;
    // The key of another request (a cancel, a release for another reason) is no retry of this one.
    if (earlier.reason !== why) throw new AppError('CONFLICT', 'IDEMPOTENCY_KEY_REUSED', 'this Idempotency-Key was used for a different request');
    return toTripMessage(em, (await TripRepository.find(em, tripId))!, actor);
  }
}
