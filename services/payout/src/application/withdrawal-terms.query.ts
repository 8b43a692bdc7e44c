import type { Actor } from '@ziba/service-kit';
import type { PayoutContext } from './payout-context.ts';
import { earnerOf } from './payout-methods.usecase.ts';

/** The country's minimum withdrawal, in the earner's currency: the form says it before a refusal would. */
export async function withdrawalTerms(ctx: PayoutContext, actor: Actor | null) {
  const earner = earnerOf(actor);
  const user = await ctx.identity.call('GetUser', { userId: earner.id });
  return { minimum: { amount: ctx.minimumWithdrawal(user.countryCode).toString(), currency: user.currency } };
}
