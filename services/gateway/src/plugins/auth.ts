import type { Actor } from '@ziba/service-kit';
import { createHash, timingSafeEqual } from 'node:crypto';
import { AppError } from '@ziba/service-kit/errors';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createLocalJWKSet, errors as joseErrors, jwtVerify, type JSONWebKeySet } from 'jose';
import type { ServiceClients } from '../clients/service-clients.ts';
import { ACCESS_COOKIE, isUnsafe, type SameOriginGuard } from './browser-session.ts';
import type { TokenRevocations } from './token-revocations.ts';

/** SYSTEM is never in a token: only the weekly jobs' credential gives it (authenticateJob). */
export type Role = 'RIDER' | 'DRIVER' | 'RESTAURANT' | 'ADMIN' | 'SYSTEM';

/** Who is calling, from a verified access token. Nothing here comes from the request body. */
export interface Principal {
  userId: string;
  role: Role;
  countryCode: string;
  currency: string;
  testMode: boolean;
  permissions: string[];
  /** The sign-in the token belongs to (`sid`: a browser session, or an app's login); null only for tokens from before sign-ins had ids. */
  sessionId: string | null;
  /** When the token was issued (`iat`), in whole seconds. */
  issuedAt: number;
}

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
  }
}

const unauthenticated = (detail: string) => new AppError('UNAUTHENTICATED', 'UNAUTHENTICATED', detail);

/** How many verified tokens the gateway remembers; when full it starts again (a miss only costs a verification). */
const VERIFIED_KEPT = 10_000;

/**
 * Verifies access tokens against identity's JWKS, fetched over gRPC and refreshed (at most every
 * 30 s) when a token names a key it does not know, so identity can rotate keys.
 *
 * A token that verified is remembered, by its exact text, until its `exp`: checking its Ed25519
 * signature again gives the same answer while the key set stays (when it is fetched again, every
 * token is checked afresh, as a key may have gone). That check was the largest single cost of a
 * request in the gateway's CPU profile (bench e2e: about a sixth of its busy time). Only successes
 * are kept, so an expired, forged or not-yet-valid token is always checked in full; a token without
 * `exp` is not kept.
 */
export class TokenVerifier {
  private keys: ReturnType<typeof createLocalJWKSet> | null = null;
  private fetchedAt = 0;
  private readonly clients: ServiceClients;
  private readonly verified = new Map<string, { principal: Principal; expiresAtMs: number }>();

  constructor(clients: ServiceClients) {
    this.clients = clients;
  }

  /** The principal of a token this verifier has verified and still remembers; null otherwise (no check is made here). */
  remembered(token: string): Principal | null {
    const known = this.verified.get(token);
    return known && Date.now() < known.expiresAtMs ? known.principal : null;
  }

  async verify(token: string): Promise<Principal> {
    const known = this.verified.get(token);
    if (known) {
      // jose refuses a token once its exp (whole seconds) is not after the current second.
      if (Date.now() < known.expiresAtMs) return known.principal;
      this.verified.delete(token);
    }
    try {
      const { payload } = await jwtVerify(token, await this.keySet(), { issuer: 'ziba-identity', audience: 'ziba', algorithms: ['EdDSA'] });
      const principal = toPrincipal(payload);
      if (typeof payload.exp === 'number') {
        if (this.verified.size >= VERIFIED_KEPT) this.verified.clear();
        this.verified.set(token, { principal, expiresAtMs: payload.exp * 1000 });
      }
      return principal;
    } catch (err) {
      if (err instanceof joseErrors.JWKSNoMatchingKey && Date.now() - this.fetchedAt > 30_000) {
        // The new key set may no longer hold a key that signed a remembered token: check them all again.
        this.keys = null;
        this.verified.clear();
        return this.verify(token);
      }
      if (err instanceof joseErrors.JWTExpired) throw unauthenticated('the access token has expired');
      if (err instanceof AppError) throw err;
      throw unauthenticated('the access token is not valid');
    }
  }

  private async keySet() {
    if (!this.keys) {
      const { jwksJson } = await this.clients.identity.call('GetJwks', {});
      this.keys = createLocalJWKSet(JSON.parse(jwksJson) as JSONWebKeySet);
      this.fetchedAt = Date.now();
    }
    return this.keys;
  }
}

