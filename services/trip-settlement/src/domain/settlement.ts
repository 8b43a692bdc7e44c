import { Money } from '@ziba/money';
import { splitFare, splitFoodOrder, type RuleService } from './commission.ts';
import { foodSettlementLegs, settlementLegs, type LedgerLeg } from './settlement-entry.ts';
import { DONE, TripErrors, type PaymentMethod, type ServiceType, type TripStatus } from './trip-state.ts';

/** What settling reads of a trip. */
export interface SettleableTrip {
  serviceType: ServiceType;
  status: TripStatus;
  paymentMethod: PaymentMethod;
  holdState: string;
  driverId: string | null;
}

/**
 * Whether a trip may be settled now, each refusal named: TRIP_ALREADY_SETTLED (a repeat, which must
 * not pay twice); TRIP_NOT_COMPLETED (not done yet, or done without a driver to pay); NO_LOCKED_FARE
 * (an ONLINE trip whose fare is not held in the rider's wallet, so there is nothing to move).
 */
export function assertSettleable(t: SettleableTrip): void {
  if (t.status === 'SETTLED') throw TripErrors.alreadySettled();
  if (t.status !== DONE[t.serviceType]) throw TripErrors.notSettleable(t.status);
  if (t.paymentMethod === 'ONLINE' && t.holdState !== 'HELD') throw TripErrors.noLockedFare();
  if (!t.driverId) throw TripErrors.notSettleable(t.status);
}

/**
 * The commission rules a trip's settlement needs, in the order they are looked up: a food order
 * pays two commissions (the restaurant's on the food, the delivery's on the fee), a ride or a
 * parcel one, on the fare.
 */
export const ruleServicesOf = (serviceType: ServiceType): RuleService[] => (serviceType === 'FOOD' ? ['FOOD_RESTAURANT', 'FOOD_DELIVERY'] : [serviceType]);

type Rule = { id: string; bps: number };

/** The money of one settlement: who earns what, under which rules, and the ledger entry that pays it. */
export interface Settlement {
  /** The rule on the driver's part (the fare, or a food order's delivery fee). */
  rule: Rule;
  /** Food orders only: the restaurant's rule and what the restaurant earns. */
  restaurant: { rule: Rule; amount: bigint } | null;
  driver: Money;
  platform: Money;
  legs: LedgerLeg[];
}

/**
 * The food vs ride split of SPEC section 5. A ride or parcel: the fare splits into driver and
 * platform under one rule. A food order: the food subtotal splits between restaurant and platform,
 * the delivery fee between driver and platform, each under its own rule; the fare column is not
 * read. `rules` are those of ruleServicesOf, in its order.
 */
export function settlementOf(
  trip: { serviceType: ServiceType; paymentMethod: PaymentMethod; currency: string; fare: bigint; foodSubtotal: bigint | null; deliveryFee: bigint | null },
  rules: readonly Rule[],
  wallets: { customerWalletId: string; driverWalletId: string; restaurantWalletId: string; holdId: string },
): Settlement {
  if (trip.serviceType === 'FOOD') {
    const [restaurantRule, deliveryRule] = rules as [Rule, Rule];
    const food = splitFoodOrder(Money.of(trip.foodSubtotal!, trip.currency), Money.of(trip.deliveryFee!, trip.currency), restaurantRule.bps, deliveryRule.bps);
    const restaurantCommission = trip.foodSubtotal! - food.restaurant.minor;
    return {
      rule: deliveryRule,
      restaurant: { rule: restaurantRule, amount: food.restaurant.minor },
      driver: food.driver,
      platform: food.platform,
      legs: foodSettlementLegs(trip.paymentMethod, food, restaurantCommission, wallets),
    };
  }
  const [rule] = rules as [Rule];
  const split = splitFare(Money.of(trip.fare, trip.currency), rule.bps);
  return {
    rule,
    restaurant: null,
    driver: split.driver,
    platform: split.platform,
    legs: settlementLegs(trip.paymentMethod, split, {
      riderWalletId: wallets.customerWalletId,
      driverWalletId: wallets.driverWalletId,
      holdId: wallets.holdId,
    }),
  };
}
