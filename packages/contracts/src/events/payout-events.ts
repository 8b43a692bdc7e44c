/** Which payout an event is about, and its money; never an account number. */
interface PayoutFacts {
  payoutId: string;
  ownerId: string;
  ownerType: string;
  countryCode: string;
  amount: string;
  currency: string;
}

/** payout.status-changed.v1: a payout was created or moved. */
export interface PayoutStatusChangedV1 extends PayoutFacts {
  from: string | null;
  to: string;
  reasons: string[];
  actorType: string;
  actorId: string;
  /** Why, as the step recorded it (an admin's reason or note, the bank's reference, the provider's word), long numbers masked; null when none. */
  reason?: string | null;
}

/**
 * payout.approval-recorded.v1: an admin approved a payout; `approvals` of `required` so far (four-eyes:
 * two different admins at or above the country's threshold). The status change follows separately.
 */
export interface PayoutApprovalRecordedV1 extends PayoutFacts {
  adminId: string;
  approvals: number;
  required: number;
}

/**
 * payout.method-link-refused.v1: an earner tried to link an account another user holds (SPEC 3: one
 * account, one user). Recorded for review; masked only.
 */
export interface PayoutMethodLinkRefusedV1 {
  ownerId: string;
  holderId: string;
  type: string;
  maskedNumber: string;
  reason: 'ACCOUNT_ALREADY_LINKED';
}

/** payout.method-changed.v1: an earner set a payout method (masked only). */
export interface PayoutMethodChangedV1 {
  ownerId: string;
  methodId: string;
  type: string;
  maskedNumber: string;
  status: string;
  usableFrom: string;
  /** The status change, as the audit trail says it: from the status before (absent for a new account) to `status`. */
  from?: string;
  to?: string;
  /** An admin's review decision: the note that says what they checked. */
  reason?: string;
}

/**
 * payout.auto-run-completed.v1: a weekly auto-payout run of a week and country ended; whom it paid
 * (their payouts have events of their own) and whom it skipped, with the rules' reasons.
 */
export interface PayoutAutoRunCompletedV1 {
  runId: string;
  weekStart: string;
  countryCode: string;
  payouts: number;
  skipped: Array<{ ownerId: string; reasons: string[] }>;
}
