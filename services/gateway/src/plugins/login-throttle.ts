import { AppError } from '@ziba/service-kit/errors';
import type { Redis } from 'ioredis';
import { createHash } from 'node:crypto';

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

  /** Refuses (429 LOGIN_THROTTLED, with the seconds to wait) while the account must wait. */
  async check(email: string, now = Date.now()): Promise<void> {
    const until = Number(await this.redis.hget(this.key(email), 'until').catch(() => null));
    const wait = Math.ceil((until - now) / 1000);
    if (wait > 0)
      throw Object.assign(new AppError('RATE_LIMITED', 'LOGIN_THROTTLED', `too many failed sign-ins for this account; try again in ${wait} s`), {
        retryAfterSeconds: wait,
      });
  }

  async failed(email: string, now = Date.now()): Promise<void> {
    const key = this.key(email);
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

  async succeeded(email: string): Promise<void> {
    await this.redis.del(this.key(email)).catch(() => undefined);
  }
}
