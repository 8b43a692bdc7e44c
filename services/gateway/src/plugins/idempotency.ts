import { requestHash } from '@ziba/service-kit/canonical-json';
import { AppError } from '@ziba/service-kit/errors';
import type { FastifyInstance, FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import type { Redis } from 'ioredis';

/**
 * The Idempotency-Key of every POST that moves money or changes a payout's state (SPEC 8): the same
 * key and request answer with the stored first answer (`Idempotent-Replayed: true`, and a body's
 * `replayed` true), another
 * request under the same key is 409 IDEMPOTENCY_KEY_REUSED, and a repeat while the first is still
 * running waits for its answer, or after a few seconds is 409 IDEMPOTENCY_REQUEST_IN_PROGRESS. Keys are scoped to the signed-in principal.
 *
 * This is the HTTP contract only. The money itself is protected below it: every ledger write carries
 * a key derived from its business object (the trip, the payout and its step), so even a lost record
 * here cannot move money twice; it would only answer a retry afresh.
 */

export const REPLAYED_HEADER = 'idempotent-replayed';
const KEY_PATTERN = /^[A-Za-z0-9_:.-]{8,128}$/;

interface Pending {
  fp: string;
  state: 'pending';
}
interface Done {
  fp: string;
  state: 'done';
  status: number;
  type: string;
  body: string;
  /** Where a created resource is (a 201's Location), so a replay says it too. */
  location?: string;
}
type Stored = Pending | Done;

export interface IdempotencySettings {
  /** How long a finished answer is kept for replays. */
  keepSeconds: number;
  /** How long a claim survives a gateway that died mid-request: longer than any request's deadline. */
  claimSeconds: number;
  /** How long a repeat waits for the first request's answer before it is told to retry. */
  waitMs: number;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Last preHandler of a money-moving route: claims its Idempotency-Key, or answers a repeat. */
    idempotent: preHandlerAsyncHookHandler;
  }
  interface FastifyRequest {
    /** The Idempotency-Key this request claimed, where it is kept, and the claim (to release it on a fault). */
    idempotency: { key: string; storeKey: string; fp: string; claim: string } | null;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Path parameters as the services read them: an id is accepted in any case and used lower-cased, so
 * `/trips/ABC…/accept` and `/trips/abc…/accept` are one request. Other parameters (a country, a
 * provider) are compared as sent.
 */
export function canonicalParams(params: unknown): Record<string, unknown> {
  if (typeof params !== 'object' || params === null) return {};
  return Object.fromEntries(Object.entries(params).map(([name, value]) => [name, typeof value === 'string' && UUID.test(value) ? value.toLowerCase() : value]));
}

/**
 * The stored first answer as a replay gives it: the same, except that an answer saying whether it was
 * a replay (a top-up, an adjustment, a run: `"replayed": false`) now says it is one, as the header does.
 */
export function asReplay(body: string, type: string): string {
  if (!type.includes('json')) return body;
  try {
    const answer: unknown = JSON.parse(body);
    if (answer !== null && typeof answer === 'object' && !Array.isArray(answer) && (answer as { replayed?: unknown }).replayed === false)
      return JSON.stringify({ ...answer, replayed: true });
  } catch {
    // Not JSON after all: given back as it was stored.
  }
  return body;
}

/** What makes two requests "the same request": the route, its parameters and its body. */
export function fingerprint(request: Pick<FastifyRequest, 'method' | 'routeOptions' | 'params' | 'body'>): string {
  const shape = { method: request.method, route: request.routeOptions.url, params: canonicalParams(request.params), body: request.body ?? null };
  return requestHash(shape);
}

export function registerIdempotency(app: FastifyInstance, redis: Redis, settings: IdempotencySettings): void {
  app.decorateRequest('idempotency', null);

  const unavailable = () =>
    new AppError('UNAVAILABLE', 'IDEMPOTENCY_STORE_UNAVAILABLE', 'the request could not be recorded; retry with the same Idempotency-Key');

  app.decorate('idempotent', async function idempotent(request: FastifyRequest, reply: FastifyReply) {
    const key = request.headers['idempotency-key'];
    if (key === undefined) return;
    if (typeof key !== 'string' || !KEY_PATTERN.test(key))
      throw new AppError('INVALID', 'VALIDATION_FAILED', 'Idempotency-Key must be 8 to 128 characters of letters, digits and _ : . -');
    const storeKey = `idem:${request.principal?.userId ?? 'anonymous'}:${key}`;
    const fp = fingerprint(request);
    const claim = JSON.stringify({ fp, state: 'pending' } satisfies Pending);
    const claimed = await redis.set(storeKey, claim, 'EX', settings.claimSeconds, 'NX').catch(() => {
      throw unavailable();
    });
    if (claimed === 'OK') {
      request.idempotency = { key, storeKey, fp, claim };
      reply.header(REPLAYED_HEADER, 'false');
      return;
    }
    // A repeat of a request still running waits for its answer (a double-tap gets one result), up to a bound.
    const waitUntil = Date.now() + settings.waitMs;
    for (;;) {
      const raw = await redis.get(storeKey).catch(() => {
        throw unavailable();
      });
      const stored = raw === null ? null : (JSON.parse(raw) as Stored);
      if (stored && stored.fp !== fp) throw new AppError('CONFLICT', 'IDEMPOTENCY_KEY_REUSED', 'this Idempotency-Key was used for a different request');
      if (stored?.state === 'done') {
        if (stored.location) reply.header('location', stored.location);
        return reply.code(stored.status).header('content-type', stored.type).header(REPLAYED_HEADER, 'true').send(asReplay(stored.body, stored.type));
      }
      // Still running, or freed by a fault in the meantime: the client retries, and claims it then.
      if (!stored || Date.now() >= waitUntil) {
        reply.header('retry-after', '1');
        throw new AppError('CONFLICT', 'IDEMPOTENCY_REQUEST_IN_PROGRESS', 'a request with this Idempotency-Key is being processed; retry shortly');
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  });

  // Deletes the claim only if it is still this request's, so a later owner of the key is never removed.
  const releaseClaim = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;

  app.addHook('onSend', async (request, reply, payload) => {
    const own = request.idempotency;
    if (!own) return payload;
    request.idempotency = null;
    // Faults, overload and "still at work, retry shortly" (Retry-After) are not answers: the client
    // retries them under the same key, and the retry must reach the service again.
    if (reply.statusCode >= 500 || reply.statusCode === 429 || reply.hasHeader('retry-after') || typeof payload !== 'string') {
      await redis
        .eval(releaseClaim, 1, own.storeKey, own.claim)
        .catch((err: unknown) => request.log.warn({ err }, 'idempotency claim not released; it expires'));
      return payload;
    }
    const done: Done = {
      fp: own.fp,
      state: 'done',
      status: reply.statusCode,
      type: String(reply.getHeader('content-type') ?? 'application/json'),
      body: payload,
      ...(reply.hasHeader('location') ? { location: String(reply.getHeader('location')) } : {}),
    };
    await redis
      .set(own.storeKey, JSON.stringify(done), 'EX', settings.keepSeconds)
      .catch((err: unknown) => request.log.error({ err }, 'idempotent answer not stored; a retry will be answered afresh'));
    return payload;
  });
}
