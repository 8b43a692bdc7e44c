import type { AdminAccessChangedV1 } from '@ziba/contracts';
import { enqueueEvent, type SqlExecutor } from '@ziba/messaging';
import { inTransaction } from '@ziba/persistence';
import { IdentityErrors, normaliseEmail, parsePermissions, PERMISSIONS, samePermissions, type Permission, type User } from '../domain/user.ts';
import { SessionRepository } from '../persistence/session.repository.ts';
import type { UserEntity } from '../persistence/user.entity.ts';
import { UserRepository } from '../persistence/user.repository.ts';
import { SOURCE, type IdentityContext } from './identity-context.ts';
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
 * tokens already issued are the gateway's to refuse: scripts/admin sign-out records that next, and
 * then `recordTokensEnded`, so the trail never says tokens ended that still work.
 */
export async function endAdminSessions(
  ctx: Pick<IdentityContext, 'orm'>,
  emailInput: string,
  operator: string,
  now = new Date(),
): Promise<{ admin: User; ended: number }> {
  const email = normaliseEmail(emailInput);
  return inTransaction(ctx, async (em) => {
    const admin = assertAdmin(await UserRepository.findByEmail(em, email), email);
    const ended = await SessionRepository.revokeFamiliesOfUser(em, admin.id, 'SIGNED_OUT', now);
    const held = admin.permissions ?? [];
    await recordAdminAccessChange(em, {
      adminId: admin.id,
      change: 'SIGN_INS_ENDED',
      permissions: held,
      previousPermissions: held,
      signInsEnded: ended,
      operator,
    });
    return { admin: toUser(admin), ended };
  });
}

/** Records that every access token `admin` held is refused from now on (the gateways' revocation store took the cut-off). */
export async function recordTokensEnded(ctx: Pick<IdentityContext, 'orm'>, admin: User, operator: string): Promise<void> {
  await inTransaction(ctx, (em) =>
    recordAdminAccessChange(em, {
      adminId: admin.id,
      change: 'TOKENS_ENDED',
      permissions: admin.permissions,
      previousPermissions: admin.permissions,
      operator,
    }),
  );
}

/** Adds permissions to an admin; those already held stay. */
export function grantPermissions(ctx: Pick<IdentityContext, 'orm'>, email: string, permissions: string[], operator: string): Promise<User> {
  const granted = parsePermissions(permissions);
  return changePermissions(ctx, email, operator, (held) => [...held, ...granted]);
}

/** Takes permissions from an admin; revoking one not held is no change. */
export function revokePermissions(ctx: Pick<IdentityContext, 'orm'>, email: string, permissions: string[], operator: string): Promise<User> {
  const revoked = parsePermissions(permissions);
  return changePermissions(ctx, email, operator, (held) => held.filter((p) => !revoked.includes(p)));
}

/**
 * Writes the audit trail's record of a change to who may act as an admin, in the change's own
 * transaction. These changes come from operators outside the API, so no admin's request names them.
 */
export async function recordAdminAccessChange(em: SqlExecutor, change: AdminAccessChangedV1): Promise<void> {
  await enqueueEvent<AdminAccessChangedV1>(em, SOURCE, {
    type: 'identity.admin-access-changed.v1',
    aggregateType: 'user',
    aggregateId: change.adminId,
    actor: { type: 'SYSTEM', id: change.operator },
    data: change,
  });
}

/**
 * Identity checks an admin's current permissions on its own admin actions at once; the gateway reads
 * them from the access token, so elsewhere a change applies from the admin's next sign-in (scripts/admin
 * revoke therefore also ends the tokens the admin holds, in the gateways' Redis).
 */
async function changePermissions(
  ctx: Pick<IdentityContext, 'orm'>,
  emailInput: string,
  operator: string,
  change: (held: Permission[]) => Permission[],
): Promise<User> {
  const email = normaliseEmail(emailInput);
  return inTransaction(ctx, async (em) => {
    // Locked, so two changes at once both apply instead of one overwriting the other.
    const admin = assertAdmin(await UserRepository.findByEmail(em, email, { lock: true }), email);
    const held = (admin.permissions ?? []) as Permission[];
    const next = change(held);
    // Only the operator's input is checked (grant, revoke): a held permission the catalogue no longer has is dropped, not refused.
    await setPermissions(
      em,
      admin,
      PERMISSIONS.filter((p) => next.includes(p)),
      operator,
    );
    return toUser(admin);
  });
}

/**
 * Gives a locked admin account `permissions` and records the change with what it held before; a
 * change that changes nothing records nothing (a grant of what is held, a restart of the same
 * bootstrap configuration).
 */
export async function setPermissions(em: SqlExecutor, admin: UserEntity, permissions: Permission[], operator: string): Promise<void> {
  const held = admin.permissions ?? [];
  if (samePermissions(held, permissions)) return;
  admin.permissions = permissions;
  admin.updatedAt = new Date();
  await recordAdminAccessChange(em, { adminId: admin.id, change: 'PERMISSIONS_CHANGED', permissions, previousPermissions: held, operator });
}

function assertAdmin<T extends { role: string }>(account: T | null, email: string): T {
  if (!account) throw IdentityErrors.userNotFound();
  if (account.role !== 'ADMIN') throw new Error(`${email} is a ${account.role}, not an admin`);
  return account;
}
