// The withdrawals of the fortnight and what the admins did with each, so the payouts list shows
// every state: PENDING, PENDING with review flags, approved by one of the two admins a large payout
// needs, PROCESSING, PAID, FAILED, REJECTED, REVERSED, and BLOCKED attempts. Amounts in minor units.

/** An admin step, with the words the admin gave. */
export type AdminStep =
  | { action: 'approve' }
  | { action: 'reject'; rejectionReason: string }
  | { action: 'mark-paid'; externalReference: string }
  | { action: 'mark-failed'; failureReason: string }
  | { action: 'retry' }
  | { action: 'reverse' }
  /** The driver is suspended while the payout waits; an approval then finds him ineligible and flags it. */
  | { action: 'suspend-earner'; reason: string };

export interface PlannedPayout {
  earner: string;
  amount: number;
  /** Refused at request time (the earner sees 422 and the reasons; nothing moves). */
  blocked?: boolean;
  steps: readonly AdminStep[];
  /** The story, for the summary (the status and flags printed are the server's). */
  note: string;
}

export const PAYOUTS: readonly PlannedPayout[] = [
  {
    earner: 'adebayo.ogunleye',
    amount: 400_000,
    steps: [{ action: 'approve' }, { action: 'mark-paid', externalReference: 'NIP-058-000412873311' }],
    note: 'bank transfer confirmed by finance',
  },
  { earner: 'adebayo.ogunleye', amount: 200_000, steps: [{ action: 'approve' }], note: 'approved; with finance for the transfer' },
  {
    earner: 'segun.afolabi',
    amount: 500_000,
    steps: [{ action: 'suspend-earner', reason: 'Rider safety complaint under investigation' }],
    note: 'the driver was suspended after asking; approval refused',
  },
  { earner: 'titilayo.balogun', amount: 50_000_000, steps: [{ action: 'approve' }], note: 'four-eyes: approved by 1 of the 2 admins it needs' },
  { earner: 'femi.oladipo', amount: 200_000, steps: [{ action: 'approve' }], note: 'test mode: paid by the simulated provider' },
  {
    earner: 'james.walker',
    amount: 3_000,
    steps: [
      { action: 'approve' },
      { action: 'mark-failed', failureReason: 'Beneficiary bank rejected the transfer: invalid routing number' },
      { action: 'reverse' },
    ],
    note: 'failed at the bank, then reversed: funds returned',
  },
  { earner: 'james.walker', amount: 4_000, steps: [], note: 'waiting for an admin' },
  {
    earner: 'maria.gonzalez',
    amount: 1_500,
    steps: [{ action: 'reject', rejectionReason: 'Requested during an open fare dispute; please request again once it is resolved' }],
    note: 'rejected: open fare dispute',
  },
  {
    earner: 'maria.gonzalez',
    amount: 3_500,
    steps: [{ action: 'approve' }, { action: 'mark-failed', failureReason: 'Returned by the beneficiary bank: account closed' }],
    note: 'failed at the bank: funds stay on hold until retried or reversed',
  },
  {
    earner: 'anthony.russo',
    amount: 6_000,
    steps: [
      { action: 'approve' },
      { action: 'mark-failed', failureReason: 'ACH cut-off missed' },
      { action: 'retry' },
      { action: 'mark-paid', externalReference: 'ACH-121000248-88410' },
    ],
    note: 'failed once, retried, paid',
  },
  {
    earner: 'rahim.uddin',
    amount: 60_000,
    steps: [{ action: 'approve' }, { action: 'mark-paid', externalReference: 'bKash TrxID 9KD4F7QX2M' }],
    note: 'paid to bKash',
  },
  // Three requests within the hour: two refused, the third waits with RAPID_WITHDRAWAL_ATTEMPTS.
  { earner: 'karim.hossain', amount: 30_000, blocked: true, steps: [], note: 'refused: below the minimum withdrawal' },
  { earner: 'karim.hossain', amount: 6_000_000, blocked: true, steps: [], note: 'refused: more than available' },
  { earner: 'karim.hossain', amount: 80_000, steps: [], note: 'third request within the hour' },
  {
    earner: 'shakil.ahmed',
    amount: 100_000,
    steps: [{ action: 'reject', rejectionReason: 'The account name differs from the trade licence; update the payout account' }],
    note: 'rejected: account name differs from the trade licence',
  },
];
