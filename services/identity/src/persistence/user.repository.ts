import { LockMode, type EntityManager, type RequiredEntityData } from '@mikro-orm/postgresql';
import { UserEntity } from './user.entity.ts';

/**
 * app_user, through the caller's EntityManager (MikroORM's unit of work): a user read here is
 * tracked, and changes made to it are written by saveChanges or the transaction's commit.
 */
export const UserRepository = {
  /** With `lock`, the row stays locked (for update) until the caller's transaction ends. */
  async findById(em: EntityManager, id: string, options: { lock?: boolean } = {}): Promise<UserEntity | null> {
    return em.findOne(UserEntity, { id }, options.lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
  },

  /** The users of these ids that exist, in no particular order. */
  async findByIds(em: EntityManager, ids: readonly string[]): Promise<UserEntity[]> {
    return ids.length === 0 ? [] : em.find(UserEntity, { id: { $in: [...ids] } });
  },

  /** `email` normalised. The password hash is read only when asked for (it is hidden otherwise). */
  async findByEmail(em: EntityManager, email: string, options: { lock?: boolean; withPasswordHash?: boolean } = {}): Promise<UserEntity | null> {
    if (options.withPasswordHash) return em.findOne(UserEntity, { email }, { fields: ['*', 'passwordHash'] as never });
    return em.findOne(UserEntity, { email }, options.lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
  },

  /** Every admin account, by email. */
  async admins(em: EntityManager): Promise<UserEntity[]> {
    return em.find(UserEntity, { role: 'ADMIN' }, { orderBy: { email: 'asc' } });
  },

  /** A new user, inserted with the next flush (a taken email fails it: UniqueConstraintViolationException). */
  add(em: EntityManager, user: RequiredEntityData<UserEntity>): UserEntity {
    return em.create(UserEntity, user);
  },
};
