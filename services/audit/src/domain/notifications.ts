import type { EventEnvelope } from '@ziba/contracts';

/**
 * A message to one user (SPEC section 7): what happened, with its amount where money moved (earnings,
 * a top-up, a fare paid, commission netted, a withdrawal), never bank or document numbers. A refusal is news too: a withdrawal rejected or returned, a document or
 * profile rejected, a payout account rejected, a driver suspended; the user reads why where it is.
 * So is support's cancel of a trip or order, to everyone on it.
 */
export interface Notification {
  ownerId: string;
  kind: NotificationKind;
  /** Minor units; null with `currency` for news that moves no money (a KYC decision). */
  amount: string | null;
  currency: string | null;
  /** What it is about: an entry, a payout, a document type, a masked account number. */
  reference: string;
}

export type NotificationKind =
  | 'EARNING_CREDITED'
  | 'FUNDS_ADDED'
  | 'TRIP_PAID'
  | 'ORDER_PAID'
  | 'COMMISSION_NETTED'
  | 'COMMISSION_OWED'
  | 'HOLD_RELEASED'
  | 'REFUND_CREDITED'
  | 'WALLET_CREDITED'
  | 'WALLET_DEBITED'
  | 'PAYOUT_INITIATED'
  | 'PAYOUT_PAID'
  | 'PAYOUT_FAILED'
  | 'PAYOUT_REJECTED'
  | 'PAYOUT_REVERSED'
  | 'PAYOUT_RETURNED'
  | 'DOCUMENT_APPROVED'
  | 'DOCUMENT_REJECTED'
  | 'PROFILE_APPROVED'
  | 'PROFILE_REJECTED'
  | 'PAYOUT_ACCOUNT_VERIFIED'
  | 'PAYOUT_ACCOUNT_REJECTED'
  | 'ACCOUNT_UNBLOCKED'
  | 'DRIVER_SUSPENDED'
  | 'DRIVER_REINSTATED'
  | 'TRIP_CANCELLED_BY_SUPPORT'
  | 'ORDER_CANCELLED_BY_SUPPORT'
  | 'TRIP_CANCELLED_BY_RIDER'
  | 'TRIP_CANCELLED_BY_DRIVER'
  | 'ORDER_CANCELLED_BY_CUSTOMER'
  | 'ORDER_CANCELLED_BY_DRIVER'
  | 'ORDER_CANCELLED_BY_RESTAURANT';

/** A party's cancel, by the status it leaves and the kind of trip: the news to the others on it, and whose id the canceller's is. */
const PARTY_CANCELS: Record<string, { trip: NotificationKind | null; order: NotificationKind; by: 'riderId' | 'driverId' | 'restaurantId' }> = {
  CANCELLED_BY_RIDER: { trip: 'TRIP_CANCELLED_BY_RIDER', order: 'ORDER_CANCELLED_BY_CUSTOMER', by: 'riderId' },
  CANCELLED_BY_DRIVER: { trip: 'TRIP_CANCELLED_BY_DRIVER', order: 'ORDER_CANCELLED_BY_DRIVER', by: 'driverId' },
  CANCELLED_BY_RESTAURANT: { trip: null, order: 'ORDER_CANCELLED_BY_RESTAURANT', by: 'restaurantId' },
};

const EARNINGS = ['ride', 'food', 'parcel', 'earning'];
const TRIPS = ['ride', 'food', 'parcel'];
const EARNERS = ['DRIVER', 'RESTAURANT'];
const USERS = ['RIDER', ...EARNERS];

interface Posting {
  ownerId: string;
  ownerType: string;
  bucket: string;
  amount: string;
}

/**
 * The news one posting of a ledger entry is to its owner: earnings credited to an earner, commission
 * an earner owes on a cash trip, owed commission taken from their balance; a rider's top-up, a fare
 * paid from what was held; an admin's refund or correction of anyone's wallet.
 */
function entryKind(entryType: string, serviceType: string, p: Posting): NotificationKind | null {
  const credit = !p.amount.startsWith('-');
  // An admin's refund or correction, to whoever's wallet it moved (a hold's release is a refund too, told by the trip).
  if (USERS.includes(p.ownerType) && p.bucket === 'AVAILABLE' && serviceType === 'refund' && entryType === 'CREDIT') return 'REFUND_CREDITED';
  if (USERS.includes(p.ownerType) && p.bucket === 'AVAILABLE' && serviceType === 'adjustment') return credit ? 'WALLET_CREDITED' : 'WALLET_DEBITED';
  // A cash trip's or order's commission, now owed by the earner who kept the cash.
  if (EARNERS.includes(p.ownerType) && p.bucket === 'OWED') return !credit && serviceType === 'commission' ? 'COMMISSION_OWED' : null;
  if (EARNERS.includes(p.ownerType) && p.bucket === 'AVAILABLE')
    return credit && EARNINGS.includes(serviceType) ? 'EARNING_CREDITED' : !credit && serviceType === 'commission_settlement' ? 'COMMISSION_NETTED' : null;
  if (p.ownerType === 'RIDER' && credit && p.bucket === 'AVAILABLE' && serviceType === 'funding') return 'FUNDS_ADDED';
  // A fare leaving the hold is paid, unless the entry gives it back (a cancelled trip's RELEASE,
  // told from the trip's own event: trip.fare-released.v1).
  if (p.ownerType === 'RIDER' && !credit && p.bucket === 'HELD' && TRIPS.includes(serviceType) && entryType !== 'RELEASE')
    return serviceType === 'food' ? 'ORDER_PAID' : 'TRIP_PAID';
  return null;
}
const PAYOUT_KINDS: Partial<Record<string, NotificationKind>> = {
  PENDING: 'PAYOUT_INITIATED',
  PAID: 'PAYOUT_PAID',
  FAILED: 'PAYOUT_FAILED',
  REJECTED: 'PAYOUT_REJECTED',
  REVERSED: 'PAYOUT_REVERSED',
  RETURNED: 'PAYOUT_RETURNED',
};
const DECISION_KINDS: Record<string, Partial<Record<string, NotificationKind>>> = {
  'identity.document-decided.v1': { APPROVE: 'DOCUMENT_APPROVED', REJECT: 'DOCUMENT_REJECTED' },
  'identity.profile-decided.v1': { APPROVE: 'PROFILE_APPROVED', REJECT: 'PROFILE_REJECTED' },
};
// Not a block: a blocked user cannot sign in to read it, and is told at sign-in.
const STATUS_KINDS: Partial<Record<string, NotificationKind>> = {
  UNBLOCKED: 'ACCOUNT_UNBLOCKED',
  DRIVER_SUSPENDED: 'DRIVER_SUSPENDED',
  DRIVER_REINSTATED: 'DRIVER_REINSTATED',
};

