import type { Logger } from '@ziba/service-kit';
import { AppError } from '@ziba/service-kit/errors';
import { Redis } from 'ioredis';

/**
 * Access tokens are checked by signature alone, so one stays good until its expiry (15 minutes by
 * default) after its session is signed out or its user blocked. The gateway records those two events
 * here, in Redis (shared by every replica), and refuses the tokens they cover:
 * - a signed-out sign-in (a browser session, or an app's POST /api/auth/logout): every access token
 *   carrying its `sid`;
 * - a blocked user, or an admin whose permissions were revoked or who was signed out (scripts/admin,
 *   through userCutOffs below): every token issued to them up to that moment (`iat`), Bearer tokens too.
 *
 * Each record is kept as long as any token it covers can live: identity caps an access token's
 * lifetime at an hour (ACCESS_TOKEN_TTL_SECONDS), plus clock skew.
 *
 * While Redis is away the check lets tokens through (logged, at most once a minute), as the rate
 * limit does: a token then lives to its expiry, as it did before this check, and money is still
 * guarded by identity, which refuses a blocked user's every money movement (SPEC 3).
 */
const KEEP_SECONDS = 3_600 + 300;
const sessionKey = (sessionId: string) => `revoked:session:${sessionId}`;
const userKey = (userId: string) => `revoked:user:${userId}`;

/**
 * Sets a user's cut-off (whole seconds), unless a later one is already set: two cut-offs at once (a
 * block and a revoke) never let the earlier one reopen what the later one covers.
 */
const LATER_CUT_OFF = `local held = tonumber(redis.call('get', KEYS[1]))
if held and held >= tonumber(ARGV[1]) then return 0 end
redis.call('set', KEYS[1], ARGV[1], 'EX', ARGV[2])
return 1`;

/** Every access token issued to `userId` up to `at` is refused; throws when Redis did not record it. */
async function recordUserCutOff(redis: Redis, userId: string, at: Date): Promise<void> {
  await redis.eval(LATER_CUT_OFF, 1, userKey(userId), String(Math.floor(at.getTime() / 1000)), String(KEEP_SECONDS));
}

/** What a token says of itself that a revocation can cover. */
export interface TokenFacts {
  userId: string;
  sessionId: string | null;
  /** The token's `iat`, in whole seconds. */
  issuedAt: number;
}

export class TokenRevocations {
  private readonly redis: Redis;
  private readonly logger: Logger;
  private warnedAt = 0;

  constructor(redis: Redis, logger: Logger) {
    this.redis = redis;
    this.logger = logger;
  }

  /**
   * Every access token of this sign-in is refused from now on. Unrecorded, it is 503 (retry): a
   * sign-out must not report success while the token still works.
   */
  async endSession(sessionId: string): Promise<void> {
    try {
      await this.redis.set(sessionKey(sessionId), '1', 'EX', KEEP_SECONDS);
    } catch (err) {
      this.logger.error({ sessionId, err: (err as Error).message }, 'sign-out not recorded');
      throw new AppError('UNAVAILABLE', 'DEPENDENCY_UNAVAILABLE', 'the sign-out could not be recorded; try again');
    }
  }

  /** Every access token issued to this user until `at` is refused. */
  async cutOffUser(userId: string, at: Date): Promise<void> {
    try {
      await recordUserCutOff(this.redis, userId, at);
    } catch (err) {
      // The block itself stands (identity refuses the user's sign-ins and money movements); only its
      // early end of the tokens already issued is lost, and those expire within their lifetime.
      this.logger.error({ userId, err: (err as Error).message }, 'block: live tokens not revoked; they expire within their lifetime');
    }
  }

  async isRevoked(token: TokenFacts): Promise<boolean> {
    let found: (string | null)[];
    try {
      found = token.sessionId ? await this.redis.mget(userKey(token.userId), sessionKey(token.sessionId)) : [await this.redis.get(userKey(token.userId))];
    } catch (err) {
      this.warn(err, 'token revocations unreadable: tokens are accepted until their expiry');
      return false;
    }
    const [cutOff, sessionEnded] = found;
    // A token issued in the same second as the block is covered too (iat has whole seconds).
    return sessionEnded === '1' || (cutOff != null && token.issuedAt <= Number(cutOff));
  }

  private warn(err: unknown, message: string): void {
    if (Date.now() - this.warnedAt < 60_000) return;
    this.warnedAt = Date.now();
    this.logger.warn({ err: (err as Error).message }, message);
  }
}

/** Ends users' tokens from outside a gateway: the Redis (and key prefix) the gateways of a stack share. */
export interface UserCutOffs {
  /** Every access token issued to `userId` up to `at` is refused; throws when it was not recorded. */
  cutOff(userId: string, at: Date): Promise<void>;
  close(): Promise<void>;
}

/**
 * For scripts/admin, which ends an admin's tokens when it revokes their permissions or signs them out:
 * the same keys and lifetime as the gateways read, written once, failing fast (one attempt, 5 s) so a
 * missing Redis is reported rather than waited for.
 */
export function userCutOffs(redisUrl: string, keyPrefix: string): UserCutOffs {
  const redis = new Redis(redisUrl, { keyPrefix, lazyConnect: true, connectTimeout: 5_000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  redis.on('error', () => {}); // each command's own failure says what went wrong
  return {
    async cutOff(userId, at) {
      if (redis.status === 'wait') await redis.connect();
      await recordUserCutOff(redis, userId, at);
    },
    async close() {
      redis.disconnect();
    },
  };
}
