import type { Schemas } from '@ziba/api-client';
import { dayAndTime } from '../../dates.ts';

type Trip = Schemas['Trip'];

const KIND_WORDS: Record<Trip['serviceType'], string> = { RIDE: 'Ride', PARCEL: 'Parcel', FOOD: 'Food order' };

/** What a trip is, in words. */
export const kindWord = (kind: Trip['serviceType']) => KIND_WORDS[kind] ?? kind;

/** One word and a colour per trip status, the same on the list, the receipt and its timeline. */
const STATUS_LOOK: Record<Trip['status'], { label: string; color: string }> = {
  REQUESTED: { label: 'Requested', color: 'gray' },
  SEARCHING_DRIVER: { label: 'Finding a driver', color: 'yellow' },
  ACCEPTED: { label: 'Accepted', color: 'blue' },
  DRIVER_ARRIVING: { label: 'Driver arriving', color: 'blue' },
  IN_PROGRESS: { label: 'In progress', color: 'indigo' },
  PICKED_UP: { label: 'Picked up', color: 'indigo' },
  ON_THE_WAY: { label: 'On the way', color: 'indigo' },
  PLACED: { label: 'Placed', color: 'gray' },
  PREPARING: { label: 'Preparing', color: 'yellow' },
  READY_FOR_PICKUP: { label: 'Ready for pick-up', color: 'yellow' },
  COMPLETED: { label: 'Completed', color: 'teal' },
  DELIVERED: { label: 'Delivered', color: 'teal' },
  // Not "Paid": a cash trip's earner received nothing through the app, and may owe its commission.
  SETTLED: { label: 'Settled', color: 'teal' },
  CANCELLED_BY_RIDER: { label: 'Cancelled by the customer', color: 'red' },
  CANCELLED_BY_DRIVER: { label: 'Cancelled by the driver', color: 'red' },
  CANCELLED_BY_RESTAURANT: { label: 'Cancelled by the restaurant', color: 'red' },
  CANCELLED_BY_SYSTEM: { label: 'Cancelled', color: 'red' },
};

/**
 * A food order's ACCEPTED is the restaurant's acceptance (a driver takes the delivery later, on its
 * own step): said so, so a driver reading the list does not take it for their own.
 */
export const statusLook = (status: Trip['status'], kind?: Trip['serviceType']) =>
  kind === 'FOOD' && status === 'ACCEPTED' ? { label: 'Accepted by the restaurant', color: 'blue' } : (STATUS_LOOK[status] ?? { label: status, color: 'gray' });

type Step = Pick<Trip['transitions'][number], 'fromStatus' | 'toStatus' | 'actorType' | 'actorId'>;

/**
 * A timeline step in words: the status it led to; or, for a step that left the status as it was,
 * what it did. The only such step is a driver taking a food order's delivery (accept_delivery in
 * services/trip-settlement/src/domain/trip-state.ts, at ACCEPTED, PREPARING or READY_FOR_PICKUP):
 * an assignment, not a second "Ready for pick-up". Its actor is recorded as a USER, so the driver is
 * known by being the trip's driver.
 */
export function stepWords(step: Step, driverId: string | null | undefined, kind?: Trip['serviceType']): string {
  if (step.fromStatus !== step.toStatus) return statusLook(step.toStatus, kind).label;
  const driver = step.actorType === 'DRIVER' || (Boolean(driverId) && step.actorId === driverId);
  return driver ? 'Driver assigned' : 'Assigned';
}

/** Whether a trip has reached a status it never leaves (settled or cancelled): nothing more will change on it. */
export const isSettledOrCancelled = (status: Trip['status']) => status === 'SETTLED' || status.startsWith('CANCELLED');

/** How the customer pays, and where the money stands for an online trip (the hold is the server's word). */
export function paymentWords(t: Pick<Trip, 'paymentMethod' | 'holdState' | 'status'>): string {
  if (t.paymentMethod === 'CASH') return 'Cash';
  const held: Partial<Record<Trip['holdState'], string>> = {
    HELD: 'Wallet (amount on hold)',
    SETTLED: 'Wallet (charged)',
    RELEASED: 'Wallet (hold given back)',
  };
  // Cancelled before its fare was held: nothing was taken, and the receipt must not read like a charge.
  if (t.status.startsWith('CANCELLED') && (t.holdState === 'NONE' || t.holdState === 'REQUESTED')) return 'Wallet (not charged)';
  return held[t.holdState] ?? 'Wallet';
}

/** A route length for people: "8.3 km", or metres under one kilometre. A distance, not money: plain arithmetic is fine. */
export function distanceWords(meters: number, locale?: string): string {
  if (meters < 1_000) return new Intl.NumberFormat(locale, { style: 'unit', unit: 'meter' }).format(meters);
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilometer', maximumFractionDigits: 1 }).format(meters / 1_000);
}

/** A moment as the reader's clock shows it. */
export const when = (iso: string) => dayAndTime(iso);
