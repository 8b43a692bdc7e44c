import type { PayoutRow } from '../persistence/payout.repository.ts';

/**
 * Where a payout stands at its provider; UNKNOWN when the provider did not (yet) say, NOT_FOUND when
 * it answered that it holds no such transfer (so no money left through it).
 */
export type ProviderOutcome = 'ACCEPTED' | 'PAID' | 'FAILED' | 'PROCESSING' | 'UNKNOWN' | 'NOT_FOUND';

/**
 * A payout provider behind an adapter (SPEC section 6). `submit` is the saga's pivot: after it the
 * outcome may be unknown (timeout, crash), and only `status` (by the payout's reference) tells.
 */
export interface PayoutProvider {
  readonly name: string;
  submit(p: PayoutRow, account: { number: string; name: string; bankCode: string | null }): Promise<ProviderOutcome>;
  status(p: PayoutRow): Promise<ProviderOutcome>;
  /** Name enquiry: the holder's name as the bank has it, or null when the provider cannot tell. */
  resolveAccountName(account: { number: string; bankCode: string | null; claimedName: string }): Promise<string | null>;
}

/** Finance makes the transfer by hand and an admin marks the payout paid or failed. */
export class ManualProvider implements PayoutProvider {
  readonly name = 'manual';
  async submit(): Promise<ProviderOutcome> {
    return 'ACCEPTED';
  }
  async status(): Promise<ProviderOutcome> {
    return 'PROCESSING';
  }
  /** No enquiry by hand: the name the earner gave is what is checked, and a mismatch goes to an admin. */
  async resolveAccountName(account: { claimedName: string }): Promise<string | null> {
    return account.claimedName;
  }
}