type Data = Record<string, unknown>;
const news = (ownerId: unknown, kind: NotificationKind | undefined, reference: unknown): Notification[] =>
  kind ? [{ ownerId: String(ownerId), kind, amount: null, currency: null, reference: String(reference ?? '') }] : [];

/** The notifications an event gives rise to (usually none). */
export function notificationsOf(e: EventEnvelope): Notification[] {
  const d = (e.data ?? {}) as Data;
  if (e.type === 'wallet.entry-posted.v1') {
    const postings = (Array.isArray(d.postings) ? d.postings : []) as Posting[];
    return postings.flatMap((p) => {
      const kind = entryKind(String(d.entryType), String(d.serviceType), p);
      if (!kind || !/^-?[1-9]\d*$/.test(p.amount)) return [];
      const amount = p.amount.replace(/^-/, '');
      return [{ ownerId: p.ownerId, kind, amount, currency: String(d.currency), reference: String(d.entryId ?? e.aggregateId) }];
    });
  }
  if (e.type === 'payout.status-changed.v1') {
    const kind = PAYOUT_KINDS[String(d.to)];
    return kind ? [{ ownerId: String(d.ownerId), kind, amount: String(d.amount), currency: String(d.currency), reference: String(d.payoutId) }] : [];
  }
  // A trip's or order's held fare given back (cancelled, or released by the recovery pass or an
  // admin): the customer's money is available again. The trip's event, not the ledger's entry, knows
  // it is a trip's hold (the entry's service type is a refund).
  if (e.type === 'trip.fare-released.v1' && /^[1-9]\d*$/.test(String(d.amount)))
    return [{ ownerId: String(d.riderId), kind: 'HOLD_RELEASED', amount: String(d.amount), currency: String(d.currency), reference: String(d.tripId) }];
  // Support cancelled a trip or order: everyone on it is told (a driver on the road, a restaurant
  // cooking, a customer waiting), each once. The customer's held fare, if any, is told apart (HOLD_RELEASED).
  if (e.type === 'trip.status-changed.v1' && d.actorType === 'ADMIN' && d.to === 'CANCELLED_BY_SYSTEM') {
    const kind = d.serviceType === 'FOOD' ? 'ORDER_CANCELLED_BY_SUPPORT' : 'TRIP_CANCELLED_BY_SUPPORT';
    const people = new Set([d.riderId, d.driverId, d.restaurantId].filter((id): id is string => typeof id === 'string' && id !== ''));
    return [...people].flatMap((id) => news(id, kind, d.tripId));
  }
  // A rider, driver or restaurant cancelled: the others on it are told (a driver on the way, a
  // restaurant cooking, a customer waiting); the one who cancelled knows.
  const party = e.type === 'trip.status-changed.v1' ? PARTY_CANCELS[String(d.to)] : undefined;
  if (party) {
    const kind = d.serviceType === 'FOOD' ? party.order : party.trip;
    const others = new Set([d.riderId, d.driverId, d.restaurantId].filter((id): id is string => typeof id === 'string' && id !== '' && id !== d[party.by]));
    return [...others].flatMap((id) => news(id, kind ?? undefined, d.tripId));
  }
  const decisions = DECISION_KINDS[e.type];
  if (decisions) return news(d.userId, decisions[String(d.decision)], d.documentType);
  if (e.type === 'identity.user-status-changed.v1') return news(d.userId, STATUS_KINDS[String(d.change)], '');
  // An account verified as it was saved is news to nobody; one an admin reviewed, either way, is.
  if (e.type === 'payout.method-changed.v1' && e.actor?.type === 'ADMIN') {
    const kind = d.status === 'VERIFIED' ? 'PAYOUT_ACCOUNT_VERIFIED' : d.status === 'REJECTED' ? 'PAYOUT_ACCOUNT_REJECTED' : undefined;
    return news(d.ownerId, kind, d.maskedNumber);
  }
  return [];
}
