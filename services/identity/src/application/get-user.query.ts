import { IdentityErrors, type User } from '../domain/user.ts';
import { UserEntity } from '../persistence/user.entity.ts';
import type { IdentityContext } from './identity-context.ts';
import { toUser } from './user-mapper.ts';

export async function getUser(ctx: IdentityContext, userId: string): Promise<User> {
  const entity = await ctx.orm.em.fork().findOne(UserEntity, { id: userId });
  if (!entity) throw IdentityErrors.userNotFound();
  return toUser(entity);
}
