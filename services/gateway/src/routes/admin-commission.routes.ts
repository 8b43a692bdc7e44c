import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { callOptions, requirePermission } from '../plugins/auth.ts';
import { errorResponses } from '../schemas/common.ts';
import {
  CommissionRuleBody,
  CommissionRuleListSchema,
  CommissionRuleSchema,
  CommissionRulesQuery,
  TariffBody,
  TariffListSchema,
  TariffParams,
  TariffSchema,
  TariffsQuery,
} from '../schemas/trip.schemas.ts';
import type { RouteDeps } from './route-deps.ts';
import { operation } from '../openapi/operation.ts';
import { toCommissionRuleJson } from './trip-views.ts';
import { emailsForAdmin } from './user-lookups.ts';

/**
 * Tariffs and commission rules (SPEC 5): how trips are priced and what the platform takes, changed
 * only with MANAGE_COMMISSION (rules are versioned by effective-from). The service records the acting
 * admin from the forwarded actor for the audit trail.
 */
export const adminCommissionRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { clients }) => {
  const tags = ['admin'];
  const security = [{ bearer: [] }];

  // Earnings reporting needs to know which rate applied, so it may read the rules too.
  app.get(
    '/api/admin/commission-rules',
    {
      preHandler: [requirePermission('MANAGE_COMMISSION', 'VIEW_EARNINGS_REPORTS')],
      schema: {
        ...operation(
          'listCommissionRules',
          'Commission rules (MANAGE_COMMISSION or VIEW_EARNINGS_REPORTS)',
          'Every version of every rule, by service, country and payment method.',
        ),
        tags,
        security,
        querystring: CommissionRulesQuery,
        response: { 200: CommissionRuleListSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const q = request.query;
      const r = await clients.trip.call('ListCommissionRules', { serviceType: q.serviceType ?? '', countryCode: q.countryCode ?? '' }, callOptions(request));
      const emails = await emailsForAdmin(
        clients,
        request,
        r.rules.map((rule) => rule.createdBy),
      );
      return { rules: r.rules.map((rule) => toCommissionRuleJson(rule, emails)) };
    },
  );

  app.post(
    '/api/admin/commission-rules',
    {
      preHandler: [requirePermission('MANAGE_COMMISSION')],
      schema: {
        ...operation(
          'createCommissionRule',
          'Add a commission rule version (MANAGE_COMMISSION)',
          'A new version takes effect from `effectiveFrom` (now when omitted; never earlier): trips completed from then on pay it (whenever they are settled), and a settled trip keeps the rule it recorded.',
        ),
        tags,
        security,
        body: CommissionRuleBody,
        response: { 201: CommissionRuleSchema, ...errorResponses(400, 401, 403, 409, 422) },
      },
    },
    async (request, reply) => {
      const b = request.body;
      const rule = await clients.trip.call(
        'SetCommissionRule',
        { serviceType: b.serviceType, countryCode: b.countryCode, paymentMethod: b.paymentMethod, bps: b.bps, effectiveFrom: b.effectiveFrom ?? '' },
        callOptions(request),
      );
      return reply.code(201).send(toCommissionRuleJson(rule, await emailsForAdmin(clients, request, [rule.createdBy])));
    },
  );

  app.get(
    '/api/admin/tariffs',
    {
      preHandler: [requirePermission('MANAGE_COMMISSION', 'VIEW_EARNINGS_REPORTS')],
      schema: {
        ...operation(
          'listTariffs',
          'Tariffs (MANAGE_COMMISSION or VIEW_EARNINGS_REPORTS)',
          'What each service costs in each country: base fare, per kilometre, minimum.',
        ),
        tags,
        security,
        querystring: TariffsQuery,
        response: { 200: TariffListSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => clients.trip.call('ListTariffs', { countryCode: request.query.countryCode ?? '' }, callOptions(request)),
  );

  // The currency is the country's, decided by the service; the body carries amounts only.
  app.put(
    '/api/admin/tariffs/:countryCode/:serviceType',
    {
      preHandler: [requirePermission('MANAGE_COMMISSION')],
      schema: {
        ...operation('setTariff', 'Set a tariff (MANAGE_COMMISSION)', 'Applies to trips requested from now on.'),
        tags,
        security,
        params: TariffParams,
        body: TariffBody,
        response: { 200: TariffSchema, ...errorResponses(400, 401, 403, 422) },
      },
    },
    async (request) => {
      const { countryCode, serviceType } = request.params;
      const b = request.body;
      return clients.trip.call(
        'SetTariff',
        { countryCode, serviceType, currency: '', baseFare: String(b.baseFare), perKm: String(b.perKm), minimumFare: String(b.minimumFare), updatedAt: '' },
        callOptions(request),
      );
    },
  );
};
