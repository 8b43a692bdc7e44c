import { isAppError, isFault } from '@ziba/service-kit/errors';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { clearSessionCookies, REFRESH_COOKIE, setSessionCookies } from '../plugins/browser-session.ts';
import { BrowserSessionSchema, LoginBody } from '../schemas/auth.schemas.ts';
import { EmptyBody, errorResponses } from '../schemas/common.ts';
import { operation } from '../openapi/operation.ts';
import { toUserJson } from './identity-views.ts';
import { noBodyIsEmpty, type RouteDeps } from './route-deps.ts';

const COOKIES =
  'The access token is set as the httpOnly cookie `__Secure-ziba-access` (Path=/api, lives `expiresIn` seconds) and the refresh token as `__Secure-ziba-refresh` (Path=/api/auth/session, 14 days); both Secure and SameSite=Strict, neither readable by scripts nor ever in a body. Beside them `__Host-ziba-signed-in=1` (Path=/, readable, as long as the refresh cookie) only says a session may exist, so the page does not ask who is signed in when none does.';
const CSRF =
  'Like every change made with the session cookie, it must come from this site’s own pages: `Sec-Fetch-Site: same-origin` and an `Origin` of this gateway (browsers send both), else 403 CSRF_REJECTED.';

/**
 * Sign-in for browsers (issue 14): identity's sessions (StartSession, RefreshSession, EndSession) in
 * httpOnly cookies. Apps and services keep POST /api/auth/login and a Bearer token.
 */
export const sessionRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { clients, authRateLimit, loginThrottle, revocations, sameOrigin }) => {
  const tags = ['auth'];
  // Before the body is read: a request from another site gets nothing, not even a validation answer.
  const fromOwnPages = async (request: FastifyRequest) => sameOrigin(request);
  const refreshCookie = (request: FastifyRequest) => request.cookies[REFRESH_COOKIE] ?? '';
  /** Ends the session a refresh token belongs to, and with it every access token of that session. */
  const endSession = async (refreshToken: string, correlationId: string) => {
    const { sessionId } = await clients.identity.call('EndSession', { refreshToken }, { correlationId });
    if (sessionId) await revocations.endSession(sessionId);
  };

  app.post(
    '/api/auth/session',
    {
      onRequest: fromOwnPages,
      config: { rateLimit: authRateLimit },
      schema: {
        ...operation(
          'startSession',
          'Sign in a browser',
          `Checks the email and password as POST /api/auth/login does (the same slowing after wrong passwords) and starts a browser session. ${COOKIES} A session this browser had is ended. ${CSRF}`,
        ),
        tags,
        security: [],
        body: LoginBody,
        response: { 200: BrowserSessionSchema, ...errorResponses(400, 401, 403, 429) },
      },
    },
    async (request, reply) => {
      const { email } = request.body;
      const session = await loginThrottle.attempt(email, () => clients.identity.call('StartSession', request.body, { correlationId: request.correlationId }));
      const previous = refreshCookie(request);
      if (previous) await endSession(previous, request.correlationId).catch(() => undefined);
      setSessionCookies(reply, session);
      return { user: toUserJson(session.user!), expiresIn: session.expiresIn };
    },
  );

  app.post(
    '/api/auth/session/refresh',
    {
      onRequest: fromOwnPages,
      preValidation: noBodyIsEmpty,
      schema: {
        ...operation(
          'refreshSession',
          'Refresh a browser session',
          `Trades the refresh cookie for a new access cookie and a new refresh cookie; the old refresh token is used up. Presenting a used refresh token again ends the whole session, its access tokens too (401 REFRESH_TOKEN_REUSED), so a page sends one refresh at a time. An ended or expired session is 401 SESSION_EXPIRED: sign in again. Every refusal clears the cookies. ${CSRF}`,
        ),
        tags,
        security: [{ refreshCookie: [] }],
        body: EmptyBody,
        response: { 200: BrowserSessionSchema, ...errorResponses(401, 403) },
      },
    },
    async (request, reply) => {
      const session = await clients.identity
        .call('RefreshSession', { refreshToken: refreshCookie(request) }, { correlationId: request.correlationId })
        .catch(async (err: unknown) => {
          // A refusal ends what the browser holds; a fault (identity briefly away) leaves it to retry.
          if (!isFault(err)) clearSessionCookies(reply);
          // A copy of the refresh token exists: whoever holds the session's newest access token may be
          // the thief, so those tokens stop working too (identity has already ended the session).
          if (isAppError(err) && err.code === 'REFRESH_TOKEN_REUSED') await endSession(refreshCookie(request), request.correlationId).catch(() => undefined);
          throw err;
        });
      setSessionCookies(reply, session);
      return { user: toUserJson(session.user!), expiresIn: session.expiresIn };
    },
  );

  app.delete(
    '/api/auth/session',
    {
      // Like the app's sign-out: never refused for the user's request rate (the address ceiling still counts it).
      config: { rateLimit: false },
      onRequest: fromOwnPages,
      schema: {
        ...operation(
          'endSession',
          'Sign a browser out',
          `Ends the session: its refresh tokens and its access tokens stop working at once (a copy of the access cookie is then 401 TOKEN_REVOKED), and both cookies are cleared. Answers 204 also when there was no session. ${CSRF}`,
        ),
        tags,
        security: [{ refreshCookie: [] }],
        response: { 204: Type.Null({ description: 'Signed out; the cookies are cleared' }), ...errorResponses(403) },
      },
    },
    async (request, reply: FastifyReply) => {
      // The cookies go even when identity cannot be reached (then 503: the session is not revoked yet).
      clearSessionCookies(reply);
      const presented = refreshCookie(request);
      if (presented) await endSession(presented, request.correlationId);
      return reply.code(204).send();
    },
  );
};
