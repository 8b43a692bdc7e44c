/** One setting a record changed: which, from what (empty for a first value) to what; money in minor units of `currency`. */
export interface SettingChange {
  field: string;
  from: string;
  to: string;
  currency: string;
}

const TARIFF_CHANGED = 'trip.tariff-changed.v1';
const TARIFF_PRICES = ['baseFare', 'perKm', 'minimumFare'] as const;

/** The events that change a setting in place (its old value is gone once changed), so their records say what they changed. */
export const SETTING_EVENTS: readonly string[] = [TARIFF_CHANGED];

type Prices = Record<(typeof TARIFF_PRICES)[number], string>;
interface TariffChanged extends Prices {
  currency: string;
  previous?: Prices | null;
}

/**
 * What a record's event changed, read from the event the record holds, so the trail answers "from
 * what to what" after the setting has moved on: a tariff's prices that moved (every price for a
 * first tariff). None for any other event, nor for a tariff event written before events carried
 * what they replaced (`previous` absent): the trail does not guess.
 */
export function settingChangesOf(eventType: string, event: unknown): SettingChange[] {
  if (eventType !== TARIFF_CHANGED || typeof event !== 'object' || event === null) return [];
  const e = event as TariffChanged;
  if (e.previous === undefined) return [];
  return TARIFF_PRICES.filter((p) => e.previous?.[p] !== e[p]).map((p) => ({ field: p, from: e.previous?.[p] ?? '', to: e[p], currency: e.currency }));
}
