/** A statement line as a reader takes it: what happened, and whether it changed what they have. */
export interface LineWords {
  /** Received, Paid, On hold, Released, Owed. */
  label: string;
  /** Money in or out: shown with + or −. Held and released money only moves between available and locked. */
  signed: boolean;
}

/**
 * The words for a ledger line. A fare is held (On hold) and later paid from the held funds (Paid):
 * two lines, one payment, so a hold is not shown as money leaving. Commission on a cash trip is
 * money owed, not paid, until it is netted or settled.
 */
export function lineWords(line: { type: string; serviceType: string }): LineWords {
  switch (line.type) {
    case 'HOLD':
      return { label: 'On hold', signed: false };
    case 'RELEASE':
      return { label: 'Released', signed: false };
    case 'CREDIT':
      return { label: 'Received', signed: true };
    default:
      return { label: line.serviceType === 'commission' ? 'Owed' : 'Paid', signed: true };
  }
}
