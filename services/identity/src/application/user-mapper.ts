import type { DriverStatus, Permission, Role, User } from '../domain/user.ts';
import type { UserEntity } from '../persistence/user.entity.ts';

export function toUser(e: UserEntity): User {
  return {
    id: e.id,
    email: e.email,
    role: e.role as Role,
    countryCode: e.countryCode.trim(),
    currency: e.currency.trim(),
    status: e.status as User['status'],
    testMode: e.testMode,
    permissions: (e.permissions ?? []) as Permission[],
    driverStatus: (e.driverStatus ?? null) as DriverStatus | null,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  };
}

/** The wire shape: no password hash, dates as ISO strings. */
export function toUserMessage(u: User) {
  return { ...u, driverStatus: u.driverStatus ?? '', createdAt: u.createdAt.toISOString(), updatedAt: u.updatedAt.toISOString() };
}
