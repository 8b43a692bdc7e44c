import { TripErrors, type PaymentMethod } from './trip-state.ts';

/**
 * An ONLINE trip or food order is taken only while the customer's available balance covers its
 * price, so the customer hears it when asking, not once a driver has come or a restaurant accepts.
 * The hold at that later step stays the rule that decides: the balance may move in between.
 */
export function assertFareCovered(paymentMethod: PaymentMethod, fare: bigint, available: bigint): void {
  if (paymentMethod === 'ONLINE' && available < fare) throw TripErrors.fareNotCovered();
}
