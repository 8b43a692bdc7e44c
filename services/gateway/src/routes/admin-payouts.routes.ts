import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { modeOf } from '@ziba/service-kit/mode';
import { callOptions, requirePermission } from '../plugins/auth.ts';
import { EmptyBody, errorResponses, OptionalIdempotencyKeyHeader } from '../schemas/common.ts';
import {
  AdminPayoutDetailSchema,
  AdminPayoutPageSchema,
  AdminPayoutsQuery,
  ApprovePayoutBody,
  MethodReviewBody,
  AdminPayoutMethodListSchema,
  PayoutMethodParams,
  PayoutMethodSchema,
  PayoutMethodsQuery,
  AutoWeeklyRunBody,
  AutoWeeklyRunSchema,
  MarkFailedBody,
  MarkReturnedBody,
  MarkPaidBody,
  PayoutParams,
  PayoutSchema,
  RejectPayoutBody,
} from '../schemas/payout.schemas.ts';
import { toPayoutJson, toPayoutMethodJson, toPayoutPageJson } from './payout-views.ts';
import { noBodyIsEmpty, type RouteDeps } from './route-deps.ts';
import { emailsForAdmin, emailsOf, legalNamesOf } from './user-lookups.ts';
import { operation } from '../openapi/operation.ts';
import { requireOrderedDates } from './query-ranges.ts';
import { pageOf } from './paging.ts';
import { SYSTEM_JOB_OR_ADMIN } from './admin-settlements.routes.ts';
import { countryFilterOf } from './country-filter.ts';
import { toTransactionJson } from './wallet-views.ts';

/**
 * Payout review (SPEC 6): VIEW_PAYOUTS or MANAGE_PAYOUTS to read, MANAGE_PAYOUTS to decide. Pure
 * translation: which action is allowed from which status, the note a flagged payout needs, and the
 * locked funds' capture or release are the payout service's; twenty concurrent approvals move once.
 */
