// The withdrawals and the admins' decisions (payout-plan.ts). A withdrawal goes under a seed-derived
// Idempotency-Key, so asking again answers with the payout made the first time; each admin step is
// taken only when the payout's own history says it has not happened yet (a step repeated after its
// stored answer expired would otherwise be a second decision).
import type { Schemas } from '@ziba/api-client';
import type { Member } from './accounts.ts';
import type { DemoContext } from './context.ts';
import { CURRENCY, member, money } from './context.ts';
import { DemoError, must, problemOf } from './gateway.ts';
import type { AdminStep, PlannedPayout } from './payout-plan.ts';

type Payout = Schemas['Payout'];

export interface PayoutOutcome {
  planned: PlannedPayout;
  earner: Member;
  status: string;
  reviewFlags: string[];
  /** Approvals given of those required, e.g. 1/2 */
  approvals: string;
  /** Made by this run (false: found from an earlier one). */
  created: boolean;
}

const entered = (p: Payout, status: string) => p.transitions.filter((t) => t.toStatus === status).length;

/** Whether the payout's history already holds this step. */
function happened(p: Payout, step: AdminStep): boolean {
  switch (step.action) {
    case 'approve':
      return p.approvals.given >= 1;
    case 'reject':
      return entered(p, 'REJECTED') > 0;
    case 'mark-paid':
      return entered(p, 'PAID') > 0;
    case 'mark-failed':
      return entered(p, 'FAILED') > 0;
    case 'retry':
      return entered(p, 'PROCESSING') > 1;
    case 'reverse':
      return entered(p, 'REVERSED') > 0;
    case 'suspend-earner':
      return p.reviewFlags.length > 0;
  }
}

/** `n`: this payout's place among the earner's planned payouts (its key). */
export async function ensurePayout(ctx: DemoContext, planned: PlannedPayout, n: number): Promise<PayoutOutcome> {
  const earner = member(ctx, planned.earner);
  const what = `withdrawal ${n + 1} of ${earner.email} (${money(planned.amount, earner.person.country)})`;
  const asked = await requestWithdrawal(ctx, earner, planned, n, what);
  if (planned.blocked) {
    if (problemOf(asked.error).code !== 'PAYOUT_BLOCKED') throw new DemoError(`${what} should have been refused, got ${asked.response.status}`);
    const reasons = problemOf(asked.error).reasons;
    return { planned, earner, status: 'BLOCKED', reviewFlags: reasons, approvals: '', created: asked.response.headers.get('idempotent-replayed') !== 'true' };
  }
  const requested = await must(what, Promise.resolve(asked));
  const payoutId = requested.id;
  const read = () => must(`payout ${payoutId}`, ctx.admin.GET('/api/admin/payouts/{payoutId}', { params: { path: { payoutId } } }));

  // A replayed answer is the payout as it was then; anything else is as it is now.
  let payout: Payout = asked.response.headers.get('idempotent-replayed') === 'true' ? await read() : requested;
  for (const [i, step] of planned.steps.entries()) {
    if (happened(payout, step)) continue;
    payout = (await takeStep(ctx, earner, payoutId, step, ctx.seeded.key(`payout:${planned.earner}:${n}:${i}:${step.action}`))) ?? (await read());
  }
  // Test-mode money goes to the simulated provider, which reports back through a webhook shortly.
  for (let waited = 0; payout.provider === 'simulated' && payout.status === 'PROCESSING' && waited < 5_000; waited += 200) {
    await new Promise((r) => setTimeout(r, 200));
    payout = await read();
  }
  return {
    planned,
    earner,
    status: payout.status,
    reviewFlags: payout.reviewFlags,
    approvals: `${payout.approvals.given}/${payout.approvals.required}`,
    created: Date.parse(payout.createdAt) >= ctx.startedAt.getTime(),
  };
}

/** Refusals for the rate of requests only: another hour, the same request passes. */
const RATE_REASONS = ['VELOCITY_LIMIT'];

/**
 * Asks for the withdrawal under the seed's key. A refusal is kept with its key for good, so when an
 * earlier run was refused only for the rate of requests (the payout service allows 5 an hour per
 * earner), the next key of a fixed sequence asks again.
 */
