import type { SwaggerOptions } from '@fastify/swagger';
import { hoistComponents, nullInNullableEnums } from './components.ts';

type Json = Record<string, unknown>;

/** What each status means to a client; fastify-swagger would say "Default Response" for all. */
const RESPONSE_DESCRIPTIONS: Record<string, string> = {
  '200': 'OK',
  '201': 'Created',
  '202': 'Accepted',
  '400':
    'The request is malformed or fails validation (VALIDATION_FAILED, or a more precise code such as INVALID_ARGUMENT; all at /docs/problems); nothing changed',
  '401': 'No valid credentials (UNAUTHENTICATED, TOKEN_REVOKED, ...); the answer carries WWW-Authenticate: Bearer',
  '403': 'Authenticated, but this role or permission may not do this',
  '404': 'No such resource, or not yours',
  '409': 'The resource is in a state that does not allow this, or the Idempotency-Key was used for another request',
  '422': 'Refused by a business rule; `reasons` lists every rule that failed; nothing changed',
  '415': 'The body is not JSON sent as application/json in UTF-8, or it is content-encoded (UNSUPPORTED_MEDIA_TYPE); nothing changed',
  '429': 'Too many requests (RATE_LIMITED, per signed-in user or per address); retry after the Retry-After header',
  default: 'An unexpected failure (500) or a dependency briefly unavailable (503); retry with the same Idempotency-Key',
};

const TAGS = [
  { name: 'auth', description: 'Registration, login, the current user' },
  {
    name: 'identity',
    description: "The caller's own identity profile, documents, verification and eligibility; document numbers are accepted, never returned",
  },
  { name: 'wallet', description: "The caller's own wallet" },
  {
    name: 'trips',
    description:
      'Rides and parcels: request (riders), the driver and cancel transitions, going online (verified drivers), settlement (admins with MANAGE_PAYOUTS). The fare is computed by the server; no request carries a price',
  },
  {
    name: 'food',
    description:
      'Restaurant menus (restaurants, their own items) and food orders: placing (customers), the restaurant, driver and cancel actions, settlement (admins with MANAGE_PAYOUTS). The subtotal comes from the menu and the delivery fee from the server; no request carries a price',
  },
  {
    name: 'payouts',
    description:
      "Drivers' and restaurants' own payout method and withdrawals. Account numbers are accepted, never returned (only the last four); every refusal is 422 PAYOUT_BLOCKED with its reasons",
  },
  { name: 'notifications', description: "The caller's own notifications" },
  { name: 'webhooks', description: 'Callbacks from payout providers, signed with HMAC-SHA256' },
  {
    name: 'admin',
    description:
      'Platform staff, by permission: wallets (VIEW_WALLETS; refunds and corrections ADJUST_WALLETS), KYC review (MANAGE_KYC), account status (MANAGE_USERS; finding accounts also MANAGE_KYC), commission rules (MANAGE_COMMISSION; reading also VIEW_EARNINGS_REPORTS), weekly commission netting (MANAGE_PAYOUTS), earnings reports (VIEW_EARNINGS_REPORTS), payouts (VIEW_PAYOUTS or MANAGE_PAYOUTS to read, MANAGE_PAYOUTS to decide), audit (VIEW_PAYOUTS, VIEW_WALLETS or VIEW_EARNINGS_REPORTS)',
  },
];

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

const PROBLEM = { content: { 'application/json': { schema: { $ref: '#/components/schemas/Problem' } } } };
const RETRY_AFTER = { 'Retry-After': { description: 'seconds to wait before trying again', schema: { type: 'integer' } } };
const LOCATION = {
  Location: { description: 'where the created resource is read (also on a replay under the same Idempotency-Key)', schema: { type: 'string' } },
};
/** The operations whose 201 says where the new resource is (the routes set Location). */
const LOCATED = new Set([
  'requestTrip',
  'placeFoodOrder',
  'setDriverPayoutMethod',
  'setRestaurantPayoutMethod',
  'requestDriverWithdrawal',
  'requestRestaurantWithdrawal',
]);

/**
 * Errors are sent as application/problem+json; the document says so, and documents a default. What
 * any operation may answer is listed on every one: 429 (the rate limit, on every route), 415 on every
 * POST, PUT and PATCH (a body that is not JSON, or is content-encoded).
 */
