import { amountInputProblem, parseAmountInput, toDecimalString } from '../../money/format-money.ts';

/** The most a menu price may be, in minor units: trip-settlement's bound (the API says it on `price`). */
export const MAX_MENU_PRICE = 1_000_000_000_000n;

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

/** The price typed, in minor units, or what is wrong with it, in words for the field. */
export function priceOf(text: string, currency: string): { minor: string } | { problem: string } {
  if (!text.trim()) return { problem: 'Enter the price' };
  const minor = parseAmountInput(text, currency);
  if (minor === null) return { problem: amountInputProblem(text, currency) };
  if (BigInt(minor) > MAX_MENU_PRICE) return { problem: 'That is more than a menu price may be' };
  return { minor };
}
