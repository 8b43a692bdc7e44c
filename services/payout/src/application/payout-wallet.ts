import { entryCauseOf, type Actor } from '@ziba/service-kit';
import type { PayoutRow } from '../persistence/payout.repository.ts';
import type { PayoutContext } from './payout-context.ts';

/**
 * The payout saga's wallet steps. Each key is the payout id and the step, so a step repeated after
 * a crash or a duplicate request is the same ledger entry, never a second one. Each entry names its
 * cause (entryCauseOf): the admin whose decision took the step (reject, reverse, mark paid; SPEC
 * section 4), the earner whose request locked the funds; the system's recovery and a provider's
 * report name none.
 */
const meta = (p: PayoutRow, step: string, description: string, cause: Actor | null) => ({
  idempotencyKey: `payout:${p.id}:${step}`,
  serviceType: 'payout',
  reference: { type: 'payout', id: p.id },
  description,
  ...entryCauseOf(cause),
});

export const holdIdOf = (payoutId: string) => `payout-${payoutId}`;

export const PayoutWallet = {
  async walletOf(ctx: PayoutContext, p: Pick<PayoutRow, 'ownerId' | 'currency' | 'mode'>) {
    return ctx.wallet.call('GetWallet', { owner: { ownerId: p.ownerId, currency: p.currency, mode: p.mode } });
  },
  /** When `admin` last credited the earner's wallet by hand (a correction or a refund), or null. */
  async lastCreditBy(ctx: PayoutContext, p: Pick<PayoutRow, 'ownerId' | 'currency' | 'mode'>, admin: Actor): Promise<Date | null> {
    const owner = { ownerId: p.ownerId, currency: p.currency, mode: p.mode };
    const { creditedAt } = await ctx.wallet.call('LastAdminCredit', { owner, adminId: admin.id }, { actor: admin });
    return creditedAt ? new Date(creditedAt) : null;
  },
  /** `cause`: the earner who asked, or the admin whose weekly run did; null for the weekly job or recovery. */
  async hold(ctx: PayoutContext, p: PayoutRow, walletId: string, cause: Actor | null = null) {
    return ctx.wallet.call('Hold', {
      meta: meta(p, 'hold', 'withdrawal requested', cause),
      walletId,
      amount: { amount: p.amount.toString(), currency: p.currency },
      holdId: holdIdOf(p.id),
    });
  },
  async release(ctx: PayoutContext, p: PayoutRow, step: 'reject' | 'reverse' | 'recover', cause: Actor | null = null) {
    return ctx.wallet.call('Release', {
      meta: meta(p, `release:${step}`, `withdrawal ${step === 'reject' ? 'rejected' : step === 'reverse' ? 'reversed' : 'not started'}: funds returned`, cause),
      holdId: holdIdOf(p.id),
    });
  },
  /** The bank sent a paid payout back: a new entry credits it to available from the clearing account. */
  async creditBack(ctx: PayoutContext, p: PayoutRow, cause: Actor | null = null) {
    const wallet = await PayoutWallet.walletOf(ctx, p);
    return ctx.wallet.call('Credit', {
      meta: meta(p, 'returned', 'payout returned by the bank', cause),
      walletId: wallet.id,
      amount: { amount: p.amount.toString(), currency: p.currency },
      counterAccount: 'PAYOUT_CLEARING',
    });
  },
  async capture(ctx: PayoutContext, p: PayoutRow, cause: Actor | null = null) {
    return ctx.wallet.call('Capture', { meta: meta(p, 'capture', 'withdrawal paid', cause), holdId: holdIdOf(p.id), counterAccount: 'PAYOUT_CLEARING' });
  },
};
