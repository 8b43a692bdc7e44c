import type { TripSettledV1 } from '@ziba/contracts';
import { enqueueEvent } from '@ziba/messaging';
import { inTransaction } from '@ziba/persistence';
import type { Actor } from '@ziba/service-kit';
import { AppError } from '@ziba/service-kit/errors';
import { ruleInForce, type RuleService } from '../domain/commission.ts';
import { assertSettleable, ruleServicesOf, settlementOf } from '../domain/settlement.ts';
import { TripErrors } from '../domain/trip-state.ts';
import { CommissionRuleRepository } from '../persistence/commission-rule.repository.ts';
import { TripRepository } from '../persistence/trip.repository.ts';
import { holdIdOf, Wallets } from './collaborators.ts';
import { SOURCE, type TripContext } from './trip-context.ts';
import { moved } from './trip-transitions.ts';

/**
 * Explicit settlement (SPEC section 5), by staff or a system job only. The trip row stays locked
 * while the one ledger entry is posted, so concurrent calls queue and all but the first find it
 * SETTLED. The entry's key is the trip's, so a retry after a crash replays it instead of paying twice;
 * if the ledger refuses, nothing is written anywhere.
 */
export async function settleTrip(ctx: TripContext, actor: Actor | null, tripId: string, now = new Date()) {
  if (actor?.type !== 'ADMIN' && actor?.type !== 'SYSTEM')
    throw new AppError('FORBIDDEN', 'ACTION_NOT_ALLOWED', 'trips are settled by staff or the settlement job');
  const summary = await inTransaction(ctx, async (em) => {
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
    const entryId = legs.length > 0 ? (await Wallets.settle(ctx, trip, legs)).entryId : '';

    await TripRepository.update(em, trip.id, {
      status: 'SETTLED',
      settledAt: now,
      commissionRuleId: rule.id,
      commissionBps: rule.bps,
      driverAmount: split.driver.minor,
      platformAmount: split.platform.minor,
      settlementEntryId: entryId || null,
      ...(trip.paymentMethod === 'ONLINE' ? { holdState: 'SETTLED' as const } : {}),
      ...(restaurant ? { restaurantAmount: restaurant.amount, restaurantRuleId: restaurant.rule.id, restaurantBps: restaurant.rule.bps } : {}),
    });
    await moved(em, trip.id, trip.serviceType, trip.status, 'SETTLED', { type: actor.type, id: actor.id });
    const data: TripSettledV1 = {
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
    };
    await enqueueEvent<TripSettledV1>(em, SOURCE, { type: 'trip.settled.v1', aggregateType: 'trip', aggregateId: trip.id, actor, data });
    const money = (amount: string) => ({ amount, currency: trip.currency });
    return {
      tripId: trip.id,
      entryId,
      fare: money(data.fare),
      driverAmount: money(data.driverAmount),
      platformAmount: money(data.platformAmount),
      commissionRuleId: rule.id,
      commissionBps: rule.bps,
      paymentMethod: trip.paymentMethod,
      settledAt: now.toISOString(),
      restaurantAmount: restaurant ? money(restaurant.amount.toString()) : null,
      restaurantRuleId: restaurant?.rule.id ?? '',
      restaurantBps: restaurant?.rule.bps ?? 0,
    };
  });
  return summary;
}
