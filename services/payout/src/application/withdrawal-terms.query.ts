import type { Actor } from '@ziba/service-kit';
import { modeOf } from '@ziba/service-kit/mode';
import { modeRefusals } from '../domain/provider-choice.ts';
import { allRefusals, standingRefusals, velocityLiftsAt } from '../domain/withdrawal-rules.ts';
import { MethodRepository } from '../persistence/payout-method.repository.ts';
import { PayoutRepository } from '../persistence/payout.repository.ts';
import type { PayoutContext } from './payout-context.ts';
import { earnerOf } from './payout-methods.usecase.ts';

/**
 * The country's minimum withdrawal, in the earner's currency, and what refuses any withdrawal now,
 * as a request would name it: identity's reasons (not verified, a document missing, suspended), a
 * withdrawal in progress, no payout account that can be paid yet, too many attempts this hour, and
 * when the last two lift. The form says them before a refusal would (a refusal counts against the
 * hourly limit).
 */
export async function withdrawalTerms(ctx: PayoutContext, actor: Actor | null) {
  const earner = earnerOf(actor);
  const em = ctx.orm.em.fork();
  // The eligibility check needs the user's mode, so identity's two calls follow each other; this
  // database's reads go meanwhile.
  const identityAnswers = async () => {
    const user = await ctx.identity.call('GetUser', { userId: earner.id });
    const mode = modeOf(user.testMode);
    return { user, mode, eligibility: await ctx.identity.call('CheckEligibility', { userId: earner.id, action: 'WITHDRAW', mode }, { actor }) };
  };
  const [{ user, mode, eligibility }, hasOpenPayout, method, attempts] = await Promise.all([
    identityAnswers(),
    PayoutRepository.hasOpen(em, earner.id),
    MethodRepository.active(em, earner.id),
    PayoutRepository.recentAttemptTimes(em, earner.id),
  ]);
  // At most VELOCITY_LIMIT times are read: enough to tell whether the limit holds.
  const standing = standingRefusals({ hasOpenPayout, method, recentAttempts: attempts.length, now: new Date() });
  const reasons = allRefusals(eligibility.reasons, standing, modeRefusals(mode, { simulated: !!ctx.providers.simulated }));
  return {
    minimum: { amount: ctx.minimumWithdrawal(user.countryCode).toString(), currency: user.currency },
    reasons,
    velocityLimitLiftsAt: velocityLiftsAt(attempts)?.toISOString() ?? '',
    payoutMethodUsableFrom: reasons.includes('PAYOUT_METHOD_COOLING_DOWN') ? method!.usableFrom.toISOString() : '',
  };
}