function toPrincipal(p: Record<string, unknown>): Principal {
  const role = p.role as Role;
  if (typeof p.sub !== 'string' || !['RIDER', 'DRIVER', 'RESTAURANT', 'ADMIN'].includes(role)) throw unauthenticated('the access token is not valid');
  return {
    userId: p.sub,
    role,
    countryCode: String(p.country ?? ''),
    currency: String(p.currency ?? ''),
    testMode: p.testMode === true,
    permissions: Array.isArray(p.perms) ? p.perms.map(String) : [],
    sessionId: typeof p.sid === 'string' ? p.sid : null,
    issuedAt: typeof p.iat === 'number' ? p.iat : 0,
  };
}

/**
 * The token of an `Authorization: Bearer <token>` header; null for another scheme or none. The scheme
 * is matched in any case (`bearer`, `BEARER`), as RFC 9110 (11.1) has it, the token as sent.
 */
export function bearerTokenOf(header: string): string | null {
  const match = /^bearer +(\S+)\s*$/i.exec(header.trim());
  return match ? match[1]! : null;
}

/** How many Authorization headers the request carries (raw headers alternate name and value). */
function authorizationHeaders(request: FastifyRequest): number {
  const raw = request.raw.rawHeaders;
  let n = 0;
  for (let i = 0; i < raw.length; i += 2) if (raw[i]!.length === 13 && raw[i]!.toLowerCase() === 'authorization') n++;
  return n;
}

/**
 * The access token of a request: the Authorization header's (apps and services, exactly as before),
 * or, when there is no Authorization header, the browser session's cookie. A change (POST, PUT,
 * PATCH, DELETE) made with the cookie must pass the CSRF check first; a Bearer token never needs it.
 */
const accessTokenOf = (request: FastifyRequest, sameOrigin: SameOriginGuard): { token: string; bearer: boolean } => {
  const header = request.headers.authorization;
  if (header !== undefined) {
    const token = bearerTokenOf(header);
    if (!token) throw unauthenticated('a bearer access token is required');
    // Node keeps the first of repeated Authorization headers; a proxy in front may keep another one.
    if (authorizationHeaders(request) > 1) throw unauthenticated('send one Authorization header, not several');
    return { token, bearer: true };
  }
  const cookie = request.cookies?.[ACCESS_COOKIE];
  if (!cookie) throw unauthenticated('a bearer access token or a session cookie is required');
  if (isUnsafe(request)) sameOrigin(request);
  return { token: cookie, bearer: false };
};

/** What the rate limit's key found of a request's token, so its authentication does not ask Redis again. */
const checkedEarly = new WeakMap<FastifyRequest, { token: string; principal: Principal }>();

/**
 * The global rate limit's key (it runs first, before authentication): a signed-in caller is counted
 * as themselves, so the many users behind one carrier's address do not share one limit; anyone else
 * by address. Only a token the verifier already remembers counts as signed in here, and only while
 * it is not revoked: the limit costs no signature check and no key fetch (a flood of made-up tokens
 * stays as cheap to refuse as before), and a signed-out token leaked to someone cannot spend its
 * owner's allowance. A token's first request is counted by address; authentication then checks it.
 */
export function rateLimitKey(verifier: TokenVerifier, revocations: TokenRevocations) {
  return async (request: FastifyRequest): Promise<string> => {
    const header = request.headers.authorization;
    const token = header !== undefined ? bearerTokenOf(header) : request.cookies?.[ACCESS_COOKIE];
    const principal = token ? verifier.remembered(token) : null;
    if (token && principal && !(await revocations.isRevoked(principal))) {
      checkedEarly.set(request, { token, principal });
      return `user:${principal.userId}`;
    }
    return `ip:${request.ip}`;
  };
}

/** A verified token's principal, unless since it was issued its session was signed out, or its user blocked or cut off (an admin's revoke or sign-out). */
async function principalOf(token: string, verifier: TokenVerifier, revocations: TokenRevocations): Promise<Principal> {
  const principal = await verifier.verify(token);
  if (await revocations.isRevoked(principal)) {
    throw new AppError(
      'UNAUTHENTICATED',
      'TOKEN_REVOKED',
      'this access token was revoked (signed out, the account blocked, or its admin permissions revoked); sign in again',
    );
  }
  return principal;
}

/** A hook (routes/index.ts: before validation): a valid access token (Bearer or session cookie) is required; the principal is attached to the request. */
export function authenticate(verifier: TokenVerifier, revocations: TokenRevocations, sameOrigin: SameOriginGuard) {
  return async (request: FastifyRequest, _reply: FastifyReply): Promise<void> => {
    const { token } = accessTokenOf(request, sameOrigin);
    const early = checkedEarly.get(request);
    request.principal = early?.token === token ? early.principal : await principalOf(token, verifier, revocations);
  };
}

