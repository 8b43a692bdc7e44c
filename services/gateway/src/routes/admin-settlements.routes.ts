import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { callOptions, requirePermission } from '../plugins/auth.ts';
import { errorResponses, IdempotencyKeyHeader, OptionalIdempotencyKeyHeader } from '../schemas/common.ts';
import {
  EarningsQuery,
  EarningsReportSchema,
  NegativeBalanceBody,
  NegativeBalanceSettlementSchema,
  WeeklyNettingBody,
  WeeklyNettingResultSchema,
} from '../schemas/trip.schemas.ts';
import type { RouteDeps } from './route-deps.ts';
import { operation } from '../openapi/operation.ts';
import { toEarningsRowJson, toNettingRunJson } from './trip-views.ts';
import { requireOrderedDates } from './query-ranges.ts';
import { emailsForAdmin } from './user-lookups.ts';

/**
 * Weekly commission netting and earnings reports (SPEC 5). Pure translation: which wallets owe, how
 * much is taken, and that a repeated (week, country) moves nothing are the trip service's to decide.
 */
/** The weekly runs accept an admin's token or the CronJob's SYSTEM_JOB_TOKEN. */
export const SYSTEM_JOB_OR_ADMIN: Record<string, string[]>[] = [{ bearer: [] }, { systemJobToken: [] }];

export const adminSettlementRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { clients }) => {
  const tags = ['admin'];
  const security = [{ bearer: [] }];

  // Idempotent per (week, country): a repeat answers with the first run, `replayed: true`.
  // SPEC 5 says "admin or system": admins with MANAGE_PAYOUTS, or the weekly CronJob's system credential.
  app.post(
    '/api/admin/settlements/weekly-run',
    {
      config: { systemJob: true },
      preHandler: [requirePermission('MANAGE_PAYOUTS'), app.idempotent],
      schema: {
        ...operation(
          'runWeeklyNetting',
          'Run the weekly commission netting (MANAGE_PAYOUTS or the system job)',
          'For an ended week: takes the commission each earner owes on cash trips from their available balance, as the balances stand when the run is made (the week names the run; a late run, or one for an older week, nets what is owed then). Once per week and country: a repeat returns the first run with `replayed: true`.',
        ),
        tags,
        security: SYSTEM_JOB_OR_ADMIN,
        headers: OptionalIdempotencyKeyHeader,
        body: WeeklyNettingBody,
        response: { 200: WeeklyNettingResultSchema, ...errorResponses(400, 401, 403, 409, 422) },
      },
    },
    async (request) => {
      const b = request.body;
      const r = await clients.trip.call('RunWeeklyNetting', { weekOf: b.weekOf, countryCode: b.countryCode ?? '' }, callOptions(request));
      const runs = r.runs.map(toNettingRunJson);
      const emailOf = await emailsForAdmin(
        clients,
        request,
        runs.flatMap((run) => run.items.map((i) => i.ownerId)),
      );
      return { runs: runs.map((run) => ({ ...run, items: run.items.map((i) => ({ ...i, ownerEmail: emailOf(i.ownerId) })) })) };
    },
  );

  // A repeat with the same Idempotency-Key answers with the first settlement (`replayed: true`).
  app.post(
    '/api/admin/settlements/negative-balance',
    {
      preHandler: [requirePermission('MANAGE_PAYOUTS'), app.idempotent],
      schema: {
        ...operation(
          'settleNegativeBalance',
          'Record owed commission paid outside the app (MANAGE_PAYOUTS)',
          'Reduces the earner’s negative balance by what they paid at a hub or by transfer, with the receipt’s reference.',
        ),
        tags,
        security,
        headers: IdempotencyKeyHeader,
        body: NegativeBalanceBody,
        response: { 200: NegativeBalanceSettlementSchema, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => {
      const b = request.body;
      const r = await clients.trip.call(
        'SettleNegativeBalance',
        {
          idempotencyKey: request.headers['idempotency-key'],
          ownerId: b.ownerId,
          amount: { amount: String(b.amount), currency: b.currency },
          reason: b.reason,
          externalReference: b.externalReference,
        },
        callOptions(request),
      );
      // Message fields are optional on the wire; the service always sets both.
      return { ...r, amount: r.amount!, owedAfter: r.owedAfter! };
    },
  );

  app.get(
    '/api/admin/earnings',
    {
      preHandler: [requirePermission('VIEW_EARNINGS_REPORTS')],
      schema: {
        ...operation(
          'getEarnings',
          'Platform earnings (VIEW_EARNINGS_REPORTS)',
          'Commission and gross fares of settled trips by day, week or month, service and country, with the refunds paid out of the commission in the same period and what was kept. Live money only unless mode=test.',
        ),
        tags,
        security,
        querystring: EarningsQuery,
        response: { 200: EarningsReportSchema, ...errorResponses(400, 401, 403, 422) },
      },
    },
    async (request) => {
      const q = request.query;
      requireOrderedDates(q);
      const r = await clients.trip.call(
        'GetEarnings',
        { from: q.from, to: q.to, groupBy: q.groupBy ?? 'day', serviceType: q.serviceType ?? '', countryCode: q.countryCode ?? '', mode: q.mode ?? '' },
        callOptions(request),
      );
      return { rows: r.rows.map(toEarningsRowJson) };
    },
  );
};