function shapeResponses(responses: Json, method: string, operationId: unknown): Json {
  const shaped: Json = { ...responses };
  shaped.default ??= PROBLEM;
  shaped['429'] ??= PROBLEM;
  if (['post', 'put', 'patch'].includes(method)) shaped['415'] ??= PROBLEM;
  for (const [status, response] of Object.entries(shaped)) {
    if (!isObject(response)) continue;
    const isError = status === 'default' || Number(status) >= 400;
    const content = isObject(response.content) ? response.content : undefined;
    const description = response.description === 'Default Response' || isError ? (RESPONSE_DESCRIPTIONS[status] ?? response.description) : response.description;
    shaped[status] = {
      ...response,
      description,
      ...(status === '429' || status === 'default' ? { headers: RETRY_AFTER } : {}),
      ...(status === '201' && LOCATED.has(String(operationId)) ? { headers: LOCATION } : {}),
      ...(isError && content?.['application/json'] ? { content: { 'application/problem+json': content['application/json'] } } : {}),
    };
  }
  return shaped;
}

/** Wherever a Bearer token is accepted, the browser session's cookie is too (plugins/auth.ts reads both). */
function withSessionCookie(op: Json): Json {
  if (!Array.isArray(op.security)) return {};
  const security = op.security as Json[];
  const takesBearer = security.some((s) => isObject(s) && 'bearer' in s);
  const hasCookie = security.some((s) => isObject(s) && 'sessionCookie' in s);
  return takesBearer && !hasCookie ? { security: [...security, { sessionCookie: [] }] } : {};
}

function shapeOperations(document: Json): Json {
  const paths = isObject(document.paths) ? document.paths : {};
  const shaped = Object.fromEntries(
    Object.entries(paths).map(([path, item]) => [
      path,
      Object.fromEntries(
        Object.entries(item as Json).map(([method, op]) => [
          method,
          isObject(op) && isObject(op.responses) ? { ...op, ...withSessionCookie(op), responses: shapeResponses(op.responses, method, op.operationId) } : op,
        ]),
      ),
    ]),
  );
  return { ...document, paths: shaped };
}

/** The @fastify/swagger options: the document's frame, and the shaping of what the routes declare. */
export function openApiOptions(serverUrl: string): SwaggerOptions {
  return {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Ziba money platform API',
        version: '1.0.0',
        description:
          'Wallets, trips and food orders with their settlement, and earner payouts. Amounts in requests are JSON integers of minor units (kobo, cents, poisha); in responses, decimal strings of minor units with their currency. Errors are application/problem+json with a stable `code`; every code is explained at /docs/problems. Money-moving requests take an `Idempotency-Key` header: a repeat gets the first answer.',
        license: { name: 'Proprietary', url: 'https://ziba.example/terms' },
      },
      servers: [{ url: serverUrl, description: 'this gateway' }],
      security: [{ bearer: [] }, { sessionCookie: [] }],
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'The accessToken from POST /api/auth/login' },
          sessionCookie: {
            type: 'apiKey',
            in: 'cookie',
            name: '__Secure-ziba-access',
            description:
              'A browser session (POST /api/auth/session), used wherever a Bearer token is. Changes (POST, PUT, PATCH, DELETE) made with it must come from this site’s own pages (Sec-Fetch-Site same-origin, exact Origin), else 403 CSRF_REJECTED',
          },
          refreshCookie: {
            type: 'apiKey',
            in: 'cookie',
            name: '__Secure-ziba-refresh',
            description: 'The browser session’s refresh token (Path=/api/auth/session)',
          },
          providerSignature: {
            type: 'apiKey',
            in: 'header',
            name: 'x-ziba-signature',
            description: 'HMAC-SHA256 of `<x-ziba-timestamp>.<raw body>` under the provider secret, hex',
          },
          systemJobToken: { type: 'http', scheme: 'bearer', description: "The weekly CronJobs' SYSTEM_JOB_TOKEN (weekly runs only)" },
        },
      },
      tags: TAGS,
    },
    transformObject: (document) =>
      ('openapiObject' in document
        ? shapeOperations(nullInNullableEnums(hoistComponents(document.openapiObject as Json)) as Json)
        : document.swaggerObject) as never,
  };
}
