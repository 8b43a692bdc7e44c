import type { Schemas } from '@ziba/api-client';
import { kindWord } from '../../pages/trips/trip-words.ts';

type Trip = Pick<Schemas['Trip'], 'id' | 'serviceType'>;
type Money = { amount: string; currency: string };

/** A trip as a busy admin names it: its kind and the start of its id ("Ride 1a2b3c4d"). */
export const tripName = (t: Trip) => `${kindWord(t.serviceType)} ${t.id.slice(0, 8)}`;

/** When a trip was done (completed or delivered): its step into that status, else when it was requested. */
export function doneAt(t: Pick<Schemas['Trip'], 'transitions' | 'createdAt'>): string {
  const done = t.transitions.filter((s) => s.toStatus === 'COMPLETED' || s.toStatus === 'DELIVERED').at(-1);
  return done?.at ?? t.createdAt;
}

/** What settling this trip does, said before it is done: who is paid, and what a cash trip's earners then owe. */
export function settleNote(t: Pick<Schemas['Trip'], 'serviceType' | 'paymentMethod'>): string {
  const earners = t.serviceType === 'FOOD' ? 'the restaurant and the driver' : 'the driver';
  if (t.paymentMethod === 'CASH')
    return `The customer paid in cash, so the commission is recorded as what ${earners} owe${t.serviceType === 'FOOD' ? '' : 's'} the platform.`;
  return `The held fare is taken from the customer’s wallet: ${earners} get${t.serviceType === 'FOOD' ? '' : 's'} their share, the platform its commission.`;
}

/** What a settlement paid, line by line, as the server recorded it: the shares it names, nothing computed here. */
export function settledWords(s: Pick<Schemas['Settlement'], 'fare' | 'driverAmount' | 'restaurantAmount' | 'platformAmount' | 'paymentMethod'>) {
  const lines: Array<{ label: string; money: Money }> = [];
  const add = (label: string, money: Money | null | undefined) => money && lines.push({ label, money });
  add(s.paymentMethod === 'CASH' ? 'Fare (paid to the driver in cash)' : 'Fare', s.fare);
  add('Restaurant’s share', s.restaurantAmount);
  add('Driver’s share', s.driverAmount);
  add(s.paymentMethod === 'CASH' ? 'Commission now owed to the platform' : 'Platform commission', s.platformAmount);
  return lines;
}
