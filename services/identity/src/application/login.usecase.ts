import { randomUUID } from 'node:crypto';
import { DUMMY_HASH, verifyPassword } from '../domain/password.ts';
import { IdentityErrors, normaliseEmail, type User } from '../domain/user.ts';
import { UserRepository } from '../persistence/user.repository.ts';
import type { IdentityContext } from './identity-context.ts';
import { toUser } from './user-mapper.ts';

/** The user behind an email and password, unless blocked. Unknown email and wrong password look alike. */
export async function checkCredentials(ctx: IdentityContext, emailInput: string, password: string): Promise<User> {
  let email: string;
  try {
    email = normaliseEmail(emailInput);
  } catch {
    throw IdentityErrors.badCredentials();
  }
  const entity = await UserRepository.findByEmail(ctx.orm.em.fork(), email, { withPasswordHash: true });
  const ok = await verifyPassword(String(password ?? ''), entity?.passwordHash ?? DUMMY_HASH);
  if (!entity || !ok) throw IdentityErrors.badCredentials();
  const user = toUser(entity);
  if (user.status === 'BLOCKED') throw IdentityErrors.blocked();
  return user;
}

/**
 * Email and password to a short-lived access token. The sign-in gets an id of its own (`sid`), as a
 * browser session's tokens carry theirs, so the app can end it (POST /api/auth/logout) before it expires.
 */
export async function login(ctx: IdentityContext, emailInput: string, password: string): Promise<{ accessToken: string; expiresIn: number; user: User }> {
  const user = await checkCredentials(ctx, emailInput, password);
  return { accessToken: await ctx.tokens.issue(user, randomUUID()), expiresIn: ctx.tokens.expiresIn, user };
}
