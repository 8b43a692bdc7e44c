import type { Actor } from '@ziba/service-kit';
import { AppError } from '@ziba/service-kit/errors';
import { actionsWhileIneligible, RECHECKED_STEPS } from '../domain/approval-rules.ts';
import { PayoutErrors } from '../domain/payout-state.ts';
import { MethodRepository } from '../persistence/payout-method.repository.ts';
import { PayoutRepository } from '../persistence/payout.repository.ts';
import type { PayoutContext } from './payout-context.ts';
import { toPayoutMessage } from './payout-mapper.ts';
import { earnerOf } from './payout-methods.usecase.ts';

/** A payout, to its earner or an admin; to anyone else it does not exist. */
export async function getPayout(ctx: PayoutContext, actor: Actor | null, payoutId: string) {
  const em = ctx.orm.em.fork();
  const p = await PayoutRepository.view(em, payoutId);
  if (!p || (actor?.type !== 'ADMIN' && actor?.id !== p.ownerId)) throw PayoutErrors.notFound();
  const message = await toPayoutMessage(em, p, actor?.id ?? null);
  if (actor?.type !== 'ADMIN') return message;
  // Offer no step the move would refuse: those that can pay the earner are asked of identity again there.
  const eligibility = message.adminActions.some((a) => RECHECKED_STEPS.includes(a))
    ? await ctx.identity.call('CheckEligibility', { userId: p.ownerId, action: 'WITHDRAW', mode: p.mode }, { actor })
    : { allowed: true, reasons: [] };
  // The admin's timeline also shows what the provider reported.
  const callbacks = await PayoutRepository.providerCallbacks(em, p.id);
  return {
    ...message,
    accountHolderName: (p.methodId && (await MethodRepository.holderName(em, p.methodId))) || '',
    adminActions: eligibility.allowed ? message.adminActions : actionsWhileIneligible(message.adminActions),
    heldBackReasons: eligibility.allowed ? [] : eligibility.reasons,
    providerCallbacks: callbacks.map((c) => ({
      provider: c.provider,
      eventId: c.event_id,
      status: c.status,
      receivedAt: new Date(c.received_at).toISOString(),
    })),
  };
}

async function page(ctx: PayoutContext, filter: Parameters<typeof PayoutRepository.list>[1]) {
  const em = ctx.orm.em.fork();
  const rows = await PayoutRepository.list(em, { ...filter, limit: filter.limit + 1 });
  const shown = rows.slice(0, filter.limit);
  return {
    payouts: await Promise.all(shown.map((p) => toPayoutMessage(em, p))),
    page: { nextCursor: rows.length > filter.limit ? shown[shown.length - 1]!.id : '' },
  };
}

const size = (n: number | undefined) => Math.min(Math.max(n || 20, 1), 100);

export async function listMyPayouts(ctx: PayoutContext, actor: Actor | null, p: { pageSize: number; cursor: string }) {
  const earner = earnerOf(actor);
  return page(ctx, { ownerId: earner.id, cursor: p.cursor, limit: size(p.pageSize) });
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The admin list: live payouts unless test ones are asked for, so test money never mixes into a live view. */
export async function listPayouts(
  ctx: PayoutContext,
  actor: Actor | null,
  f: {
    status: string;
    ownerType: string;
    countryCode: string;
    mode: string;
    from: string;
    to: string;
    methodType: string;
    flagged: string;
    order: string;
    pageSize: number;
    cursor: string;
  },
) {
  if (actor?.type !== 'ADMIN') throw new AppError('FORBIDDEN', 'ADMIN_ONLY', 'payouts are listed for admins');
  if ((f.from && !DATE.test(f.from)) || (f.to && !DATE.test(f.to))) throw PayoutErrors.invalid('from and to', 'are dates as YYYY-MM-DD');
  const mode = f.mode || 'live';
  if (mode !== 'live' && mode !== 'test') throw PayoutErrors.invalid('mode', 'is live or test');
  if (f.methodType && f.methodType !== 'BANK' && f.methodType !== 'MOBILE_MONEY') throw PayoutErrors.invalid('methodType', 'is BANK or MOBILE_MONEY');
  if (f.flagged && f.flagged !== 'yes' && f.flagged !== 'no') throw PayoutErrors.invalid('flagged', 'is yes or no');
  const flagged = f.flagged ? f.flagged === 'yes' : undefined;
  if (f.order && f.order !== 'newest' && f.order !== 'oldest') throw PayoutErrors.invalid('order', 'is newest or oldest');
  return page(ctx, {
    status: f.status,
    ownerType: f.ownerType,
    countryCode: f.countryCode,
    mode,
    from: f.from,
    to: f.to,
    methodType: f.methodType,
    flagged,
    oldestFirst: f.order === 'oldest',
    cursor: f.cursor,
    limit: size(f.pageSize),
  });
}
