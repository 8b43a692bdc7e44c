import { IdentityErrors, type User } from '../domain/user.ts';
import { UserRepository } from '../persistence/user.repository.ts';
import type { IdentityContext } from './identity-context.ts';
import { toUser } from './user-mapper.ts';

export async function getUser(ctx: IdentityContext, userId: string): Promise<User> {
  const entity = await UserRepository.findById(ctx.orm.em.fork(), userId);
  if (!entity) throw IdentityErrors.userNotFound();
  return toUser(entity);
}

/** A page's worth of users at most: an admin screen names the owners and actors it shows. */
export const MAX_USERS_PER_LOOKUP = 200;

/** The users of these ids that exist (unknown ids are left out). */
export async function getUsers(ctx: IdentityContext, userIds: readonly string[]): Promise<User[]> {
  if (userIds.length > MAX_USERS_PER_LOOKUP) throw IdentityErrors.tooManyUsers(MAX_USERS_PER_LOOKUP);
  const entities = await UserRepository.findByIds(ctx.orm.em.fork(), [...new Set(userIds)]);
  return entities.map(toUser);
}
