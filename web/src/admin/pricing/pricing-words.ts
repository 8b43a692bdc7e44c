import type { Schemas } from '@ziba/api-client';
import { dayAndTime } from '../../dates.ts';
import { bpsToPercent } from '../../money/percent.ts';

type RuleService = Schemas['CommissionRule']['serviceType'];
type TariffService = Schemas['Tariff']['serviceType'];

/** What a commission rule is taken on: a food order's two parts have a rule each (the restaurant's food, the driver's delivery). */
const RULE_SERVICE_WORDS: Record<RuleService, string> = {
  RIDE: 'Ride',
  PARCEL: 'Parcel',
  FOOD_RESTAURANT: 'Food order: the restaurant’s food',
  FOOD_DELIVERY: 'Food order: the delivery',
};

/** What a tariff prices: the FOOD tariff prices a food order's delivery fee. */
const TARIFF_SERVICE_WORDS: Record<TariffService, string> = { RIDE: 'Ride', PARCEL: 'Parcel', FOOD: 'Food delivery' };

const PAYMENT_WORDS: Record<Schemas['CommissionRule']['paymentMethod'], string> = { ONLINE: 'Online', CASH: 'Cash' };

export const ruleServiceWord = (service: RuleService) => RULE_SERVICE_WORDS[service] ?? service;
export const tariffServiceWord = (service: TariffService) => TARIFF_SERVICE_WORDS[service] ?? service;
export const paymentWord = (method: Schemas['CommissionRule']['paymentMethod']) => PAYMENT_WORDS[method] ?? method;

/**
 * The question a new commission version asks before it is saved: it changes what every trip of its
 * kind in the country pays from its effective date, so the admin reads the old and the new rate
 * and when, as for a weekly run. `current`: the rate in effect now (null: none yet); `from`: the
 * effective date as entered, empty for now.
 */
export function ruleChangeQuestion(v: {
  service: RuleService;
  method: Schemas['CommissionRule']['paymentMethod'];
  country: string;
  current: string | null;
  next: string;
  from: Date | null;
}): string {
  const what = `${ruleServiceWord(v.service)}, paid ${paymentWord(v.method).toLowerCase()}, in ${v.country}`;
  const when = v.from ? `from ${dayAndTime(v.from)}` : 'from now';
  return v.current ? `Change the commission on ${what} from ${v.current} to ${v.next}, ${when}?` : `Set the commission on ${what} to ${v.next}, ${when}?`;
}

/**
 * A warning for a rate at an edge (basis points): the earner keeps half or less of each fare, or the
 * platform earns nothing. The server accepts 0 to 100%; a slip of a digit should not pass unread.
 */
export function commissionWarning(bps: number): string | null {
  if (bps === 0) return 'At 0%, the platform earns nothing on these trips.';
  if (bps >= 10_000) return 'At 100%, the earner keeps nothing of each fare.';
  if (bps >= 5_000) return `At ${bpsToPercent(bps)}, the earner keeps only ${bpsToPercent(10_000 - bps)} of each fare.`;
  return null;
}

/**
 * Whether a tariff amount jumps to ten times what it is or more (minor units as text, compared as
 * bigints): riders are quoted from it at once, so an extra zero is asked about before it is saved.
 */
export const tenfoldOrMore = (now: string, next: string): boolean => BigInt(now) > 0n && BigInt(next) >= BigInt(now) * 10n;
