import { inTransaction } from '@ziba/persistence';
import { SessionRepository } from '../persistence/session.repository.ts';
import type { IdentityContext } from './identity-context.ts';
import { hashOfRefreshToken } from './refresh-token.ts';

export interface EndedSession {
  /** False when there was nothing left to end (an unknown token, or a family that had ended). */
  ended: boolean;
  /**
   * The session the token belongs to, ended now or before (null for an unknown token): its access
   * tokens carry it as `sid`, so the gateway can refuse them at once rather than at their expiry.
   */
  sessionId: string | null;
}

/**
 * Signs a browser out: revokes the family of the presented refresh token, whichever of its tokens it
 * is, so no token of that sign-in refreshes again.
 */
export async function endSession(ctx: IdentityContext, presented: string, now = new Date()): Promise<EndedSession> {
  const hash = hashOfRefreshToken(presented);
  if (!hash) return { ended: false, sessionId: null };
  return inTransaction(ctx, async (em) => {
    const token = await SessionRepository.findLockingFamily(em, hash);
    if (!token) return { ended: false, sessionId: null };
    const ended = !token.familyRevokedAt && (await SessionRepository.revokeFamily(em, token.familyId, 'SIGNED_OUT', now));
    return { ended, sessionId: token.familyId };
  });
}
