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

/** How far before the server's clock a version meant to start "now" may be dated (the admin's clock may run behind). */
export const EFFECTIVE_FROM_SKEW_MS = 5 * 60_000;

/**
 * A new version takes effect now or later. Dated earlier, it would claim a rate was in force for
 * settlements that used another (each keeps the rule it recorded), and one dated before the current
 * version would never apply at all.
 */
export const isBackdated = (effectiveFrom: Date, now: Date): boolean => effectiveFrom.getTime() < now.getTime() - EFFECTIVE_FROM_SKEW_MS;

/** How far ahead a version may be scheduled: a year (a date like 9999-12-31 is a slip, and would sit in the list for good). */
export const SCHEDULE_AHEAD_MS = 366 * 24 * 3_600_000;

export const isTooFarAhead = (effectiveFrom: Date, now: Date): boolean => effectiveFrom.getTime() > now.getTime() + SCHEDULE_AHEAD_MS;

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
