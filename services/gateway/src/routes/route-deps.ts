import type { RateLimitOptions } from '@fastify/rate-limit';
import type { FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import type { ServiceClients } from '../clients/service-clients.ts';
import type { SameOriginGuard } from '../plugins/browser-session.ts';
import type { LoginThrottle } from '../plugins/login-throttle.ts';
import type { TokenRevocations } from '../plugins/token-revocations.ts';

export interface RouteDeps {
  clients: ServiceClients;
  /** Sign-in and registration: counted per client IP, whatever token the request carries. */
  authRateLimit: RateLimitOptions;
  /** Withdrawal requests: counted per signed-in user, after authentication (see `perUserRateLimit`). */
  withdrawRateLimit: RateLimitOptions;
  /** Password guessing, slowed per account (see login-throttle.ts). */
  loginThrottle: LoginThrottle;
  /** Signed-out sessions and blocked users, whose access tokens are refused before their expiry. */
  revocations: TokenRevocations;
  /** The CSRF check of changes made with the browser session's cookies (browser-session.ts). */
  sameOrigin: SameOriginGuard;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route also takes the weekly jobs' system credential (`authJob` instead of `auth`; routes/index.ts). */
    systemJob?: boolean;
  }
  interface FastifyInstance {
    /** preHandler that requires a valid access token. */
    auth: preHandlerAsyncHookHandler;
    /** `auth` that also takes the weekly jobs' system credential (the weekly-run routes only). */
    authJob: preHandlerAsyncHookHandler;
  }
}

/** preValidation for bodies that are optional or empty: a POST with no body at all counts as `{}`. */
export const noBodyIsEmpty = async (request: FastifyRequest) => {
  request.body ??= {};
};

/**
 * A route's own rate limit counted per signed-in user rather than per client IP: it runs as the last
 * preHandler, after the subtree's `app.auth` (routes/index.ts) has set the principal. A route with its own limit is not also counted
 * against the global per-IP one, but it answers no one who is not signed in (401 first).
 */
export const perUserRateLimit = (max: number, timeWindow: string): RateLimitOptions => ({
  max,
  timeWindow,
  hook: 'preHandler',
  keyGenerator: (request) => (request.principal ? `user:${request.principal.userId}` : `ip:${request.ip}`),
});
