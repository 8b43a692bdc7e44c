import { modeOf } from '@ziba/service-kit/mode';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { LoginBody, LoginResponse, RegisterBody, UserSchema } from '../schemas/auth.schemas.ts';
import { errorResponses } from '../schemas/common.ts';
import { toUserJson } from './identity-views.ts';
import { operation } from '../openapi/operation.ts';
import type { RouteDeps } from './route-deps.ts';

export const authRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { clients, authRateLimit, loginThrottle }) => {
  app.post(
    '/api/auth/register',
    {
      config: { rateLimit: authRateLimit },
      schema: {
        ...operation(
          'register',
          'Register a rider, driver or restaurant',
          'Creates the account and its wallet in the currency of its country. Admins are never registered here. Driver accounts start PENDING_VERIFICATION until their documents are verified.',
        ),
        tags: ['auth'],
        security: [],
        body: RegisterBody,
        response: { 201: UserSchema, ...errorResponses(400, 403, 409, 429) },
      },
    },
    async (request, reply) => {
      const user = await clients.identity.call(
        'Register',
        { ...request.body, testMode: request.body.testMode ?? false },
        { correlationId: request.correlationId },
      );
      // The wallet also opens from identity's event; opening it here (idempotent) means the new user
      // sees it at once.
      await clients.wallet.call(
        'OpenWallet',
        { ownerId: user.id, ownerType: user.role, countryCode: user.countryCode, currency: user.currency, mode: modeOf(user.testMode) },
        { correlationId: request.correlationId },
      );
      return reply.code(201).send(toUserJson(user));
    },
  );

  app.post(
    '/api/auth/login',
    {
      config: { rateLimit: authRateLimit },
      schema: {
        ...operation(
          'login',
          'Sign in',
          'Answers a short-lived access token (a JWT) to send as `Authorization: Bearer <token>`. After five wrong passwords for an account, each further one makes the next attempt wait longer (429 LOGIN_THROTTLED with Retry-After, at most 15 minutes), from whatever address it comes; so do more sign-ins to one account at once than its failures left allow (Retry-After 1: others are being checked).',
        ),
        tags: ['auth'],
        security: [],
        body: LoginBody,
        response: { 200: LoginResponse, ...errorResponses(400, 401, 403, 429) },
      },
    },
    async (request) => {
      const { email } = request.body;
      const r = await loginThrottle.attempt(email, () => clients.identity.call('Login', request.body, { correlationId: request.correlationId }));
      return { accessToken: r.accessToken, tokenType: r.tokenType, expiresIn: r.expiresIn, user: toUserJson(r.user!) };
    },
  );
};
