import type { Logger } from '@ziba/service-kit';
import type { Redis } from 'ioredis';

/**
 * Access tokens are checked by signature alone, so one stays good until its expiry (15 minutes by
 * default) after its session is signed out or its user blocked. The gateway records those two events
 * here, in Redis (shared by every replica), and refuses the tokens they cover:
 * - a signed-out browser session: every access token carrying its `sid`;
 * - a blocked user: every token issued to them up to the block (`iat`), Bearer tokens too.
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

  /** Every access token of this browser session is refused from now on. */
  async endSession(sessionId: string): Promise<void> {
    await this.write(() => this.redis.set(sessionKey(sessionId), '1', 'EX', KEEP_SECONDS), { sessionId });
  }

  /** Every access token issued to this user until `at` is refused. */
  async cutOffUser(userId: string, at: Date): Promise<void> {
    await this.write(() => this.redis.set(userKey(userId), String(Math.floor(at.getTime() / 1000)), 'EX', KEEP_SECONDS), { userId });
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

  private async write(record: () => Promise<unknown>, what: Record<string, string>): Promise<void> {
    try {
      await record();
    } catch (err) {
      // The sign-out or block itself stands; only its early effect on live tokens is lost.
      this.logger.error({ ...what, err: (err as Error).message }, 'token revocation not recorded: tokens live until their expiry');
    }
  }

  private warn(err: unknown, message: string): void {
    if (Date.now() - this.warnedAt < 60_000) return;
    this.warnedAt = Date.now();
    this.logger.warn({ err: (err as Error).message }, message);
  }
}
