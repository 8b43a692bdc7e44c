/** A statement line as a reader takes it: what happened, and whether it changed what they have. */
export interface LineWords {
  /** Received, Paid, Held, Released, Owed, Cleared, Returned (a payout the bank sent back), Taken (support's correction). */
  label: string;
  /** Money in or out: shown with + or −. Held, released and owed amounts are not money leaving available. */
  signed: boolean;
  /** The balance the line moved, shown after it: available money, held money, or commission owed. */
  balance: 'available' | 'held' | 'owed';
}

/**
 * The words for a ledger line. A fare or a withdrawal is held (Held, a past event: the line stays
 * after the money is paid) and later paid from the held funds (Paid, its balance the held one): two
 * lines, one payment, so a hold is not shown as money leaving, and the payment is shown leaving what
 * was held, not available. Commission on a cash trip becomes owed (Owed) without leaving
 * available, so it has no sign: the money leaves once, when weekly netting takes it (Paid), or the
 * debt is cleared by a payment made outside the app (Cleared).
 */
export function lineWords(line: { type: string; serviceType: string }): LineWords {
  switch (line.type) {
    case 'HOLD':
      return { label: 'Held', signed: false, balance: 'available' };
    case 'RELEASE':
      return { label: 'Released', signed: false, balance: 'available' };
    case 'CREDIT':
      if (line.serviceType === 'commission_settlement') return { label: 'Cleared', signed: false, balance: 'owed' };
      // A payout credited back is the bank's return of it, not a payout received.
      if (line.serviceType === 'payout') return { label: 'Returned', signed: true, balance: 'available' };
      return { label: 'Received', signed: true, balance: 'available' };
    default:
      if (line.serviceType === 'commission') return { label: 'Owed', signed: false, balance: 'owed' };
      // Support took it back (a correction): the owner paid nobody.
      if (line.serviceType === 'adjustment') return { label: 'Taken', signed: true, balance: 'available' };
      // A trip's fare and a withdrawal are paid from what was held for them (SPEC 4-6): available moved at the hold.
      return { label: 'Paid', signed: true, balance: PAID_FROM_HELD.has(line.serviceType) ? 'held' : 'available' };
  }
}

const PAID_FROM_HELD = new Set(['ride', 'food', 'parcel', 'payout']);

const SERVICE_WORDS: Record<string, string> = {
  ride: 'Ride',
  parcel: 'Parcel',
  food: 'Food order',
  funding: 'Top-up',
  payout: 'Payout',
  commission: 'Commission',
  commission_settlement: 'Owed commission',
  earning: 'Earning',
  refund: 'Refund',
  adjustment: 'Adjustment',
};

/** The ledger's reference types of a trip's lines (trip-settlement's collaborators.ts), as the trip's kind. */
const TRIP_KINDS: Record<string, string> = { ride: 'Ride', food_order: 'Food order', delivery: 'Parcel' };

/** Whether a line's reference is a trip or food order (its receipt, what a refund gives back). */
export const isTripReference = (referenceType: string): boolean => Object.hasOwn(TRIP_KINDS, referenceType);

/**
 * What a line was for, in words: a ride, a top-up, owed commission paid. A trip's fare given back is
 * named by its trip: no charge was refunded, the hold ended (releases carry the trip's service; older
 * ones the ledger's service "refund"). Support's refund of a trip's charge (a credit) is a Refund.
 */
export const serviceWord = (line: { serviceType: string; referenceType?: string; type?: string }): string =>
  (line.serviceType === 'refund' && line.type !== 'CREDIT' && line.referenceType && TRIP_KINDS[line.referenceType]) ||
  SERVICE_WORDS[line.serviceType] ||
  line.serviceType.replace(/_/g, ' ');
