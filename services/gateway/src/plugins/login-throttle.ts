import { AppError, isAppError } from '@ziba/service-kit/errors';
import type { Redis } from 'ioredis';
import { createHash, randomUUID } from 'node:crypto';

/** Failed sign-ins an account may have before each further one makes the next attempt wait. */
export const FREE_FAILURES = 5;
/** The longest wait: the owner is slowed, never locked out for good. */
export const MAX_WAIT_SECONDS = 15 * 60;
/** A quiet hour forgets the failures. */
const FORGET_SECONDS = 60 * 60;

/** How long the next attempt must wait after `failures` wrong passwords in a row: 1, 2, 4 ... 900 s. */
export function loginWaitSeconds(failures: number): number {
  return failures < FREE_FAILURES ? 0 : Math.min(2 ** (failures - FREE_FAILURES), MAX_WAIT_SECONDS);
}

/** How long an attempt counts as in flight if its gateway never reports back (longer than any sign-in). */
const IN_FLIGHT_MS = 30_000;

/**
 * Admits one attempt, atomically: refused while the account waits (returns when the wait ends and
 * 'failures'), or while the attempts already in flight could use up the failures left before the
 * wait begins (one at a time once none is left; returns a wait of a second and 'in-flight').
 * Otherwise the attempt is counted in flight (returns 0 and ''). Checked and counted in one step, so
 * concurrent guesses cannot all pass a check made before any of them failed.
 */
const ADMIT = `
local now = tonumber(ARGV[1])
local waitUntil = tonumber(redis.call('HGET', KEYS[1], 'until') or '0')
if waitUntil > now then return {waitUntil, 'failures'} end
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now - tonumber(ARGV[4]))
local failures = tonumber(redis.call('HGET', KEYS[1], 'fails') or '0')
if redis.call('ZCARD', KEYS[2]) >= math.max(tonumber(ARGV[3]) - failures, 1) then return {now + 1000, 'in-flight'} end
redis.call('ZADD', KEYS[2], now, ARGV[2])
redis.call('PEXPIRE', KEYS[2], ARGV[4])
return {0, ''}`;

/** Why an attempt waits, in the refusal's words: a correct password sent from several places at once is not a failure. */
const WAIT_WORDS: Record<string, string> = {
  failures: 'too many failed sign-ins for this account',
  'in-flight': 'other sign-ins to this account are being checked right now',
};

/**
 * Throttles password guessing per account, whatever address it comes from (the per-IP limit cannot
 * see 150 addresses taking turns). Kept in Redis, so every gateway replica sees the same count; with
 * Redis away it lets sign-ins through (a guard, not the only one: passwords are slow to check).
 */
export class LoginThrottle {
  private readonly redis: Redis;
  constructor(redis: Redis) {
    this.redis = redis;
  }

  private key(email: string): string {
    return `login:${createHash('sha256').update(email.trim().toLowerCase()).digest('hex')}`;
  }

  /**
   * One sign-in attempt under the throttle: refused (429 LOGIN_THROTTLED, with the seconds to wait)
   * while the account must wait; a wrong password counts toward the wait, a success forgets them.
   */
  async attempt<T>(email: string, signIn: () => Promise<T>, now = Date.now()): Promise<T> {
    const key = this.key(email);
    const inFlight = `${key}:in-flight`;
    const id = randomUUID();
    const [until, why] = (await this.redis
      .eval(ADMIT, 2, key, inFlight, String(now), id, String(FREE_FAILURES), String(IN_FLIGHT_MS))
      .catch(() => [0, ''])) as [number, string];
    const wait = Math.ceil((Number(until) - now) / 1000);
    if (wait > 0)
      throw Object.assign(new AppError('RATE_LIMITED', 'LOGIN_THROTTLED', `${WAIT_WORDS[why] ?? WAIT_WORDS.failures}; try again in ${wait} s`), {
        retryAfterSeconds: wait,
      });
    try {
      const result = await signIn();
      await this.redis.del(key).catch(() => undefined);
      return result;
    } catch (err) {
      if (isAppError(err) && err.code === 'INVALID_CREDENTIALS') await this.failed(key, Date.now());
      throw err;
    } finally {
      await this.redis.zrem(inFlight, id).catch(() => undefined);
    }
  }

  private async failed(key: string, now: number): Promise<void> {
    try {
      const failures = await this.redis.hincrby(key, 'fails', 1);
      await this.redis
        .multi()
        .hset(key, 'until', String(now + loginWaitSeconds(failures) * 1000))
        .expire(key, FORGET_SECONDS)
        .exec();
    } catch {
      // Redis away: see the class comment.
    }
  }
}
