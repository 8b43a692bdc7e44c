import type { SqlExecutor } from '@ziba/messaging';
import type { FamilyEndReason, RefreshTokenState } from '../domain/session.ts';

/** A refresh token as identity holds it (its hash, never the token), with its family's state. */
export interface RefreshTokenRow extends RefreshTokenState {
  id: string;
  familyId: string;
  userId: string;
}

interface Raw {
  id: string;
  family_id: string;
  user_id: string;
  used_at: Date | null;
  expires_at: Date;
  family_revoked_at: Date | null;
}

const date = (d: Date | string | null): Date | null => (d === null ? null : new Date(d));

/** session_family and refresh_token; every statement runs in the caller's transaction. */
export const SessionRepository = {
  async createFamily(em: SqlExecutor, f: { id: string; userId: string; now: Date }): Promise<void> {
    await em.execute('insert into session_family (id, user_id, created_at) values (?, ?, ?)', [f.id, f.userId, f.now]);
  },

  async addToken(em: SqlExecutor, t: { id: string; familyId: string; tokenHash: string; now: Date; expiresAt: Date }): Promise<void> {
    await em.execute('insert into refresh_token (id, family_id, token_hash, created_at, expires_at) values (?, ?, ?, ?, ?)', [
      t.id,
      t.familyId,
      t.tokenHash,
      t.now,
      t.expiresAt,
    ]);
  },

  /**
   * The token with this hash, read after locking its family's row (`for update`): refreshes and
   * sign-outs of one family run one after another, and each sees what the previous one committed.
   */
  async findLockingFamily(em: SqlExecutor, tokenHash: string): Promise<RefreshTokenRow | null> {
    const [family] = await em.execute<Array<{ id: string }>>(
      'select f.id from session_family f join refresh_token t on t.family_id = f.id where t.token_hash = ? for update of f',
      [tokenHash],
    );
    if (!family) return null;
    const [r] = await em.execute<Raw[]>(
      `select t.id, t.family_id, f.user_id, t.used_at, t.expires_at, f.revoked_at as family_revoked_at
         from refresh_token t join session_family f on f.id = t.family_id where t.token_hash = ?`,
      [tokenHash],
    );
    return r
      ? {
          id: r.id,
          familyId: r.family_id,
          userId: r.user_id,
          usedAt: date(r.used_at),
          expiresAt: new Date(r.expires_at),
          familyRevokedAt: date(r.family_revoked_at),
        }
      : null;
  },

  async markUsed(em: SqlExecutor, tokenId: string, now: Date): Promise<void> {
    await em.execute('update refresh_token set used_at = ? where id = ? and used_at is null', [now, tokenId]);
  },

  async revokeFamily(em: SqlExecutor, familyId: string, reason: FamilyEndReason, now: Date): Promise<boolean> {
    const rows = await em.execute<Array<{ id: string }>>(
      'update session_family set revoked_at = ?, revoked_reason = ? where id = ? and revoked_at is null returning id',
      [now, reason, familyId],
    );
    return rows.length === 1;
  },

  /** Ends every sign-in of a user still going (scripts/admin sign-out); how many it ended. */
  async revokeFamiliesOfUser(em: SqlExecutor, userId: string, reason: FamilyEndReason, now: Date): Promise<number> {
    const rows = await em.execute<Array<{ id: string }>>(
      'update session_family set revoked_at = ?, revoked_reason = ? where user_id = ? and revoked_at is null returning id',
      [now, reason, userId],
    );
    return rows.length;
  },

  /**
   * Forgets a user's sessions that can no longer be used: tokens past their expiry (a used one too:
   * reuse of an expired copy needs no detecting), then families left without tokens.
   */
  async pruneForUser(em: SqlExecutor, userId: string, now: Date): Promise<void> {
    await em.execute('delete from refresh_token t using session_family f where f.id = t.family_id and f.user_id = ? and t.expires_at < ?', [userId, now]);
    await em.execute('delete from session_family f where f.user_id = ? and not exists (select 1 from refresh_token t where t.family_id = f.id)', [userId]);
  },
};
