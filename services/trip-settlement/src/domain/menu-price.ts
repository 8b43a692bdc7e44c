import { formatMinorUnits, isCurrencyCode } from '@ziba/money';
import { TripErrors } from './trip-state.ts';

/**
 * The most one menu item costs, in minor units of the restaurant's currency (₦500,000, $5,000,
 * ৳50,000, GH₵5,000, KSh 50,000): a dish or a party tray, not a typo of extra zeros that a cash
 * order would turn into commission the restaurant can never pay.
 */
export const MENU_PRICE_LIMIT: Readonly<Record<string, bigint>> = {
  NGN: 50_000_000n,
  USD: 500_000n,
  BDT: 5_000_000n,
  GHS: 500_000n,
  KES: 5_000_000n,
};

/**
 * A menu item's price: at least one minor unit and at most its currency's MENU_PRICE_LIMIT. `before`,
 * the item's price as stored: an item priced before the limit keeps that price through a rename or
 * an availability change, and only a new price is held to the limit.
 */
export function requireMenuPrice(price: bigint, currency: string, before: bigint | null = null): void {
  if (price <= 0n) throw TripErrors.invalid('price', 'must be at least 1 minor unit');
  if (price === before) return;
  const limit = MENU_PRICE_LIMIT[currency];
  if (limit === undefined || !isCurrencyCode(currency))
    throw TripErrors.invalid('price', `cannot be set in ${currency}: menus are not offered in this currency`);
  if (price > limit) throw TripErrors.invalid('price', `must be at most ${formatMinorUnits(limit, currency)} for one item`);
}
