import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { AppError } from '@ziba/service-kit/errors';
import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import { operation } from '../openapi/operation.ts';
import { EmptyBody, errorResponses } from '../schemas/common.ts';
import { noBodyIsEmpty, type RouteDeps } from './route-deps.ts';

/** An app signs out: the sign-in its Bearer token belongs to ends at once, not at the token's expiry. */
export const logoutRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { revocations }) => {
  app.post(
    '/api/auth/logout',
    {
      // Signing out is never refused for the user's request rate: a session must be endable when it matters most.
      config: { rateLimit: false },
      preValidation: noBodyIsEmpty,
      schema: {
        ...operation(
          'logout',
          'Sign an app out',
          'Ends the sign-in of the access token sent: from now on it, and every other token of that sign-in, is 401 TOKEN_REVOKED. The user’s other sign-ins go on. Browsers sign out with DELETE /api/auth/session, which also ends the refresh cookie (with the session cookie alone this is 400 BEARER_TOKEN_REQUIRED). 503 DEPENDENCY_UNAVAILABLE when the sign-out could not be recorded: retry.',
        ),
        tags: ['auth'],
        body: EmptyBody,
        response: { 204: Type.Null({ description: 'Signed out' }), ...errorResponses(400, 401, 503) },
      },
    },
    async (request, reply: FastifyReply) => {
      // A browser's sign-in lives on in its refresh cookie, which only DELETE /api/auth/session ends.
      if (request.headers.authorization === undefined) {
        throw new AppError('INVALID', 'BEARER_TOKEN_REQUIRED', 'this signs out an app’s Bearer token; a browser signs out with DELETE /api/auth/session');
      }
      const { sessionId } = request.principal!;
      // Tokens issued before sign-ins had ids carry none: nothing to end; they expire within their lifetime.
      if (sessionId) await revocations.endSession(sessionId);
      return reply.code(204).send();
    },
  );
};
