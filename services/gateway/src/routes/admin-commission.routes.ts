import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { callOptions, requirePermission } from '../plugins/auth.ts';
import { errorResponses } from '../schemas/common.ts';
import { CommissionRuleBody, CommissionRuleListSchema, CommissionRuleSchema, CommissionRulesQuery } from '../schemas/trip.schemas.ts';
import type { RouteDeps } from './route-deps.ts';
import { toCommissionRuleJson } from './trip-views.ts';

/**
 * Commission rules (SPEC 5): versioned by effective-from, changed only with MANAGE_COMMISSION. The
 * service records the acting admin from the forwarded actor for the audit trail.
 */
export const adminCommissionRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { clients }) => {
  const tags = ['admin'];
  const security = [{ bearer: [] }];

  // Earnings reporting needs to know which rate applied, so it may read the rules too.
  app.get(
    '/api/admin/commission-rules',
    {
      preHandler: [app.auth, requirePermission('MANAGE_COMMISSION', 'VIEW_EARNINGS_REPORTS')],
      schema: { tags, security, querystring: CommissionRulesQuery, response: { 200: CommissionRuleListSchema, ...errorResponses(400, 401, 403) } },
    },
    async (request) => {
      const q = request.query;
      const r = await clients.trip.call('ListCommissionRules', { serviceType: q.serviceType ?? '', countryCode: q.countryCode ?? '' }, callOptions(request));
      return { rules: r.rules.map(toCommissionRuleJson) };
    },
  );

  app.post(
    '/api/admin/commission-rules',
    {
      preHandler: [app.auth, requirePermission('MANAGE_COMMISSION')],
      schema: { tags, security, body: CommissionRuleBody, response: { 201: CommissionRuleSchema, ...errorResponses(400, 401, 403, 409, 422) } },
    },
    async (request, reply) => {
      const b = request.body;
      const rule = await clients.trip.call(
        'SetCommissionRule',
        { serviceType: b.serviceType, countryCode: b.countryCode, paymentMethod: b.paymentMethod, bps: b.bps, effectiveFrom: b.effectiveFrom ?? '' },
        callOptions(request),
      );
      return reply.code(201).send(toCommissionRuleJson(rule));
    },
  );
};
