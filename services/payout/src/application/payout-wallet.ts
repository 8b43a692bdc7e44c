import type { PayoutRow } from '../persistence/payout.repository.ts';
import type { PayoutContext } from './payout-context.ts';

/**
 * The payout saga's wallet steps. Each key is the payout id and the step, so a step repeated after
 * a crash or a duplicate request is the same ledger entry, never a second one. A step an admin's
 * decision takes (reject, reverse, mark paid) names that admin on its entry (SPEC section 4); the
 * earner's request, the system's recovery and a provider's report name none.
 */
const meta = (p: PayoutRow, step: string, description: string, adminId = '') => ({
  idempotencyKey: `payout:${p.id}:${step}`,
  serviceType: 'payout',
  reference: { type: 'payout', id: p.id },
  description,
  createdByAdminId: adminId,
});

export const holdIdOf = (payoutId: string) => `payout-${payoutId}`;

export const PayoutWallet = {
  async walletOf(ctx: PayoutContext, p: Pick<PayoutRow, 'ownerId' | 'currency' | 'mode'>) {
    return ctx.wallet.call('GetWallet', { owner: { ownerId: p.ownerId, currency: p.currency, mode: p.mode } });
  },
  /** `adminId`: the admin whose weekly run asked for this payout, '' when the earner or the weekly job did. */
  async hold(ctx: PayoutContext, p: PayoutRow, walletId: string, adminId = '') {
    return ctx.wallet.call('Hold', {
      meta: meta(p, 'hold', 'withdrawal requested', adminId),
      walletId,
      amount: { amount: p.amount.toString(), currency: p.currency },
      holdId: holdIdOf(p.id),
    });
  },
  async release(ctx: PayoutContext, p: PayoutRow, step: 'reject' | 'reverse' | 'recover', adminId = '') {
    return ctx.wallet.call('Release', {
      meta: meta(
        p,
        `release:${step}`,
        `withdrawal ${step === 'reject' ? 'rejected' : step === 'reverse' ? 'reversed' : 'not started'}: funds returned`,
        adminId,
      ),
      holdId: holdIdOf(p.id),
    });
  },
  /** The bank sent a paid payout back: a new entry credits it to available from the clearing account. */
  async creditBack(ctx: PayoutContext, p: PayoutRow, adminId = '') {
    const wallet = await PayoutWallet.walletOf(ctx, p);
    return ctx.wallet.call('Credit', {
      meta: meta(p, 'returned', 'payout returned by the bank', adminId),
      walletId: wallet.id,
      amount: { amount: p.amount.toString(), currency: p.currency },
      counterAccount: 'PAYOUT_CLEARING',
    });
  },
  async capture(ctx: PayoutContext, p: PayoutRow, adminId = '') {
    return ctx.wallet.call('Capture', { meta: meta(p, 'capture', 'withdrawal paid', adminId), holdId: holdIdOf(p.id), counterAccount: 'PAYOUT_CLEARING' });
  },
};
