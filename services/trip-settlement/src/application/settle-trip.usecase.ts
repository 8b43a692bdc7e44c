import type { TripSettledV1 } from '@ziba/contracts';
import type { NewEvent } from '@ziba/messaging';
import { inTransaction } from '@ziba/persistence';
import type { Actor } from '@ziba/service-kit';
import { AppError } from '@ziba/service-kit/errors';
import { ruleInForce, type RuleService } from '../domain/commission.ts';
import { assertSettleable, ruleServicesOf, settlementOf } from '../domain/settlement.ts';
import { TripErrors } from '../domain/trip-state.ts';
import { CommissionRuleRepository } from '../persistence/commission-rule.repository.ts';
import { TripRepository, type TripRow, type TripSettlementColumns } from '../persistence/trip.repository.ts';
import { holdIdOf, Wallets } from './collaborators.ts';
import type { TripContext } from './trip-context.ts';
import { moved, stepTakenBy } from './trip-transitions.ts';

/**
 * Explicit settlement (SPEC section 5), by staff or a system job only. The trip row stays locked
 * while the one ledger entry is posted, so concurrent calls queue and all but the first find it
 * SETTLED. The entry's key is the trip's, so a retry after a crash replays it instead of paying twice;
 * if the ledger refuses, nothing is written anywhere. A retry of a settle whose answer was lost (same
 * actor and Idempotency-Key) is answered with that settlement, not TRIP_ALREADY_SETTLED.
 */
export async function settleTrip(ctx: TripContext, actor: Actor | null, tripId: string, requestKey: string | null = null, now = new Date()) {
  if (actor?.type !== 'ADMIN' && actor?.type !== 'SYSTEM')
    throw new AppError('FORBIDDEN', 'ACTION_NOT_ALLOWED', 'trips are settled by staff or the settlement job');
  try {
    return await settle(ctx, actor, tripId, requestKey, now);
  } catch (err) {
    const em = ctx.orm.em.fork();
    if ((await stepTakenBy(em, err, tripId, actor, requestKey))?.to !== 'SETTLED') throw err;
    return summaryOf((await TripRepository.find(em, tripId))!, (await TripRepository.settlement(em, tripId))!);
  }
}

/** What a settle answers, from what the settlement recorded on the trip: the same for the settle and for its retries. */
function summaryOf(trip: TripRow, s: TripSettlementColumns) {
  const money = (amount: bigint) => ({ amount: amount.toString(), currency: trip.currency });
  return {
    tripId: trip.id,
    entryId: s.settlementEntryId ?? '',
    fare: money(trip.fare),
    driverAmount: money(s.driverAmount),
    platformAmount: money(s.platformAmount),
    commissionRuleId: s.commissionRuleId,
    commissionBps: s.commissionBps,
    paymentMethod: trip.paymentMethod,
    settledAt: trip.settledAt!.toISOString(),
    restaurantAmount: s.restaurantAmount === null ? null : money(s.restaurantAmount),
    restaurantRuleId: s.restaurantRuleId ?? '',
    restaurantBps: s.restaurantBps ?? 0,
  };
}

async function settle(ctx: TripContext, actor: Actor, tripId: string, requestKey: string | null, now: Date) {
  return inTransaction(ctx, async (em) => {
    const trip = await TripRepository.find(em, tripId, { lock: true });
    if (!trip) throw TripErrors.notYours();
    assertSettleable(trip);

    const rulesOf = async (service: RuleService) =>
      ruleInForce(
        await CommissionRuleRepository.list(em, { serviceType: service, countryCode: trip.countryCode, paymentMethod: trip.paymentMethod }),
        service,
        trip.countryCode,
        trip.paymentMethod,
        now,
      );
    const walletOf = (ownerId: string) => Wallets.idOf(ctx, ownerId, trip);
    const customerWalletId = trip.paymentMethod === 'ONLINE' ? await walletOf(trip.riderId) : '';
    const rules = [];
    for (const service of ruleServicesOf(trip.serviceType)) rules.push(await rulesOf(service));
    const restaurantWalletId = trip.serviceType === 'FOOD' ? await walletOf(trip.restaurantId!) : '';
    const { rule, restaurant, legs, ...split } = settlementOf(trip, rules, {
      customerWalletId,
      restaurantWalletId,
      driverWalletId: await walletOf(trip.driverId!),
      holdId: holdIdOf(trip.id, trip.holdAttempt),
    });
    const entryId = legs.length > 0 ? (await Wallets.settle(ctx, trip, legs, actor)).entryId : '';

    const recorded: TripSettlementColumns = {
      commissionRuleId: rule.id,
      commissionBps: rule.bps,
      driverAmount: split.driver.minor,
      platformAmount: split.platform.minor,
      settlementEntryId: entryId || null,
      restaurantAmount: restaurant?.amount ?? null,
      restaurantRuleId: restaurant?.rule.id ?? null,
      restaurantBps: restaurant?.rule.bps ?? null,
    };
    const settled: NewEvent<TripSettledV1> = {
      type: 'trip.settled.v1',
      aggregateType: 'trip',
      aggregateId: trip.id,
      actor,
      data: {
        tripId: trip.id,
        serviceType: trip.serviceType,
        paymentMethod: trip.paymentMethod,
        entryId,
        currency: trip.currency,
        fare: trip.fare.toString(),
        driverAmount: split.driver.minor.toString(),
        platformAmount: split.platform.minor.toString(),
        commissionRuleId: rule.id,
        commissionBps: rule.bps,
        countryCode: trip.countryCode,
        restaurantId: trip.restaurantId,
        restaurantAmount: restaurant ? restaurant.amount.toString() : null,
      },
    };
    await moved(em, {
      tripId: trip.id,
      serviceType: trip.serviceType,
      from: trip.status,
      to: 'SETTLED',
      actor: { type: actor.type, id: actor.id },
      requestKey,
      patch: { status: 'SETTLED', settledAt: now, ...recorded, ...(trip.paymentMethod === 'ONLINE' ? { holdState: 'SETTLED' as const } : {}) },
      events: [settled],
    });
    return summaryOf({ ...trip, settledAt: now }, recorded);
  });
}
