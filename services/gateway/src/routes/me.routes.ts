import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { markSession } from '../plugins/browser-session.ts';
import { UserSchema } from '../schemas/auth.schemas.ts';
import { errorResponses } from '../schemas/common.ts';
import { toUserJson } from './identity-views.ts';
import { operation } from '../openapi/operation.ts';
import type { RouteDeps } from './route-deps.ts';

/** The signed-in account itself (signing in and up are auth.routes.ts, open to anyone). */
export const meRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { clients }) => {
  app.get(
    '/api/me',
    {
      schema: {
        ...operation('getMe', 'The signed-in user', 'The account behind the token: role, country, currency, status, and for admins their permissions.'),
        tags: ['auth'],
        security: [{ bearer: [] }],
        response: { 200: UserSchema, ...errorResponses(401) },
      },
    },
    async (request, reply) => {
      const user = toUserJson(await clients.identity.call('GetUser', { userId: request.principal!.userId }, { correlationId: request.correlationId }));
      markSession(request, reply);
      return user;
    },
  );
};
