import type { PayoutServiceHandlers } from '@ziba/contracts';
import { requireUuid, type CallContext, type HandlersOf, type RequestOf } from '@ziba/service-kit';
import { runAutoWeeklyPayouts } from '../application/auto-weekly-run.usecase.ts';
import { listAutoWeeklyRuns } from '../application/auto-weekly-runs.query.ts';
import type { PayoutContext } from '../application/payout-context.ts';
import { decidePayoutMethod, listPayoutMethods } from '../application/payout-method-review.usecase.ts';
import { getPayoutMethod, setPayoutMethod } from '../application/payout-methods.usecase.ts';
import { getPayout, listMyPayouts, listPayouts } from '../application/payout-queries.ts';
import { decidePayout } from '../application/payout.saga.ts';
import { handleProviderWebhook } from '../application/provider-webhook.usecase.ts';
import { requestWithdrawal } from '../application/request-withdrawal.usecase.ts';
import { withdrawalTerms } from '../application/withdrawal-terms.query.ts';

type Req<K extends keyof PayoutServiceHandlers> = RequestOf<PayoutServiceHandlers, K>;

const uuid = requireUuid;

/** Translates gRPC messages to the use cases; the earner or admin is the call's actor. */
export function payoutHandlers(ctx: PayoutContext): HandlersOf<PayoutServiceHandlers> {
  return {
    SetPayoutMethod: async (r: Req<'SetPayoutMethod'>, c: CallContext) => setPayoutMethod(ctx, c.actor, r),
    GetPayoutMethod: async (_r: Req<'GetPayoutMethod'>, c: CallContext) => getPayoutMethod(ctx, c.actor),
    ListPayoutMethods: async (r: Req<'ListPayoutMethods'>, c: CallContext) => listPayoutMethods(ctx, c.actor, r.status),
    DecidePayoutMethod: async (r: Req<'DecidePayoutMethod'>, c: CallContext) =>
      decidePayoutMethod(ctx, c.actor, uuid('methodId', r.methodId), r.decision, r.note),
    GetWithdrawalTerms: async (_r: Req<'GetWithdrawalTerms'>, c: CallContext) => withdrawalTerms(ctx, c.actor),
    RequestWithdrawal: async (r: Req<'RequestWithdrawal'>, c: CallContext) =>
      requestWithdrawal(ctx, c.actor, { idempotencyKey: r.idempotencyKey, amount: r.amount, clientIp: r.clientIp }),
    ListMyPayouts: async (r: Req<'ListMyPayouts'>, c: CallContext) =>
      listMyPayouts(ctx, c.actor, { pageSize: r.page?.pageSize ?? 20, cursor: r.page?.cursor ? uuid('cursor', r.page.cursor) : '' }),
    GetPayout: async (r: Req<'GetPayout'>, c: CallContext) => getPayout(ctx, c.actor, uuid('payoutId', r.payoutId)),
    ListPayouts: async (r: Req<'ListPayouts'>, c: CallContext) =>
      listPayouts(ctx, c.actor, {
        status: r.status,
        ownerType: r.ownerType,
        countryCode: r.countryCode,
        mode: r.mode,
        from: r.from,
        to: r.to,
        methodType: r.methodType,
        flagged: r.flagged,
        order: r.order,
        pageSize: r.page?.pageSize ?? 20,
        cursor: r.page?.cursor ? uuid('cursor', r.page.cursor) : '',
      }),
    DecidePayout: async (r: Req<'DecidePayout'>, c: CallContext) =>
      decidePayout(ctx, c.actor, uuid('payoutId', r.payoutId), r.action, r.reason, r.externalReference, c.requestKey),
    HandleProviderWebhook: async (r: Req<'HandleProviderWebhook'>) =>
      handleProviderWebhook(ctx, { provider: r.provider, timestamp: r.timestamp, signature: r.signature, rawBody: Buffer.from(r.rawBody) }),
    RunAutoWeeklyPayouts: async (r: Req<'RunAutoWeeklyPayouts'>, c: CallContext) =>
      runAutoWeeklyPayouts(ctx, c.actor, { weekOf: r.weekOf, countryCode: r.countryCode }),
    ListAutoWeeklyRuns: async (r: Req<'ListAutoWeeklyRuns'>, c: CallContext) => listAutoWeeklyRuns(ctx, c.actor, { countryCode: r.countryCode }),
  };
}
