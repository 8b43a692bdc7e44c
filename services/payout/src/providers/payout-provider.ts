import type { PayoutRow } from '../persistence/payout.repository.ts';

/** Where a payout stands at its provider; UNKNOWN when the provider did not (yet) say. */
export type ProviderOutcome = 'ACCEPTED' | 'PAID' | 'FAILED' | 'PROCESSING' | 'UNKNOWN';

/**
 * A payout provider behind an adapter (SPEC section 6). `submit` is the saga's pivot: after it the
 * outcome may be unknown (timeout, crash), and only `status` (by the payout's reference) tells.
 */
export interface PayoutProvider {
  readonly name: string;
  submit(p: PayoutRow, account: { number: string; name: string; bankCode: string | null }): Promise<ProviderOutcome>;
  status(p: PayoutRow): Promise<ProviderOutcome>;
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
}
