import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { operation } from '../openapi/operation.ts';
import { callOptions, requireRole } from '../plugins/auth.ts';
import { errorResponses, IdempotencyKeyHeader } from '../schemas/common.ts';
import {
  MyPayoutsQuery,
  PayoutMethodBody,
  PayoutMethodSchema,
  PayoutPageSchema,
  PayoutParams,
  PayoutSchema,
  WithdrawalTermsSchema,
  WithdrawBody,
} from '../schemas/payout.schemas.ts';
import { toEarnerPayoutJson, toEarnerPayoutPageJson, toPayoutMethodJson, toWithdrawalTermsJson } from './payout-views.ts';
import type { RouteDeps } from './route-deps.ts';
import { pageOf } from './paging.ts';

/** REST path prefix -> the role whose routes they are: drivers under /api/driver, restaurants under /api/restaurant. */
const EARNERS = [
  ['driver', 'DRIVER', 'Driver'],
  ['restaurant', 'RESTAURANT', 'Restaurant'],
] as const;

/**
 * An earner's own payout method and withdrawals (SPEC 6). Pure translation: the payout service checks
 * identity's eligibility and every payout rule, locks the funds with the wallet ledger and keeps the
 * account number encrypted; the earner reaches it only as the forwarded actor.
 */
export const payoutRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { clients, withdrawRateLimit }) => {
  const tags = ['payouts'];
  const security = [{ bearer: [] }];

  for (const [prefix, role, Earner] of EARNERS) {
    // The number goes inward only: the response is the masked method (****1234), never the number.
    app.post(
      `/api/${prefix}/bank-account`,
      {
        preHandler: [requireRole(role)],
        schema: {
          ...operation(
            `set${Earner}PayoutMethod`,
            `Set my payout method (${prefix}s)`,
            'A bank account or mobile money wallet. The number is accepted and never returned (only its last four). A name that does not match the legal name waits for an admin’s review; after a change, withdrawals to the new method wait a cooling-off period.',
          ),
          tags,
          security,
          body: PayoutMethodBody,
          response: { 201: PayoutMethodSchema, ...errorResponses(400, 401, 403, 409, 422) },
        },
      },
      async (request, reply) => {
        const b = request.body;
        const method = await clients.payout.call(
          'SetPayoutMethod',
          {
            type: b.type,
            bankName: b.bankName ?? '',
            bankCode: b.bankCode ?? '',
            provider: b.provider ?? '',
            accountNumber: b.accountNumber,
            accountName: b.accountName,
          },
          callOptions(request),
        );
        return reply.code(201).header('location', `/api/${prefix}/bank-account`).send(toPayoutMethodJson(method));
      },
    );

    app.get(
      `/api/${prefix}/bank-account`,
      {
        preHandler: [requireRole(role)],
        schema: {
          ...operation(`get${Earner}PayoutMethod`, `My payout method (${prefix}s)`, 'The masked method (****1234) and whether it is verified.'),
          tags,
          security,
          response: { 200: PayoutMethodSchema, ...errorResponses(401, 403, 404) },
        },
      },
      async (request) => toPayoutMethodJson(await clients.payout.call('GetPayoutMethod', {}, callOptions(request))),
    );

    app.get(
      `/api/${prefix}/withdrawal-terms`,
      {
        preHandler: [requireRole(role)],
        schema: {
          ...operation(
            `get${Earner}WithdrawalTerms`,
            `My withdrawal terms (${prefix}s)`,
            "The country's minimum withdrawal, so a form can say it before a refusal.",
          ),
          tags,
          security,
          response: { 200: WithdrawalTermsSchema, ...errorResponses(401, 403) },
        },
      },
      async (request) => toWithdrawalTermsJson(await clients.payout.call('GetWithdrawalTerms', {}, callOptions(request))),
    );

    // A refusal is 422 PAYOUT_BLOCKED with every failed rule in `reasons`, and nothing moves. A repeat
    // with the same Idempotency-Key answers with the same payout (the service scopes keys per earner).
    // Counted per user, more tightly than the global per-IP limit (RATE_LIMIT_PER_MINUTE / 60).
    app.post(
      `/api/${prefix}/withdraw`,
      {
        config: { rateLimit: withdrawRateLimit },
        preHandler: [requireRole(role), app.idempotent],
        schema: {
          ...operation(
            `request${Earner}Withdrawal`,
            `Withdraw to my payout method (${prefix}s)`,
            'Locks the amount in the wallet and creates a payout for review. Every refusal is 422 PAYOUT_BLOCKED with each failed rule in `reasons` (not verified, below the minimum, more than withdrawable, method under review, ...), and nothing moves. Requires an `Idempotency-Key`.',
          ),
          tags,
          security,
          headers: IdempotencyKeyHeader,
          body: WithdrawBody,
          response: { 201: PayoutSchema, ...errorResponses(400, 401, 403, 409, 422, 429) },
        },
      },
      async (request, reply) => {
        const { amount, currency } = request.body;
        const payout = await clients.payout.call(
          'RequestWithdrawal',
          { idempotencyKey: request.headers['idempotency-key'], amount: { amount: String(amount), currency }, clientIp: request.ip },
          callOptions(request),
        );
        return reply.code(201).header('location', `/api/${prefix}/payouts/${payout.id}`).send(toEarnerPayoutJson(payout));
      },
    );

    app.get(
      `/api/${prefix}/payouts`,
      {
        preHandler: [requireRole(role)],
        schema: {
          ...operation(`list${Earner}Payouts`, `My payouts (${prefix}s)`, 'Newest first, a page at a time, each with its status and timeline.'),
          tags,
          security,
          querystring: MyPayoutsQuery,
          response: { 200: PayoutPageSchema, ...errorResponses(400, 401, 403) },
        },
      },
      async (request) => toEarnerPayoutPageJson(await clients.payout.call('ListMyPayouts', { page: pageOf(request.query) }, callOptions(request))),
    );

    // Another earner's payout is indistinguishable from none (the service answers 404).
    app.get(
      `/api/${prefix}/payouts/:payoutId`,
      {
        preHandler: [requireRole(role)],
        schema: {
          ...operation(`get${Earner}Payout`, `One of my payouts (${prefix}s)`, 'Another earner’s payout answers 404.'),
          tags,
          security,
          params: PayoutParams,
          response: { 200: PayoutSchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request) => toEarnerPayoutJson(await clients.payout.call('GetPayout', { payoutId: request.params.payoutId }, callOptions(request))),
    );
  }
};
