import { AppError } from '@ziba/service-kit/errors';

/**
 * Browser sessions (issue 14): a refresh token belongs to a family, the chain of tokens one sign-in
 * produced. Each refresh rotates: the presented token is marked used and a new one is issued in the
 * same family. A token that was already used is never valid again; presenting one is reuse (a copy
 * was taken, by whoever presents it second), and the whole family is revoked, the newest token too.
 */

/** What identity holds of a presented refresh token and its family, read under the family's lock. */
export interface RefreshTokenState {
  usedAt: Date | null;
  expiresAt: Date;
  familyRevokedAt: Date | null;
}

export type RefreshDecision =
  /** Mark this token used and issue the next one of the family. */
  | { kind: 'ROTATE' }
  /** A used token came back: revoke the family (and commit that), then refuse. */
  | { kind: 'REVOKE_FAMILY' }
  /** Unknown, expired, or its family has ended: refuse; nothing to change. */
  | { kind: 'REFUSE'; why: 'UNKNOWN' | 'EXPIRED' | 'ENDED' };

/** The rotation and reuse rule. `token` is null when no token has the presented hash. */
export function decideRefresh(token: RefreshTokenState | null, now: Date): RefreshDecision {
  if (!token) return { kind: 'REFUSE', why: 'UNKNOWN' };
  if (token.familyRevokedAt) return { kind: 'REFUSE', why: 'ENDED' };
  // Before the expiry check: a used token presented late is still a copy that should not exist.
  if (token.usedAt) return { kind: 'REVOKE_FAMILY' };
  if (token.expiresAt.getTime() <= now.getTime()) return { kind: 'REFUSE', why: 'EXPIRED' };
  return { kind: 'ROTATE' };
}

/** When a refresh token issued at `now` stops being accepted (each rotation starts a new period). */
export const refreshTokenExpiry = (now: Date, ttlSeconds: number): Date => new Date(now.getTime() + ttlSeconds * 1000);

/** Why a family ended, as stored. */
export type FamilyEndReason = 'SIGNED_OUT' | 'REUSE_DETECTED' | 'USER_BLOCKED';

export const SessionErrors = {
  expired: () => new AppError('UNAUTHENTICATED', 'SESSION_EXPIRED', 'the session has ended or expired; sign in again'),
  reused: () => new AppError('UNAUTHENTICATED', 'REFRESH_TOKEN_REUSED', 'this refresh token was used before; the session is revoked, sign in again'),
};
