import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type, type Static } from 'typebox';
import { component } from '../openapi/components.ts';
import { operation } from '../openapi/operation.ts';
import { callOptions, requirePermission, WEEKLY_JOBS } from '../plugins/auth.ts';
import { CountryCode, errorResponses, MoneyOutput, NullableString } from '../schemas/common.ts';
import { StringEnum } from '../schemas/enums.ts';
import type { RouteDeps } from './route-deps.ts';
import { emailsForAdmin } from './user-lookups.ts';

const StartedBy = NullableString('the email of the admin who started the run by hand; null when the weekly job did (or the account is gone)');
const StartedByKind = StringEnum(['ADMIN', 'WEEKLY_JOB'], { description: 'whether an admin started the run by hand or the Monday job did' });
/** Who started a run, from the actor id the service recorded: the weekly jobs' credential names itself. */
const kindOf = (startedBy: string) => (startedBy === WEEKLY_JOBS.userId ? ('WEEKLY_JOB' as const) : ('ADMIN' as const));

const NettingRunSummarySchema = component(
  'NettingRunSummary',
  Type.Object({
    id: Type.String(),
    status: StringEnum(['RUNNING', 'COMPLETED']),
    startedAt: Type.String(),
    completedAt: NullableString('null while it runs'),
    startedBy: StartedByKind,
    startedByEmail: StartedBy,
    walletsNetted: Type.Integer({ description: 'live wallets it took owed commission from' }),
    netted: Type.Union([MoneyOutput, Type.Null()], { description: 'live money only; null when it netted nothing' }),
  }),
);

const AutoPayoutRunSummarySchema = component(
  'AutoPayoutRunSummary',
  Type.Object({
    id: Type.String(),
    createdAt: Type.String(),
    startedBy: StartedByKind,
    startedByEmail: StartedBy,
    payouts: Type.Integer({ description: 'live payouts it created, PENDING an admin’s approval when made' }),
    amount: Type.Union([MoneyOutput, Type.Null()], { description: 'their total; null when it created none' }),
    skipped: Type.Integer({ description: 'earners it considered and did not pay (see the run itself for why)' }),
  }),
);

const WeeklyRunsWeekSchema = component(
  'WeeklyRunsWeek',
  Type.Object({
    weekStart: Type.String({ description: 'the Monday (UTC) of the week the runs name' }),
    countryCode: Type.String(),
    netting: Type.Union([NettingRunSummarySchema, Type.Null()], { description: 'null when the netting has not run for the week' }),
    autoPayouts: Type.Union([AutoPayoutRunSummarySchema, Type.Null()], { description: 'null when the automatic payouts have not run for the week' }),
  }),
);

/**
 * GET /api/admin/weekly-runs: which weeks the two weekly jobs have run, per country, newest first,
 * so an admin sees at a glance whether last Monday's runs happened. Each service answers for its own
 * runs; the weeks are joined here.
 */
export const adminWeeklyRunRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { clients }) => {
  app.get(
    '/api/admin/weekly-runs',
    {
      preHandler: [requirePermission('VIEW_PAYOUTS', 'MANAGE_PAYOUTS')],
      schema: {
        ...operation(
          'listWeeklyRuns',
          'The weekly runs made (VIEW_PAYOUTS)',
          'The 20 newest weeks and countries with a commission netting or an auto-payout run, newest first: who started each, and what it moved (live money only).',
        ),
        tags: ['admin'],
        security: [{ bearer: [] }],
        querystring: Type.Object({ countryCode: Type.Optional(CountryCode) }, { additionalProperties: false }),
        response: { 200: Type.Object({ weeks: Type.Array(WeeklyRunsWeekSchema) }), ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const countryCode = request.query.countryCode ?? '';
      const [netting, payouts] = await Promise.all([
        clients.trip.call('ListNettingRuns', { countryCode }, callOptions(request)),
        clients.payout.call('ListAutoWeeklyRuns', { countryCode }, callOptions(request)),
      ]);
      const emailOf = await emailsForAdmin(
        clients,
        request,
        [...netting.runs, ...payouts.runs].map((r) => r.startedBy),
      );
      const weeks = new Map<string, Static<typeof WeeklyRunsWeekSchema>>();
      const weekOf = (r: { weekStart: string; countryCode: string }) => {
        const key = `${r.weekStart} ${r.countryCode}`;
        if (!weeks.has(key)) weeks.set(key, { weekStart: r.weekStart, countryCode: r.countryCode, netting: null, autoPayouts: null });
        return weeks.get(key)!;
      };
      for (const r of netting.runs)
        weekOf(r).netting = {
          id: r.id,
          status: r.status as 'RUNNING' | 'COMPLETED',
          startedAt: r.startedAt,
          completedAt: r.completedAt || null,
          startedBy: kindOf(r.startedBy),
          startedByEmail: emailOf(r.startedBy),
          walletsNetted: r.walletsNetted,
          netted: r.netted ?? null,
        };
      for (const r of payouts.runs)
        weekOf(r).autoPayouts = {
          id: r.id,
          createdAt: r.createdAt,
          startedBy: kindOf(r.startedBy),
          startedByEmail: emailOf(r.startedBy),
          payouts: r.payouts,
          amount: r.amount ?? null,
          skipped: r.skipped,
        };
      const newestFirst = [...weeks.values()].sort((a, b) => b.weekStart.localeCompare(a.weekStart) || a.countryCode.localeCompare(b.countryCode));
      return { weeks: newestFirst.slice(0, 20) };
    },
  );
};
