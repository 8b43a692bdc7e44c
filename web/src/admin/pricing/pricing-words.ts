import type { Schemas } from '@ziba/api-client';

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
