import { inTransaction } from '@ziba/persistence';
import { SessionRepository } from '../persistence/session.repository.ts';
import type { IdentityContext } from './identity-context.ts';
import { hashOfRefreshToken } from './refresh-token.ts';

/**
 * Signs a browser out: revokes the family of the presented refresh token, whichever of its tokens it
 * is, so no token of that sign-in refreshes again. False when there was nothing left to end.
 */
export async function endSession(ctx: IdentityContext, presented: string, now = new Date()): Promise<boolean> {
  const hash = hashOfRefreshToken(presented);
  if (!hash) return false;
  return inTransaction(ctx, async (em) => {
    const token = await SessionRepository.findLockingFamily(em, hash);
    if (!token || token.familyRevokedAt) return false;
    return SessionRepository.revokeFamily(em, token.familyId, 'SIGNED_OUT', now);
  });
}
