import type { Schemas } from '@ziba/api-client';

type Trip = Pick<Schemas['Trip'], 'serviceType' | 'status' | 'paymentMethod' | 'holdState' | 'driverId'>;

/** Whether the customer's money is on hold for this trip (or being put on hold): what a cancel gives back. */
export const fareOnHold = (t: Trip) => t.paymentMethod === 'ONLINE' && (t.holdState === 'HELD' || t.holdState === 'REQUESTED');

/** What cancelling a trip with no fare on hold does to the customer's money (one with a fare on hold gives it back: the dialog names the amount). */
export const nothingHeldWords = (t: Trip) =>
  t.paymentMethod === 'CASH' ? 'The customer pays in cash: no money moves.' : 'Nothing is on hold in the customer’s wallet yet: nothing is charged.';

/** What else cancelling this trip does, said before it is done: to goods a driver already has, and to its driver. */
export function cancelNote(t: Trip): string {
  const goods =
    t.serviceType === 'PARCEL' && (t.status === 'PICKED_UP' || t.status === 'ON_THE_WAY')
      ? 'The driver has the parcel: arrange with them for it to go back to the sender. '
      : t.serviceType === 'FOOD' && (t.status === 'PICKED_UP' || t.status === 'ON_THE_WAY')
        ? 'The driver has the food: find out from them what became of it. '
        : t.serviceType === 'FOOD' && t.status !== 'PLACED'
          ? 'The restaurant may have started cooking: tell them the order is off. '
          : '';
  // The app tells the customer their money is back; it tells the driver nothing.
  const driver = t.driverId ? 'The app does not tell its driver: let them know they are free to take another trip. ' : '';
  return `${goods}${driver}This cannot be undone.`;
}

/** What a cancel did, as the server answered it. */
export function cancelledWords(t: Trip): string {
  if (t.paymentMethod === 'CASH') return 'It was to be paid in cash: no money moved.';
  if (t.holdState === 'RELEASED') return 'The amount on hold went back to the customer’s wallet.';
  if (t.holdState === 'REQUESTED') return 'The amount being put on hold goes back to the customer’s wallet.';
  return 'Nothing had been charged to the customer.';
}
