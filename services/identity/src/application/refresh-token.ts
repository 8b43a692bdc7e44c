import { createHash, randomBytes } from 'node:crypto';
import type { User } from '../domain/user.ts';

/** 32 random bytes, base64url: what a refresh token looks like (the only form identity accepts). */
const SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** A new refresh token and the hash identity stores of it. */
export function newRefreshToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashOfRefreshToken(token)! };
}

/**
 * The stored form of a presented token: SHA-256, hex. A token of 256 random bits needs no salt or
 * slow hash; the hash only keeps a database reader from using what they read. Null when the input
 * cannot be a token at all (it is then refused without a lookup).
 */
export function hashOfRefreshToken(token: string): string | null {
  if (typeof token !== 'string' || !SHAPE.test(token)) return null;
  return createHash('sha256').update(token).digest('hex');
}

/** What StartSession and RefreshSession answer (the handler turns it into the wire shape). */
export interface IssuedSession {
  accessToken: string;
  expiresIn: number;
  refreshToken: string;
  refreshExpiresIn: number;
  user: User;
}
