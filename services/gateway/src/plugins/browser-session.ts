import { AppError } from '@ziba/service-kit/errors';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Browser sessions (issue 14): the access token and the refresh token travel in httpOnly cookies the
 * page's JavaScript cannot read. `__Secure-` (Secure is required by the browser) rather than
 * `__Host-`, which needs Path=/: each cookie goes only where it is used.
 */
export const ACCESS_COOKIE = '__Secure-ziba-access';
export const REFRESH_COOKIE = '__Secure-ziba-refresh';
/** The access cookie goes with every API request; the refresh cookie only to sign-in, refresh and sign-out. */
export const ACCESS_COOKIE_PATH = '/api';
export const REFRESH_COOKIE_PATH = '/api/auth/session';

/**
 * The one cookie the page may read: "1" while a session may exist, for as long as its refresh cookie
 * lives. It holds nothing secret and proves nothing (the server trusts only the two above); it spares
 * a signed-out visitor's page the /api/me request that could only be refused (and the refresh after
 * it), each a 401 in the browser's console.
 */
export const SESSION_HINT_COOKIE = '__Host-ziba-signed-in';
/** The most a refresh cookie can live (identity's REFRESH_TOKEN_TTL_SECONDS maximum): a hint set without one lives this long. */
const HINT_MAX_AGE_SECONDS = 7_776_000;

/** Always Secure (browsers accept Secure cookies from http://localhost and 127.0.0.1 too), never readable by scripts (but the hint), never sent cross-site. */
const base = { httpOnly: true, secure: true, sameSite: 'strict' } as const;
// __Host-: Path=/ and no Domain, so no other host under the same domain can set it.
const hint = { ...base, httpOnly: false, path: '/' } as const;

export function setSessionCookies(reply: FastifyReply, s: { accessToken: string; expiresIn: number; refreshToken: string; refreshExpiresIn: number }): void {
  reply.setCookie(ACCESS_COOKIE, s.accessToken, { ...base, path: ACCESS_COOKIE_PATH, maxAge: s.expiresIn });
  reply.setCookie(REFRESH_COOKIE, s.refreshToken, { ...base, path: REFRESH_COOKIE_PATH, maxAge: s.refreshExpiresIn });
  reply.setCookie(SESSION_HINT_COOKIE, '1', { ...hint, maxAge: s.refreshExpiresIn });
}

/**
 * Sets the hint for a session that has none, one signed in before the hint existed: its page asks
 * /api/me once, and the answer to the cookie sets it. A hint that outlives its session costs one
 * refused /api/me, whose failed refresh clears it.
 */
export function markSession(request: FastifyRequest, reply: FastifyReply): void {
  if (request.headers.authorization === undefined && request.cookies?.[ACCESS_COOKIE] && !request.cookies[SESSION_HINT_COOKIE])
    reply.setCookie(SESSION_HINT_COOKIE, '1', { ...hint, maxAge: HINT_MAX_AGE_SECONDS });
}

export function clearSessionCookies(reply: FastifyReply): void {
  reply.clearCookie(ACCESS_COOKIE, { ...base, path: ACCESS_COOKIE_PATH });
  reply.clearCookie(REFRESH_COOKIE, { ...base, path: REFRESH_COOKIE_PATH });
  reply.clearCookie(SESSION_HINT_COOKIE, hint);
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
export const isUnsafe = (request: FastifyRequest): boolean => !SAFE_METHODS.has(request.method);

export type SameOriginGuard = (request: FastifyRequest) => void;

/**
 * The CSRF check of cookie-authenticated changes. A browser marks every request with where it comes
 * from: `Sec-Fetch-Site` (must be same-origin) and, on any POST, PUT, PATCH or DELETE, `Origin` (must
 * be this gateway's public origin or one of `extraOrigins`, exactly). Every header that is present
 * must pass, and a request with neither did not come from a browser's page: refused too (apps and
 * services send a Bearer token and are not checked). 403 CSRF_REJECTED; nothing runs.
 */
export function sameOriginGuard(publicBaseUrl: string, extraOrigins: readonly string[] = []): SameOriginGuard {
  const allowed = new Set([publicBaseUrl, ...extraOrigins].map((u) => new URL(u).origin));
  return (request) => {
    const site = request.headers['sec-fetch-site'];
    const origin = request.headers.origin;
    if (site === undefined && origin === undefined) throw csrfRejected('the request carries neither Sec-Fetch-Site nor Origin');
    if (site !== undefined && site !== 'same-origin') throw csrfRejected('the request comes from another site (Sec-Fetch-Site)');
    if (origin !== undefined && !allowed.has(origin)) throw csrfRejected('the request comes from another origin (Origin)');
  };
}

const csrfRejected = (why: string) =>
  new AppError('FORBIDDEN', 'CSRF_REJECTED', `${why}: changes made with the session cookie must come from this site's own pages`);

/** The comma-separated TRUSTED_ORIGINS setting as a list. */
export const originList = (setting: string | undefined): string[] =>
  (setting ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
