import { inTransaction } from '@ziba/persistence';
import { randomUUID } from 'node:crypto';
import { hashPassword } from '../domain/password.ts';
import { assertPasswordLength, assertPasswordPolicy, IdentityErrors, newAccountEmail, normaliseEmail, parsePermissions, type User } from '../domain/user.ts';
import { UserRepository } from '../persistence/user.repository.ts';
import { recordAdminAccessChange, setPermissions, type AdminAccountsContext } from './admin-accounts.usecase.ts';
import { toUser } from './user-mapper.ts';

/**
 * Admins exist only through bootstrap configuration or the admin commands, never through
 * self-registration. Idempotent by email: an existing admin keeps its password, gets the permissions;
 * with `existing: 'refuse'` (scripts/admin create) any account with the email is EMAIL_TAKEN instead.
 * Only a new account's address must have the practical shape (newAccountEmail); an existing one is found as it is.
 * A new admin, or changed permissions, is recorded in the audit trail under `operator` (where the change came from).
 */
export async function createAdmin(
  ctx: AdminAccountsContext,
  input: { email: string; password: string; permissions: string[]; operator: string; countryCode?: string; existing?: 'update' | 'refuse' },
): Promise<User> {
  const email = normaliseEmail(input.email);
  // An existing admin keeps its password, so only a new account's is held to the rule for new
  // passwords: a bootstrap password set before that rule never stops identity starting.
  assertPasswordLength(input.password);
  const permissions = parsePermissions(input.permissions);
  const country = ctx.countries.get(input.countryCode ?? 'NG') ?? [...ctx.countries.values()][0]!;
  return inTransaction(ctx, async (em) => {
    // Locked: every identity replica runs the bootstrap at start, and scripts/admin may change the admin meanwhile; one change, recorded once.
    const existing = await UserRepository.findByEmail(em, email, { lock: true });
    if (existing) {
      if (input.existing === 'refuse') throw IdentityErrors.emailTaken();
      if (existing.role !== 'ADMIN') throw new Error(`${email} is a ${existing.role}, not an admin`);
      await setPermissions(em, existing, permissions, input.operator);
      return toUser(existing);
    }
    assertPasswordPolicy(input.password, email);
    const now = new Date();
    const entity = UserRepository.add(em, {
      id: randomUUID(),
      email: newAccountEmail(email),
      passwordHash: await hashPassword(input.password),
      role: 'ADMIN',
      countryCode: country.code,
      currency: country.currency,
      status: 'ACTIVE',
      testMode: false,
      permissions,
      driverStatus: null,
      createdAt: now,
      updatedAt: now,
    });
    await recordAdminAccessChange(em, { adminId: entity.id, change: 'ADMIN_CREATED', permissions, previousPermissions: null, operator: input.operator });
    return toUser(entity);
  });
}
