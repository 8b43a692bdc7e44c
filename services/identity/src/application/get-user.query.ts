import { IdentityErrors, type User } from '../domain/user.ts';
import { UserRepository } from '../persistence/user.repository.ts';
import type { IdentityContext } from './identity-context.ts';
import { toUser } from './user-mapper.ts';

export async function getUser(ctx: IdentityContext, userId: string): Promise<User> {
  const entity = await UserRepository.findById(ctx.orm.em.fork(), userId);
  if (!entity) throw IdentityErrors.userNotFound();
  return toUser(entity);
}
