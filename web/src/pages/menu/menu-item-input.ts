import { amountInputProblem, formatMoney, parseAmountInput, toDecimalString } from '../../money/format-money.ts';

/**
 * The most one menu item may cost, in minor units of the restaurant's currency: trip-settlement's
 * MENU_PRICE_LIMIT (domain/menu-price.ts), said here so the form tells it before the confirmation;
 * that service's menu-price.spec.ts fails if the two tables ever differ.
 */
export const MENU_PRICE_LIMIT: Readonly<Record<string, bigint>> = { NGN: 50_000_000n, USD: 500_000n, BDT: 5_000_000n, GHS: 500_000n, KES: 5_000_000n };

/** A menu item as its form holds it: the words and the price as typed, and whether it can be ordered. */
export interface MenuItemFields {
  name: string;
  price: string;
  available: boolean;
}

/** The form of a new item, or of an item being changed (its price as the decimal a person types). */
export function menuItemFields(item?: { name: string; price: { amount: string; currency: string } | null; available: boolean }): MenuItemFields {
  if (!item) return { name: '', price: '', available: true };
  return { name: item.name, price: item.price ? toDecimalString(item.price.amount, item.price.currency) : '', available: item.available };
}

/**
 * The price typed, in minor units, or what is wrong with it, in words for the field. `before`, the
 * item's price as saved: a price set before the limit is kept through a rename, as the server keeps it.
 */
export function priceOf(text: string, currency: string, before?: string): { minor: string } | { problem: string } {
  if (!text.trim()) return { problem: 'Enter the price' };
  const minor = parseAmountInput(text, currency);
  if (minor === null) return { problem: amountInputProblem(text, currency) };
  const limit = MENU_PRICE_LIMIT[currency];
  if (limit !== undefined && minor !== before && BigInt(minor) > limit) return { problem: `One item costs at most ${formatMoney(limit.toString(), currency)}` };
  return { minor };
}
