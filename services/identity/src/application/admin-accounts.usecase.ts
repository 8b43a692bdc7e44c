import { inTransaction } from '@ziba/persistence';
import { IdentityErrors, normaliseEmail, parsePermissions, PERMISSIONS, type Permission, type User } from '../domain/user.ts';
import { SessionRepository } from '../persistence/session.repository.ts';
import { UserRepository } from '../persistence/user.repository.ts';
import type { IdentityContext } from './identity-context.ts';
import { toUser } from './user-mapper.ts';

/**
 * What managing admin accounts needs: the database and the countries (an admin's home country), not
 * the token or document keys, so scripts/admin runs with no secrets of its own.
 */
export type AdminAccountsContext = Pick<IdentityContext, 'orm' | 'countries'>;

/** Every admin account, by email. */
export async function listAdmins(ctx: Pick<IdentityContext, 'orm'>): Promise<User[]> {
  const admins = await UserRepository.admins(ctx.orm.em.fork());
  return admins.map(toUser);
}

/** The admin with this email (USER_NOT_FOUND when there is none; an error when the account is not an admin's). */
export async function adminByEmail(ctx: Pick<IdentityContext, 'orm'>, emailInput: string): Promise<User> {
  const email = normaliseEmail(emailInput);
  const admin = await UserRepository.findByEmail(ctx.orm.em.fork(), email);
  return toUser(assertAdmin(admin, email));
}

/**
 * Ends every browser sign-in of an admin (their refresh tokens), permissions unchanged. The access
 * tokens already issued are the gateway's to refuse: scripts/admin sign-out records that next.
 */
export async function endAdminSessions(ctx: Pick<IdentityContext, 'orm'>, emailInput: string, now = new Date()): Promise<{ admin: User; ended: number }> {
  const email = normaliseEmail(emailInput);
  return inTransaction(ctx, async (em) => {
    const admin = assertAdmin(await UserRepository.findByEmail(em, email), email);
    return { admin: toUser(admin), ended: await SessionRepository.revokeFamiliesOfUser(em, admin.id, 'SIGNED_OUT', now) };
  });
}

/** Adds permissions to an admin; those already held stay. */
export function grantPermissions(ctx: Pick<IdentityContext, 'orm'>, email: string, permissions: string[]): Promise<User> {
  const granted = parsePermissions(permissions);
  return changePermissions(ctx, email, (held) => [...held, ...granted]);
}

/** Takes permissions from an admin; revoking one not held is no change. */
export function revokePermissions(ctx: Pick<IdentityContext, 'orm'>, email: string, permissions: string[]): Promise<User> {
  const revoked = parsePermissions(permissions);
  return changePermissions(ctx, email, (held) => held.filter((p) => !revoked.includes(p)));
}

/**
 * Identity checks an admin's current permissions on its own admin actions at once; the gateway reads
 * them from the access token, so elsewhere a change applies from the admin's next sign-in (scripts/admin
 * revoke therefore also ends the tokens the admin holds, in the gateways' Redis).
 */
async function changePermissions(ctx: Pick<IdentityContext, 'orm'>, emailInput: string, change: (held: Permission[]) => Permission[]): Promise<User> {
  const email = normaliseEmail(emailInput);
  return inTransaction(ctx, async (em) => {
    // Locked, so two changes at once both apply instead of one overwriting the other.
    const admin = assertAdmin(await UserRepository.findByEmail(em, email, { lock: true }), email);
    const next = change((admin.permissions ?? []) as Permission[]);
    admin.permissions = PERMISSIONS.filter((p) => next.includes(p)); // the catalogue's order, no repeats
    admin.updatedAt = new Date();
    return toUser(admin);
  });
}

function assertAdmin<T extends { role: string }>(account: T | null, email: string): T {
  if (!account) throw IdentityErrors.userNotFound();
  if (account.role !== 'ADMIN') throw new Error(`${email} is a ${account.role}, not an admin`);
  return account;
}
