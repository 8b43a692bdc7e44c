import type { Actor } from '@ziba/service-kit';
import { standingRefusals, velocityLiftsAt } from '../domain/withdrawal-rules.ts';
import { MethodRepository } from '../persistence/payout-method.repository.ts';
import { PayoutRepository } from '../persistence/payout.repository.ts';
import type { PayoutContext } from './payout-context.ts';
import { earnerOf } from './payout-methods.usecase.ts';

/**
 * The country's minimum withdrawal, in the earner's currency, and what refuses any withdrawal now (a
 * withdrawal in progress, no payout account that can be paid yet, too many attempts this hour, and
 * when the last two lift): the form says them before a refusal would.
 */
export async function withdrawalTerms(ctx: PayoutContext, actor: Actor | null) {
  const earner = earnerOf(actor);
  const em = ctx.orm.em.fork();
  const [user, hasOpenPayout, method, attempts] = await Promise.all([
    ctx.identity.call('GetUser', { userId: earner.id }),
    PayoutRepository.hasOpen(em, earner.id),
    MethodRepository.active(em, earner.id),
    PayoutRepository.recentAttemptTimes(em, earner.id),
  ]);
  // At most VELOCITY_LIMIT times are read: enough to tell whether the limit holds.
  const reasons = standingRefusals({ hasOpenPayout, method, recentAttempts: attempts.length, now: new Date() });
  return {
    minimum: { amount: ctx.minimumWithdrawal(user.countryCode).toString(), currency: user.currency },
    reasons,
    velocityLimitLiftsAt: velocityLiftsAt(attempts)?.toISOString() ?? '',
    payoutMethodUsableFrom: reasons.includes('PAYOUT_METHOD_COOLING_DOWN') ? method!.usableFrom.toISOString() : '',
  };
}
