import type { PayoutRow } from '../persistence/payout.repository.ts';
import type { PayoutContext } from './payout-context.ts';

/**
 * The payout saga's wallet steps. Each key is the payout id and the step, so a step repeated after
 * a crash or a duplicate request is the same ledger entry, never a second one.
 */
const meta = (p: PayoutRow, step: string, description: string) => ({
  idempotencyKey: `payout:${p.id}:${step}`,
  serviceType: 'payout',
  reference: { type: 'payout', id: p.id },
  description,
});
export const holdIdOf = (payoutId: string) => `payout-${payoutId}`;

export const PayoutWallet = {
  async walletOf(ctx: PayoutContext, p: Pick<PayoutRow, 'ownerId' | 'currency' | 'mode'>) {
    return ctx.wallet.call('GetWallet', { owner: { ownerId: p.ownerId, currency: p.currency, mode: p.mode } });
  },
  async hold(ctx: PayoutContext, p: PayoutRow, walletId: string) {
    return ctx.wallet.call('Hold', {
      meta: meta(p, 'hold', 'withdrawal requested'),
      walletId,
      amount: { amount: p.amount.toString(), currency: p.currency },
      holdId: holdIdOf(p.id),
    });
  },
  async release(ctx: PayoutContext, p: PayoutRow, step: 'reject' | 'reverse' | 'recover') {
    return ctx.wallet.call('Release', {
      meta: meta(p, `release:${step}`, `withdrawal ${step === 'reject' ? 'rejected' : step === 'reverse' ? 'reversed' : 'not started'}: funds returned`),
      holdId: holdIdOf(p.id),
    });
  },
  /** The bank sent a paid payout back: a new entry credits it to available from the clearing account. */
  async creditBack(ctx: PayoutContext, p: PayoutRow) {
    const wallet = await PayoutWallet.walletOf(ctx, p);
    return ctx.wallet.call('Credit', {
      meta: meta(p, 'returned', 'payout returned by the bank'),
      walletId: wallet.id,
      amount: { amount: p.amount.toString(), currency: p.currency },
      counterAccount: 'PAYOUT_CLEARING',
    });
  },
  async capture(ctx: PayoutContext, p: PayoutRow) {
    return ctx.wallet.call('Capture', { meta: meta(p, 'capture', 'withdrawal paid'), holdId: holdIdOf(p.id), counterAccount: 'PAYOUT_CLEARING' });
  },
};