async function requestWithdrawal(ctx: DemoContext, earner: Member, planned: PlannedPayout, n: number, what: string) {
  const path = earner.person.role === 'RESTAURANT' ? '/api/restaurant/withdraw' : '/api/driver/withdraw';
  for (let attempt = 0; ; attempt++) {
    const asked = await earner.api.POST(path, {
      params: { header: { 'idempotency-key': ctx.seeded.key(`withdraw:${planned.earner}:${n}${attempt ? `:again-${attempt}` : ''}`) } },
      body: { amount: planned.amount, currency: CURRENCY[earner.person.country] },
    });
    const problem = problemOf(asked.error);
    if (planned.blocked || problem.code !== 'PAYOUT_BLOCKED' || !problem.reasons.every((r) => RATE_REASONS.includes(r))) return asked;
    const refusedId = /withdrawal (\S+) was refused/.exec(problem.detail)?.[1] ?? '';
    const refused = await ctx.admin.GET('/api/admin/payouts/{payoutId}', { params: { path: { payoutId: refusedId } } });
    const earlier = refused.data && Date.parse(refused.data.createdAt) < ctx.startedAt.getTime();
    if (!earlier || attempt >= 3) {
      throw new DemoError(
        `${what} was refused for too many withdrawal requests (${problem.reasons.join(', ')}): 5 an hour per earner, 20 per client address; run scripts/demo again in an hour and it carries on from here`,
      );
    }
  }
}

/** Takes the step; answers the payout after it (null when the step's answer is not the payout). */
async function takeStep(ctx: DemoContext, earner: Member, payoutId: string, step: AdminStep, key: string): Promise<Payout | null> {
  const params = { path: { payoutId }, header: { 'idempotency-key': key } };
  const what = `${step.action} payout ${payoutId}`;
  switch (step.action) {
    case 'approve':
      return must(what, ctx.admin.POST('/api/admin/payouts/{payoutId}/approve', { params, body: {} }));
    case 'reject':
      return must(what, ctx.admin.POST('/api/admin/payouts/{payoutId}/reject', { params, body: { rejectionReason: step.rejectionReason } }));
    case 'mark-paid':
      return must(what, ctx.admin.POST('/api/admin/payouts/{payoutId}/mark-paid', { params, body: { externalReference: step.externalReference } }));
    case 'mark-failed':
      return must(what, ctx.admin.POST('/api/admin/payouts/{payoutId}/mark-failed', { params, body: { failureReason: step.failureReason } }));
    case 'retry':
      return must(what, ctx.admin.POST('/api/admin/payouts/{payoutId}/retry', { params, body: {} }));
    case 'reverse':
      return must(what, ctx.admin.POST('/api/admin/payouts/{payoutId}/reverse', { params, body: {} }));
    case 'suspend-earner':
      await suspendThenTryToApprove(ctx, earner, payoutId, step.reason, params);
      return null;
  }
}

/**
 * Suspends the driver (unless already suspended), then an admin tries to approve: the payout service
 * asks identity again, refuses (422 EARNER_NOT_ELIGIBLE) and flags the payout with the reasons.
 */
async function suspendThenTryToApprove(
  ctx: DemoContext,
  driver: Member,
  payoutId: string,
  reason: string,
  params: { path: { payoutId: string }; header: { 'idempotency-key': string } },
) {
  const me = await must(`account of ${driver.email}`, driver.api.GET('/api/me'));
  if (me.driverStatus !== 'SUSPENDED') {
    await must(`suspend ${driver.email}`, ctx.admin.POST('/api/admin/drivers/{userId}/suspend', { params: { path: { userId: driver.id } }, body: { reason } }));
  }
  const attempt = await ctx.admin.POST('/api/admin/payouts/{payoutId}/approve', { params, body: {} });
  if (problemOf(attempt.error).code !== 'EARNER_NOT_ELIGIBLE')
    throw new DemoError(`approving the suspended driver's payout ${payoutId} should be refused, got ${attempt.response.status}`);
}
