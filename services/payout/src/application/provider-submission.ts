import { isAppError } from '@ziba/service-kit/errors';
import { MethodRepository } from '../persistence/payout-method.repository.ts';
import { PayoutRepository, type PayoutRow } from '../persistence/payout.repository.ts';
import type { ProviderOutcome } from '../providers/payout-provider.ts';
import { applyMove } from './payout-move.ts';
import { failpoint, type PayoutContext } from './payout-context.ts';

const SYSTEM = (provider: string) => ({ type: 'SYSTEM' as const, id: `provider:${provider}` });

/**
 * The pivot: a PROCESSING payout is handed to its provider under its own id as the reference (the
 * state was saved before, so a crash here is recovered by asking). A definite answer is applied at
 * once; anything else waits for the webhook or the reconciler, never for a guess.
 */
export async function submitToProvider(ctx: PayoutContext, p: PayoutRow): Promise<void> {
  const provider = ctx.providers[p.provider];
  if (!provider || p.provider === 'manual' || !p.methodId) return;
  const sealed = await MethodRepository.sealed(ctx.orm.em.fork(), p.methodId);
  if (!sealed) return;
  const outcome = await provider.submit(p, { number: ctx.vault.decrypt(sealed.keyId, sealed.ciphertext), name: sealed.accountName, bankCode: sealed.bankCode });
  failpoint(ctx, 'after-provider-submit');
  ctx.logger.info({ payoutId: p.id, provider: p.provider, outcome }, 'payout submitted to provider');
  await applyOutcome(ctx, p, outcome);
}

/** Asks the provider about payouts whose outcome has not arrived; applies what it says. */
export async function reconcileWithProviders(ctx: PayoutContext, olderThanMs: number): Promise<number> {
  const waiting = await PayoutRepository.awaitingProvider(ctx.orm.em.fork(), new Date(Date.now() - olderThanMs));
  let settled = 0;
  for (const p of waiting) {
    const provider = ctx.providers[p.provider];
    if (!provider) continue;
    const outcome = await provider.status(p);
    if (await applyOutcome(ctx, p, outcome)) settled++;
    ctx.logger.info({ payoutId: p.id, provider: p.provider, outcome }, 'payout reconciled with provider');
  }
  return settled;
}

async function applyOutcome(ctx: PayoutContext, p: PayoutRow, outcome: ProviderOutcome): Promise<boolean> {
  if (outcome !== 'PAID' && outcome !== 'FAILED') return false;
  try {
    if (outcome === 'PAID') await applyMove(ctx, SYSTEM(p.provider), p.id, 'mark_paid', '', `${p.provider}:${p.id}`);
    else await applyMove(ctx, SYSTEM(p.provider), p.id, 'mark_failed', `reported failed by the ${p.provider} provider`, '');
    return true;
  } catch (err) {
    // Already moved by the webhook or an admin: nothing to do.
    if (isAppError(err) && err.code === 'ILLEGAL_PAYOUT_TRANSITION') return false;
    throw err;
  }
}
