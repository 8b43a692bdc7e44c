import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@ziba/service-kit';
import { AppError } from '@ziba/service-kit/errors';
import type { Permission } from '../domain/user.ts';
import { UserRepository } from '../persistence/user.repository.ts';

/**
 * The gateway checks permissions from the token; identity, which owns the admin accounts, checks
 * again against the current record, so a revoked permission or a blocked admin stops at once.
 * `permission` is one permission, or a list of which the admin must hold any one (PERMISSION_DENIED
 * names them all). Returns the admin's id.
 */
export async function requireAdmin(em: EntityManager, actor: Actor | null, permission: Permission | readonly Permission[]): Promise<string> {
  const anyOf: readonly Permission[] = typeof permission === 'string' ? [permission] : permission;
  if (!actor || actor.type !== 'ADMIN') throw new AppError('FORBIDDEN', 'ADMIN_ONLY', 'this action is for platform admins');
  const admin = await UserRepository.findById(em, actor.id);
  if (!admin || admin.role !== 'ADMIN' || admin.status !== 'ACTIVE') throw new AppError('FORBIDDEN', 'ADMIN_ONLY', 'this action is for platform admins');
  if (!anyOf.some((p) => (admin.permissions ?? []).includes(p)))
    throw new AppError('FORBIDDEN', 'PERMISSION_DENIED', `requires the ${anyOf.join(' or ')} permission`);
  return admin.id;
}
