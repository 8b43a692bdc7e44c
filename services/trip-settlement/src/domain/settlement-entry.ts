import type { FoodSplit, TripSplit } from './commission.ts';
import type { PaymentMethod } from './trip-state.ts';

/** A leg of the ledger's multi-leg transfer, in the wire's terms (signed minor units as text). */
export interface LedgerLeg {
  walletId?: string;
  systemAccount?: 'REVENUE';
  bucket: 'AVAILABLE' | 'HELD' | 'OWED';
  amount: string;
  holdId?: string;
  earning?: boolean;
}

/**
 * The one journal entry that settles a trip (SPEC section 5). ONLINE: the locked fare leaves the
 * rider's hold, the driver earns fare minus commission, the platform earns the commission. CASH: the
 * driver already holds the fare, so the commission becomes what the driver owes (negative balance).
 * Empty when there is nothing to post (a cash trip at 0% commission).
 */
export function settlementLegs(method: PaymentMethod, split: TripSplit, w: { riderWalletId: string; driverWalletId: string; holdId: string }): LedgerLeg[] {
  const legs: LedgerLeg[] = [];
  const platform = split.platform.minor;
  if (method === 'ONLINE') {
    legs.push({ walletId: w.riderWalletId, bucket: 'HELD', amount: (-split.fare.minor).toString(), holdId: w.holdId });
    if (split.driver.minor > 0n) legs.push({ walletId: w.driverWalletId, bucket: 'AVAILABLE', amount: split.driver.minor.toString(), earning: true });
  } else if (platform > 0n) {
    legs.push({ walletId: w.driverWalletId, bucket: 'OWED', amount: (-platform).toString() });
  }
  if (platform > 0n) legs.push({ systemAccount: 'REVENUE', bucket: 'AVAILABLE', amount: platform.toString() });
  return legs;
}

/**
 * A food order's entry (SPEC section 5). ONLINE: the locked total leaves the customer's hold; the
 * restaurant earns the subtotal minus its commission, the driver the delivery fee minus theirs, the
 * platform both commissions. CASH: the cash changed hands outside the app, so each commission
 * becomes what its earner owes.
 */
export function foodSettlementLegs(
  method: PaymentMethod,
  split: FoodSplit,
  restaurantCommission: bigint,
  w: { customerWalletId: string; restaurantWalletId: string; driverWalletId: string; holdId: string },
): LedgerLeg[] {
  const legs: LedgerLeg[] = [];
  const driverCommission = split.platform.minor - restaurantCommission;
  if (method === 'ONLINE') {
    legs.push({ walletId: w.customerWalletId, bucket: 'HELD', amount: (-split.total.minor).toString(), holdId: w.holdId });
    if (split.restaurant.minor > 0n)
      legs.push({ walletId: w.restaurantWalletId, bucket: 'AVAILABLE', amount: split.restaurant.minor.toString(), earning: true });
    if (split.driver.minor > 0n) legs.push({ walletId: w.driverWalletId, bucket: 'AVAILABLE', amount: split.driver.minor.toString(), earning: true });
  } else {
    if (restaurantCommission > 0n) legs.push({ walletId: w.restaurantWalletId, bucket: 'OWED', amount: (-restaurantCommission).toString() });
    if (driverCommission > 0n) legs.push({ walletId: w.driverWalletId, bucket: 'OWED', amount: (-driverCommission).toString() });
  }
  if (split.platform.minor > 0n) legs.push({ systemAccount: 'REVENUE', bucket: 'AVAILABLE', amount: split.platform.minor.toString() });
  return legs;
}
