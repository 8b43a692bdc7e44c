import { inTransaction } from '@ziba/persistence';
import { randomUUID } from 'node:crypto';
import type { AppError } from '@ziba/service-kit/errors';
import { decideRefresh, refreshTokenExpiry, SessionErrors } from '../domain/session.ts';
import { IdentityErrors, type User } from '../domain/user.ts';
import { SessionRepository } from '../persistence/session.repository.ts';
import { UserRepository } from '../persistence/user.repository.ts';
import type { IdentityContext } from './identity-context.ts';
import { hashOfRefreshToken, newRefreshToken, type IssuedSession } from './refresh-token.ts';
import { toUser } from './user-mapper.ts';

type Outcome = { refused: AppError; reuse?: { userId: string; familyId: string } } | { user: User; refreshToken: string; familyId: string };

/**
 * Rotates a refresh token: under the lock of its family, the rule (domain/session.ts) decides. A
 * rotation marks the token used and adds the next one; reuse revokes the family, and that revocation
 * commits before the refusal is answered. Of concurrent refreshes with one token exactly one rotates:
 * the others wait for the lock, then find the token used, which is reuse.
 */
export async function refreshSession(ctx: IdentityContext, presented: string, now = new Date()): Promise<IssuedSession> {
  const hash = hashOfRefreshToken(presented);
  if (!hash) throw SessionErrors.expired();
  const outcome = await inTransaction(ctx, async (em): Promise<Outcome> => {
    const token = await SessionRepository.findLockingFamily(em, hash);
    const decision = decideRefresh(token, now);
    if (decision.kind === 'REFUSE') return { refused: SessionErrors.expired() };
    if (decision.kind === 'REVOKE_FAMILY') {
      await SessionRepository.revokeFamily(em, token!.familyId, 'REUSE_DETECTED', now);
      return { refused: SessionErrors.reused(), reuse: { userId: token!.userId, familyId: token!.familyId } };
    }
    const entity = await UserRepository.findById(em, token!.userId);
    if (!entity || entity.status === 'BLOCKED') {
      await SessionRepository.revokeFamily(em, token!.familyId, 'USER_BLOCKED', now);
      return { refused: entity ? IdentityErrors.blocked() : SessionErrors.expired() };
    }
    await SessionRepository.markUsed(em, token!.id, now);
    const next = newRefreshToken();
    await SessionRepository.addToken(em, {
      id: randomUUID(),
      familyId: token!.familyId,
      tokenHash: next.hash,
      now,
      expiresAt: refreshTokenExpiry(now, ctx.sessions.refreshTtlSeconds),
    });
    return { user: toUser(entity), refreshToken: next.token, familyId: token!.familyId };
  });
  if ('refused' in outcome) {
    if (outcome.reuse) ctx.logger.warn(outcome.reuse, 'refresh token reused: session family revoked');
    throw outcome.refused;
  }
  const { user, refreshToken, familyId } = outcome;
  return {
    accessToken: await ctx.tokens.issue(user, familyId),
    expiresIn: ctx.tokens.expiresIn,
    refreshToken,
    refreshExpiresIn: ctx.sessions.refreshTtlSeconds,
    user,
  };
}
