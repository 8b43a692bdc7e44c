import type { Actor } from '@ziba/service-kit';
import { standingRefusals, velocityLiftsAt } from '../domain/withdrawal-rules.ts';
import { PayoutRepository } from '../persistence/payout.repository.ts';
import type { PayoutContext } from './payout-context.ts';
import { earnerOf } from './payout-methods.usecase.ts';

/**
 * The country's minimum withdrawal, in the earner's currency, and what refuses any withdrawal now (a
 * withdrawal in progress, too many attempts this hour, and when that lifts): the form says them before a refusal would.
 */
export async function withdrawalTerms(ctx: PayoutContext, actor: Actor | null) {
  const earner = earnerOf(actor);
  const em = ctx.orm.em.fork();
  const [user, hasOpenPayout, attempts] = await Promise.all([
    ctx.identity.call('GetUser', { userId: earner.id }),
    PayoutRepository.hasOpen(em, earner.id),
    PayoutRepository.recentAttemptTimes(em, earner.id),
  ]);
  return {
    minimum: { amount: ctx.minimumWithdrawal(user.countryCode).toString(), currency: user.currency },
    // At most VELOCITY_LIMIT times are read: enough to tell whether the limit holds.
    reasons: standingRefusals({ hasOpenPayout, recentAttempts: attempts.length }),
    velocityLimitLiftsAt: velocityLiftsAt(attempts)?.toISOString() ?? '',
  };
}
