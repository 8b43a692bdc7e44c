import { createHash } from 'node:crypto';

/**
 * The card/payment processor behind "add funds" (SPEC section 12.7: mocked for now). Authorise
 * first, post to the ledger, then capture; a failed posting voids the authorisation, so a rider is
 * never charged for money that did not reach the wallet. Calls are idempotent by key.
 */
export interface PaymentGateway {
  authorize(input: { idempotencyKey: string; amount: bigint; currency: string }): Promise<{ chargeId: string }>;
  capture(chargeId: string): Promise<void>;
  void(chargeId: string): Promise<void>;
}

/** Approves every charge; the charge id is derived from the key, so a retry names the same charge. */
export class MockPaymentGateway implements PaymentGateway {
  async authorize(input: { idempotencyKey: string }): Promise<{ chargeId: string }> {
    return { chargeId: `mock_ch_${createHash('sha256').update(input.idempotencyKey).digest('hex').slice(0, 24)}` };
  }

  async capture(): Promise<void> {}

  async void(): Promise<void> {}
}
