import { AppError } from '@ziba/service-kit/errors';
import type { FastifyInstance } from 'fastify';
import type { Redis } from 'ioredis';

/** One fixed minute per address: the count and the milliseconds left of its window. */
const COUNT = `
local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return { n, redis.call('PTTL', KEYS[1]) }`;

const WINDOW_MS = 60_000;

/** The ceiling when ADDRESS_LIMIT_PER_MINUTE is unset, as a multiple of the per-user limit (RATE_LIMIT_PER_MINUTE). */
export const ADDRESS_CEILING_FACTOR = 10;

/**
 * A ceiling on all requests from one address, whoever signs them: the rate limit counts each
 * signed-in user on their own (so earners behind one carrier address do not share it), and this
 * keeps a caller who registers many accounts from multiplying it without bound. Counted in Redis
 * like the limit itself; with Redis away nothing is refused for it.
 */
export function registerAddressCeiling(app: FastifyInstance, redis: Redis, perMinute: number): void {
  // A defined command is sent by its SHA (EVALSHA), not as the script's text on every request.
  redis.defineCommand('countAddress', { numberOfKeys: 1, lua: COUNT });
  const counted = redis as Redis & { countAddress(key: string, windowMs: string): Promise<[number, number]> };
  app.addHook('onRequest', async (request, reply) => {
    if (request.routeOptions.config?.rateLimit === false) return;
    const answer = await counted.countAddress(`ceiling:${request.ip}`, String(WINDOW_MS)).catch(() => null);
    if (!answer || answer[0] <= perMinute) return;
    reply.header('retry-after', String(Math.max(1, Math.ceil(answer[1] / 1000))));
    throw new AppError('RATE_LIMITED', 'RATE_LIMITED', 'too many requests from this address; slow down');
  });
}
