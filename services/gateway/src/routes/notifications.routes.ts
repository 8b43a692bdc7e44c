import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { callOptions, requireRole } from '../plugins/auth.ts';
import { errorResponses, MoneyOutput, Page, SequencePageQuery } from '../schemas/common.ts';
import type { RouteDeps } from './route-deps.ts';
import { operation } from '../openapi/operation.ts';
import { component } from '../openapi/components.ts';
import { pageOf } from './paging.ts';

const NotificationSchema = component(
  'Notification',
  Type.Object({
    id: Type.String(),
    kind: Type.String(),
    amount: Type.Union([MoneyOutput, Type.Null()]),
    reference: Type.String(),
    createdAt: Type.String(),
  }),
);

/** The signed-in user's notifications (SPEC section 7): earnings and payouts, amount and status only. */
export const notificationRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { clients }) => {
  app.get(
    '/api/notifications',
    {
      preHandler: [requireRole('RIDER', 'DRIVER', 'RESTAURANT')],
      schema: {
        ...operation('listMyNotifications', 'My notifications', 'Payout, KYC and settlement news for the signed-in user, newest first.'),
        tags: ['notifications'],
        security: [{ bearer: [] }],
        querystring: Type.Object(SequencePageQuery, { additionalProperties: false }),
        response: { 200: Type.Object({ notifications: Type.Array(NotificationSchema), page: Page }), ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const r = await clients.audit.call('ListNotifications', { page: pageOf(request.query) }, callOptions(request));
      return { notifications: r.notifications.map((n) => ({ ...n, amount: n.amount ?? null })), page: { nextCursor: r.page?.nextCursor || null } };
    },
  );
};