export const adminPayoutRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { clients }) => {
  const tags = ['admin'];
  const security = [{ bearer: [] }];
  // Fresh arrays per route: the rate-limit plugin appends its own hook to a route's preHandler list.
  const readers = () => [requirePermission('VIEW_PAYOUTS', 'MANAGE_PAYOUTS')];
  const deciders = () => [requirePermission('MANAGE_PAYOUTS'), app.idempotent];

  app.get(
    '/api/admin/payouts',
    {
      preHandler: readers(),
      schema: {
        ...operation(
          'listPayouts',
          'Payouts (VIEW_PAYOUTS or MANAGE_PAYOUTS)',
          'Filter by status, owner type, country, mode and dates; a page at a time, newest first unless order=oldest. Live payouts unless mode=test.',
        ),
        tags,
        security,
        querystring: AdminPayoutsQuery,
        response: { 200: AdminPayoutPageSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const q = request.query;
      requireOrderedDates(q);
      const r = await clients.payout.call(
        'ListPayouts',
        {
          status: q.status ?? '',
          ownerType: q.ownerType ?? '',
          countryCode: countryFilterOf(q),
          mode: q.mode ?? '',
          from: q.from ?? '',
          to: q.to ?? '',
          methodType: q.methodKind ?? '',
          flagged: q.flagged ?? '',
          order: q.order ?? '',
          page: pageOf(q),
        },
        callOptions(request),
      );
      const page = toPayoutPageJson(r);
      const emailOf = await emailsOf(
        clients,
        request,
        page.payouts.map((p) => p.ownerId),
      );
      return { ...page, payouts: page.payouts.map((p) => ({ ...p, ownerEmail: emailOf(p.ownerId) })) };
    },
  );

  // Payout methods whose account name did not match the legal name wait here for an admin.
  app.get(
    '/api/admin/payout-methods',
    {
      preHandler: readers(),
      schema: {
        ...operation(
          'listPayoutMethods',
          'Payout methods (VIEW_PAYOUTS or MANAGE_PAYOUTS)',
          'Methods waiting for review are those whose account name did not match the legal name. Numbers are masked.',
        ),
        tags,
        security,
        querystring: PayoutMethodsQuery,
        response: { 200: AdminPayoutMethodListSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const r = await clients.payout.call('ListPayoutMethods', { status: request.query.status ?? '' }, callOptions(request));
      const owners = r.methods.map((m) => m.ownerId);
      const [emailOf, legalNameOf] = await Promise.all([emailsOf(clients, request, owners), legalNamesOf(clients, request, owners)]);
      return {
        methods: r.methods.map((m) => ({
          ...toPayoutMethodJson(m),
          ownerEmail: emailOf(m.ownerId),
          ownerLegalName: legalNameOf(m.ownerId),
          reviewFlags: m.reviewFlags,
        })),
      };
    },
  );
  for (const [segment, decisionName] of [
    ['verify', 'APPROVE'],
    ['reject', 'REJECT'],
  ] as const) {
    app.post(
      `/api/admin/payout-methods/:methodId/${segment}`,
      {
        preHandler: deciders(),
        schema: {
          ...operation(
            segment === 'verify' ? 'verifyPayoutMethod' : 'rejectPayoutMethod',
            segment === 'verify' ? 'Verify a payout method under review (MANAGE_PAYOUTS)' : 'Reject a payout method under review (MANAGE_PAYOUTS)',
            'For a method whose account name did not match the legal name; the note is recorded in the audit trail.',
          ),
          tags,
          security,
          params: PayoutMethodParams,
          body: MethodReviewBody,
          response: { 200: PayoutMethodSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) =>
        toPayoutMethodJson(
          await clients.payout.call(
            'DecidePayoutMethod',
            { methodId: request.params.methodId, decision: decisionName, note: request.body.note },
            callOptions(request),
          ),
        ),
    );
  }

  // Once per (week, country): a repeat reports the first run (`replayed: true`) and creates nothing.
  app.post(
    '/api/admin/payouts/auto-weekly-run',
    // Admins with MANAGE_PAYOUTS, or the weekly CronJob's system credential.
    {
      config: { systemJob: true },
      preHandler: [requirePermission('MANAGE_PAYOUTS'), app.idempotent],
      schema: {
        ...operation(
          'runAutoWeeklyPayouts',
          'Run the weekly automatic payouts (MANAGE_PAYOUTS or the system job)',
          'For an ended week and a country: a payout for each eligible earner. Once per week and country: a repeat reports the first run.',
        ),
        tags,
        security: SYSTEM_JOB_OR_ADMIN,
        headers: OptionalIdempotencyKeyHeader,
        body: AutoWeeklyRunBody,
        response: { 200: AutoWeeklyRunSchema, ...errorResponses(400, 401, 403, 409, 422) },
      },
    },
    async (request) => {
      const r = await clients.payout.call('RunAutoWeeklyPayouts', { weekOf: request.body.weekOf, countryCode: request.body.countryCode }, callOptions(request));
      const emailOf = await emailsForAdmin(clients, request, [...r.payouts.map((p) => p.ownerId), ...r.skippedEarners.map((s) => s.ownerId)]);
      return {
        ...r,
        payouts: r.payouts.map((p) => ({ ...toPayoutJson(p), ownerEmail: emailOf(p.ownerId) })),
        // Only to an admin: the CronJob logs its answer, and why an earner was passed by (suspended,
        // a document missing) is theirs, not a pod log's.
        skippedEarners:
          request.principal?.role === 'ADMIN' ? r.skippedEarners.map((s) => ({ ownerId: s.ownerId, ownerEmail: emailOf(s.ownerId), reasons: s.reasons })) : [],
      };
    },
  );

  // The payout with the earner and their KYC state (from identity), for the admin who decides it.
  app.get(
    '/api/admin/payouts/:payoutId',
    {
      preHandler: readers(),
      schema: {
        ...operation(
          'getPayoutAsAdmin',
          'A payout with its earner and KYC (VIEW_PAYOUTS or MANAGE_PAYOUTS)',
          'The payout, its timeline, its approvals, and where the earner’s verification stands.',
        ),
        tags,
        security,
        params: PayoutParams,
        response: { 200: AdminPayoutDetailSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const payout = await clients.payout.call('GetPayout', { payoutId: request.params.payoutId }, callOptions(request));
      // What the payout did to the earner's wallet: the ledger entries made under its reference. Each
      // ledger call needs the one before (the wallet is found by the earner's currency and mode, the
      // entries by the wallet's id), so the chain runs beside the KYC read rather than after it. The
      // earner's own currency, not the payout's: a request refused for another currency has none.
      const earnerAndLedger = async () => {
        const user = await clients.identity.call('GetUser', { userId: payout.ownerId }, callOptions(request));
        const wallet = await clients.wallet.call(
          'GetWallet',
          { owner: { ownerId: payout.ownerId, currency: user.currency, mode: modeOf(user.testMode) } },
          callOptions(request),
        );
        const entries = await clients.wallet.call(
          'ListTransactions',
          { walletId: wallet.id, referenceType: 'payout', referenceId: payout.id, page: { pageSize: 100, cursor: '' } },
          callOptions(request),
        );
        return { user, wallet, entries };
      };
      const view = toPayoutJson(payout);
      const [{ user, wallet, entries }, kyc, emailOf, legalNameOf] = await Promise.all([
        earnerAndLedger(),
        clients.identity.call('GetVerification', { userId: payout.ownerId }, callOptions(request)),
        emailsOf(clients, request, [...view.transitions.map((t) => t.actorId), ...view.approvals.by.map((a) => a.adminId)]),
        legalNamesOf(clients, request, [payout.ownerId]),
      ]);
      return {
        ...view,
        transitions: view.transitions.map((t) => ({ ...t, actorEmail: emailOf(t.actorId) })),
        approvals: { ...view.approvals, by: view.approvals.by.map((a) => ({ ...a, adminEmail: emailOf(a.adminId) })) },
        earnerWalletId: wallet.id,
        ledgerEntries: entries.transactions.map(toTransactionJson),
        providerCallbacks: payout.providerCallbacks,
        nextActions: payout.adminActions,
        heldBackReasons: payout.heldBackReasons,
        earner: { email: user.email, role: user.role, countryCode: user.countryCode, status: user.status, legalName: legalNameOf(payout.ownerId) },
        accountHolderName: payout.accountHolderName || null,
        kyc: {
          status: kyc.status,
          identityVerified: kyc.identityVerified,
          addressVerified: kyc.addressVerified,
          driverStatus: kyc.driverStatus || null,
          missingRequirements: kyc.missingRequirements,
          openReviewFlags: kyc.reviewFlags.filter((f) => f.status === 'OPEN').map((f) => f.reason),
        },
      };
    },
  );

  // One route per action, each with the one input it needs (REST segments with dashes, the service's
  // actions with underscores). Which action is allowed from which status is the service's rule (409).
  const decide = async (request: FastifyRequest, payoutId: string, action: string, input: { reason?: string; externalReference?: string } = {}) =>
    toPayoutJson(
      await clients.payout.call(
        'DecidePayout',
        { payoutId, action, reason: input.reason ?? '', externalReference: input.externalReference ?? '' },
        callOptions(request),
      ),
    );
  const decision = <B>(body: B) => ({
    tags,
    security,
    headers: OptionalIdempotencyKeyHeader,
    params: PayoutParams,
    body,
    response: { 200: PayoutSchema, ...errorResponses(400, 401, 403, 404, 409, 422) },
  });

  // The funds stay locked; with the manual provider the payout goes to finance at once (PROCESSING).
  app.post(
    '/api/admin/payouts/:payoutId/approve',
    {
      preValidation: noBodyIsEmpty,
      preHandler: deciders(),
      schema: {
        ...operation(
          'approvePayout',
          'Approve a payout (MANAGE_PAYOUTS)',
          'At or above the country’s four-eyes threshold two different admins must approve. A payout with review flags needs a note. The funds stay locked until it is paid or given up.',
        ),
        ...decision(ApprovePayoutBody),
      },
    },
    async (request) => decide(request, request.params.payoutId, 'approve', { reason: request.body.note }),
  );

  // The locked funds return to available.
  app.post(
    '/api/admin/payouts/:payoutId/reject',
    {
      preHandler: deciders(),
      schema: {
        ...operation('rejectPayout', 'Reject a payout (MANAGE_PAYOUTS)', 'The earner is told the reason; the locked funds return to available.'),
        ...decision(RejectPayoutBody),
      },
    },
    async (request) => decide(request, request.params.payoutId, 'reject', { reason: request.body.rejectionReason }),
  );

  // Finance sent the money: the locked funds are captured, for good.
  app.post(
    '/api/admin/payouts/:payoutId/mark-paid',
    {
      preHandler: deciders(),
      schema: {
        ...operation(
          'markPayoutPaid',
          'Mark a payout paid (MANAGE_PAYOUTS)',
          'Finance sent the money: the locked funds are captured, once, with the transfer’s reference.',
        ),
        ...decision(MarkPaidBody),
      },
    },
    async (request) => decide(request, request.params.payoutId, 'mark_paid', { externalReference: request.body.externalReference }),
  );

  // The transfer failed: the funds stay locked until the payout is retried or reversed.
  app.post(
    '/api/admin/payouts/:payoutId/mark-failed',
    {
      preHandler: deciders(),
      schema: {
        ...operation(
          'markPayoutFailed',
          'Mark a payout failed (MANAGE_PAYOUTS)',
          'The transfer failed: the funds stay locked until the payout is retried or reversed.',
        ),
        ...decision(MarkFailedBody),
      },
    },
    async (request) => decide(request, request.params.payoutId, 'mark_failed', { reason: request.body.failureReason }),
  );

  // The bank sent a paid (manual) payout back: the money is credited back to the earner, who is flagged.
  app.post(
    '/api/admin/payouts/:payoutId/mark-returned',
    {
      preHandler: deciders(),
      schema: {
        ...operation(
          'markPayoutReturned',
          'Record a paid payout the bank returned (MANAGE_PAYOUTS)',
          'For the manual provider (another provider reports its returns itself: 409 RETURN_REPORTED_BY_PROVIDER). The amount is credited back to the earner’s available balance by a new entry, once; what the bank said is kept as the payout’s failureReason, and the earner’s payouts still open, and later ones, are flagged for review (PAYOUT_RETURNED_BEFORE).',
        ),
        ...decision(MarkReturnedBody),
      },
    },
    async (request) => decide(request, request.params.payoutId, 'mark_returned', { reason: request.body.returnReason }),
  );

  // retry: a failed payout goes back to the provider; reverse: it is given up and the funds released.
  for (const action of ['retry', 'reverse'] as const) {
    app.post(
      `/api/admin/payouts/:payoutId/${action}`,
      {
        preValidation: noBodyIsEmpty,
        preHandler: deciders(),
        schema: {
          ...operation(
            `${action}Payout`,
            action === 'retry' ? 'Retry a failed payout (MANAGE_PAYOUTS)' : 'Reverse a failed payout (MANAGE_PAYOUTS)',
            action === 'retry'
              ? 'Sends the payout to the provider again; the funds are still locked.'
              : 'Gives the payout up: the locked funds return to the earner’s available balance. A payout sent through a provider with a status query is first checked there: paid after all, it is made PAID and the reversal refused (409 PAYOUT_PAID_BY_PROVIDER); not confirmed failed, nothing moves (409 PROVIDER_FAILURE_UNCONFIRMED).',
          ),
          ...decision(EmptyBody),
        },
      },
      async (request) => decide(request, request.params.payoutId, action),
    );
  }
};
