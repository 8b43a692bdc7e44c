import { describe, expect, it } from '@jest/globals';
import { decideRefresh, refreshTokenExpiry, type RefreshTokenState } from './session.ts';

const now = new Date('2026-12-01T12:00:00Z');
const live = (over: Partial<RefreshTokenState> = {}): RefreshTokenState => ({
  usedAt: null,
  expiresAt: new Date('2026-12-15T12:00:00Z'),
  familyRevokedAt: null,
  ...over,
});

describe('refresh token rotation and reuse (decideRefresh)', () => {
  it('rotates an unused, unexpired token of a live family', () => {
    expect(decideRefresh(live(), now)).toEqual({ kind: 'ROTATE' });
  });

  it('treats a used token as reuse and revokes the family', () => {
    expect(decideRefresh(live({ usedAt: new Date('2026-12-01T11:59:59Z') }), now)).toEqual({ kind: 'REVOKE_FAMILY' });
  });

  it('still calls a used token reuse after it would have expired', () => {
    expect(decideRefresh(live({ usedAt: new Date('2026-11-01T00:00:00Z'), expiresAt: new Date('2026-11-15T00:00:00Z') }), now)).toEqual({
      kind: 'REVOKE_FAMILY',
    });
  });

  it('refuses an unknown token', () => {
    expect(decideRefresh(null, now)).toEqual({ kind: 'REFUSE', why: 'UNKNOWN' });
  });

  it('refuses an expired token, at the exact expiry too', () => {
    expect(decideRefresh(live({ expiresAt: now }), now)).toEqual({ kind: 'REFUSE', why: 'EXPIRED' });
    expect(decideRefresh(live({ expiresAt: new Date(now.getTime() - 1) }), now)).toEqual({ kind: 'REFUSE', why: 'EXPIRED' });
    expect(decideRefresh(live({ expiresAt: new Date(now.getTime() + 1) }), now)).toEqual({ kind: 'ROTATE' });
  });

  it('refuses any token of a revoked family, used or not, without revoking again', () => {
    const revoked = new Date('2026-12-01T10:00:00Z');
    expect(decideRefresh(live({ familyRevokedAt: revoked }), now)).toEqual({ kind: 'REFUSE', why: 'ENDED' });
    expect(decideRefresh(live({ familyRevokedAt: revoked, usedAt: revoked }), now)).toEqual({ kind: 'REFUSE', why: 'ENDED' });
  });

  it('gives each new token its own period', () => {
    expect(refreshTokenExpiry(now, 14 * 86_400).toISOString()).toBe('2026-12-15T12:00:00.000Z');
  });
});
