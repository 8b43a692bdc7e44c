/** One setting a record changed: which, from what (empty for a first value) to what; money in minor units of `currency` (empty for a value that is no money). */
export interface SettingChange {
  field: string;
  from: string;
  to: string;
  currency: string;
}

const TARIFF_CHANGED = 'trip.tariff-changed.v1';
const TARIFF_PRICES = ['baseFare', 'perKm', 'minimumFare'] as const;
const MENU_ITEM_CHANGED = 'trip.menu-item-changed.v1';
const COMMISSION_RULE_CHANGED = 'trip.commission-rule-changed.v1';
const ADMIN_ACCESS_CHANGED = 'identity.admin-access-changed.v1';

/**
 * The events that change a setting (a tariff and a menu item in place; a commission rule by a new
 * version; an admin's permissions), so their records say what they changed without the setting's own page.
 */
export const SETTING_EVENTS: readonly string[] = [TARIFF_CHANGED, MENU_ITEM_CHANGED, COMMISSION_RULE_CHANGED, ADMIN_ACCESS_CHANGED];

type Prices = Record<(typeof TARIFF_PRICES)[number], string>;
interface TariffChanged extends Prices {
  currency: string;
  previous?: Prices | null;
}

interface CommissionRuleChanged {
  serviceType: string;
  countryCode: string;
  paymentMethod: string;
  bps: number;
  effectiveFrom: string;
  previousBps?: number;
}

interface AdminAccessChanged {
  permissions: string[];
  previousPermissions: string[] | null;
}

interface MenuItemSettings {
  name: string;
  price: string;
  available: boolean;
}
interface MenuItemChanged extends MenuItemSettings {
  currency: string;
  previous: MenuItemSettings | null;
}

/**
 * What a record's event changed, read from the event the record holds, so the trail answers "from
 * what to what" after the setting has moved on: a tariff's prices that moved, a menu item's name,
 * price or availability (every value for a first one). None for any other event, nor for a tariff
 * event written before events carried what they replaced (`previous` absent): the trail does not guess.
 */
export function settingChangesOf(eventType: string, event: unknown): SettingChange[] {
  if (typeof event !== 'object' || event === null) return [];
  if (eventType === TARIFF_CHANGED) {
    const e = event as TariffChanged;
    if (e.previous === undefined) return [];
    return TARIFF_PRICES.filter((p) => e.previous?.[p] !== e[p]).map((p) => ({ field: p, from: e.previous?.[p] ?? '', to: e[p], currency: e.currency }));
  }
  if (eventType === MENU_ITEM_CHANGED) {
    const e = event as MenuItemChanged;
    const was = e.previous;
    const changes: SettingChange[] = [];
    if (was?.name !== e.name) changes.push({ field: 'name', from: was?.name ?? '', to: e.name, currency: '' });
    if (was?.price !== e.price) changes.push({ field: 'price', from: was?.price ?? '', to: e.price, currency: e.currency });
    if (was?.available !== e.available) changes.push({ field: 'available', from: was ? String(was.available) : '', to: String(e.available), currency: '' });
    return changes;
  }
  if (eventType === ADMIN_ACCESS_CHANGED) {
    // The permissions as a comma-separated list, before and after; none when they did not change (sign-ins or tokens ended).
    const e = event as AdminAccessChanged;
    const from = (e.previousPermissions ?? []).join(',');
    const to = e.permissions.join(',');
    return e.previousPermissions !== null && from === to ? [] : [{ field: 'permissions', from, to, currency: '' }];
  }
  if (eventType === COMMISSION_RULE_CHANGED) {
    // A new version: which rule (service, country, payment), the rate it replaces (none on events
    // written before they carried it) and from when.
    const e = event as CommissionRuleChanged;
    const first = (field: string, to: string) => ({ field, from: '', to, currency: '' });
    return [
      first('serviceType', e.serviceType),
      first('countryCode', e.countryCode),
      first('paymentMethod', e.paymentMethod),
      { field: 'bps', from: e.previousBps === undefined ? '' : String(e.previousBps), to: String(e.bps), currency: '' },
      first('effectiveFrom', e.effectiveFrom),
    ];
  }
  return [];
}