/** The scheduled weekly jobs, acting as the system (SPEC 5: runs start by "admin or system"). */
export const WEEKLY_JOBS: Principal = {
  userId: 'weekly-jobs',
  role: 'SYSTEM',
  countryCode: '',
  currency: '',
  testMode: false,
  permissions: ['MANAGE_PAYOUTS'],
  sessionId: null,
  issuedAt: 0,
};

/**
 * The hook of the routes the Kubernetes CronJobs call: the system job credential (a secret from
 * the environment, compared in constant time) or, as everywhere, a user's access token. Only the
 * routes that use this accept the credential; everywhere else it is not a valid token.
 */
export function authenticateJob(systemJobToken: string | undefined, verifier: TokenVerifier, revocations: TokenRevocations, sameOrigin: SameOriginGuard) {
  const expected = systemJobToken ? createHash('sha256').update(systemJobToken).digest() : null;
  return async (request: FastifyRequest, _reply: FastifyReply): Promise<void> => {
    const { token, bearer } = accessTokenOf(request, sameOrigin);
    const given = createHash('sha256').update(token).digest();
    // The system credential only ever as a Bearer token.
    request.principal = bearer && expected && timingSafeEqual(given, expected) ? WEEKLY_JOBS : await principalOf(token, verifier, revocations);
  };
}

type Guard = (request: FastifyRequest) => Promise<void>;
const GUARDS = new WeakSet<Guard>();

/**
 * Marks a check of who may call a route (role, permission). Listed in a route's preHandler, it runs
 * before the route's input is validated all the same (routes/index.ts moves it): whoever may not
 * call a route is told that (403), not what its input should look like (400).
 */
const guard = (check: Guard): Guard => {
  GUARDS.add(check);
  return check;
};

/** Whether a route hook is a guard (see `guard`). */
export const isGuard = (hook: unknown): boolean => typeof hook === 'function' && GUARDS.has(hook as Guard);

export function requireRole(...roles: Role[]) {
  return guard(async (request: FastifyRequest): Promise<void> => {
    if (!request.principal || !roles.includes(request.principal.role)) {
      throw new AppError('FORBIDDEN', 'ROLE_NOT_ALLOWED', `this action is for ${roles.join(' or ').toLowerCase()} accounts`);
    }
  });
}

/** Platform staff only: admins, or the system where a route lets it in (routes/index.ts puts this on the admin subtree). */
export const requireStaff = guard(async (request: FastifyRequest): Promise<void> => {
  if (!isStaff(request.principal)) throw new AppError('FORBIDDEN', 'ADMIN_ONLY', 'this endpoint is for platform admins');
});

/** Platform staff: an admin, or the system's own jobs. */
export const isStaff = (p: Principal | null | undefined): boolean => p?.role === 'ADMIN' || p?.role === 'SYSTEM';

/** Admins (or the system, where a route lets it in) holding at least one of `permissions`. */
export function requirePermission(...permissions: [string, ...string[]]) {
  return guard(async (request: FastifyRequest): Promise<void> => {
    await requireStaff(request);
    const p = request.principal!;
    if (!permissions.some((x) => p.permissions.includes(x)))
      throw new AppError('FORBIDDEN', 'PERMISSION_DENIED', `requires the ${permissions.join(' or ')} permission`);
  });
}

/** Users pass (the service answers 404 unless the resource is theirs); admins need one of `permissions`. */
export const adminsNeed = (...permissions: [string, ...string[]]) =>
  guard(async (request: FastifyRequest): Promise<void> => {
    if (request.principal?.role === 'ADMIN') await requirePermission(...permissions)(request);
  });

/** Who of the staff reads a trip or order: those who settle, cancel or pay it, or look into wallets it moved money in. */
export const TRIP_READERS = ['VIEW_PAYOUTS', 'MANAGE_PAYOUTS', 'VIEW_WALLETS'] as const;

/** The actor forwarded to services, so they record who acted. */
export function actorOf(request: FastifyRequest): Actor {
  const p = request.principal!;
  if (p.role === 'SYSTEM') return { type: 'SYSTEM', id: p.userId };
  return { type: p.role === 'ADMIN' ? 'ADMIN' : 'USER', id: p.userId, role: p.role };
}

/** What a service is told of a request: who acts, its id, and the Idempotency-Key the route claimed (if any). */
export const callOptions = (request: FastifyRequest) => ({
  actor: actorOf(request),
  correlationId: request.correlationId,
  requestKey: request.idempotency?.key ?? null,
});
