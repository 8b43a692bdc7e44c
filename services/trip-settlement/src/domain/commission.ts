import { Money, splitByBasisPoints } from '@ziba/money';
import type { PaymentMethod } from './trip-state.ts';

export const RULE_SERVICES = ['RIDE', 'PARCEL', 'FOOD_RESTAURANT', 'FOOD_DELIVERY'] as const;
export type RuleService = (typeof RULE_SERVICES)[number];

export interface CommissionRule {
  id: string;
  serviceType: RuleService;
  countryCode: string;
  paymentMethod: PaymentMethod;
  bps: number;
  effectiveFrom: Date;
}

/** Seed 002's default when no rule matches: 15%. */
export const FALLBACK_BPS = 1500;
export const FALLBACK_RULE_ID = 'fallback-1500';

/** The rule in force at `at`: the latest effective-from not after it, for the exact service, country and method. */
export function ruleInForce(
  rules: readonly CommissionRule[],
  service: RuleService,
  countryCode: string,
  method: PaymentMethod,
  at: Date,
): { id: string; bps: number } {
  const candidates = rules
    .filter((r) => r.serviceType === service && r.countryCode === countryCode && r.paymentMethod === method && r.effectiveFrom <= at)
    .sort((a, b) => b.effectiveFrom.getTime() - a.effectiveFrom.getTime());
  return candidates[0] ? { id: candidates[0].id, bps: candidates[0].bps } : { id: FALLBACK_RULE_ID, bps: FALLBACK_BPS };
}

export interface TripSplit {
  fare: Money;
  driver: Money;
  platform: Money;
}

/** Platform share rounded half-up, the driver gets the rest: the two always add up to the fare. */
export function splitFare(fare: Money, bps: number): TripSplit {
  const { platform, earner } = splitByBasisPoints(fare, bps);
  return { fare, driver: earner, platform };
}

export interface FoodSplit {
  total: Money;
  restaurant: Money;
  driver: Money;
  /** Both commissions. */
  platform: Money;
}

/** Food orders split three ways: each commission on its own part, each rounded half-up on its own. */
export function splitFoodOrder(subtotal: Money, deliveryFee: Money, restaurantBps: number, deliveryBps: number): FoodSplit {
  const r = splitFare(subtotal, restaurantBps);
  const d = splitFare(deliveryFee, deliveryBps);
  return { total: subtotal.plus(deliveryFee), restaurant: r.driver, driver: d.driver, platform: r.platform.plus(d.platform) };
}
