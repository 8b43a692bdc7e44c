import { inTransaction } from '@ziba/persistence';
import { randomUUID } from 'node:crypto';
import { refreshTokenExpiry } from '../domain/session.ts';
import { SessionRepository } from '../persistence/session.repository.ts';
import type { IdentityContext } from './identity-context.ts';
import { checkCredentials } from './login.usecase.ts';
import { newRefreshToken, type IssuedSession } from './refresh-token.ts';

/**
 * Signs a browser in: the same credential check as Login, then a new session family with its first
 * refresh token (stored as a hash). Clears the user's sessions that can no longer be used.
 */
export async function startSession(ctx: IdentityContext, email: string, password: string, now = new Date()): Promise<IssuedSession> {
  const user = await checkCredentials(ctx, email, password);
  const refresh = newRefreshToken();
  const familyId = randomUUID();
  await inTransaction(ctx, async (em) => {
    await SessionRepository.pruneForUser(em, user.id, now);
    await SessionRepository.createFamily(em, { id: familyId, userId: user.id, now });
    await SessionRepository.addToken(em, {
      id: randomUUID(),
      familyId,
      tokenHash: refresh.hash,
      now,
      expiresAt: refreshTokenExpiry(now, ctx.sessions.refreshTtlSeconds),
    });
  });
  return {
    accessToken: await ctx.tokens.issue(user, familyId),
    expiresIn: ctx.tokens.expiresIn,
    refreshToken: refresh.token,
    refreshExpiresIn: ctx.sessions.refreshTtlSeconds,
    user,
  };
}
