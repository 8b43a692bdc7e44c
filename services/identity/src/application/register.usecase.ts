import { UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import type { UserRegisteredV1 } from '@ziba/contracts';
import { enqueueEvent } from '@ziba/messaging';
import { inTransaction } from '@ziba/persistence';
import { randomUUID } from 'node:crypto';
import { hashPassword } from '../domain/password.ts';
import { assertPasswordPolicy, assertSelfRegisterRole, IdentityErrors, initialDriverStatus, newAccountEmail, type User } from '../domain/user.ts';
import { saveChanges } from '../persistence/unit-of-work.ts';
import { UserRepository } from '../persistence/user.repository.ts';
import { SOURCE, type IdentityContext } from './identity-context.ts';
import { toUser } from './user-mapper.ts';

export interface Register {
  email: string;
  password: string;
  role: string;
  countryCode: string;
  testMode: boolean;
}

/** Self-registration of riders, drivers and restaurants; the wallet opens from the event. */
export async function register(ctx: IdentityContext, cmd: Register): Promise<User> {
  const email = newAccountEmail(cmd.email);
  assertPasswordPolicy(cmd.password, email);
  const role = assertSelfRegisterRole(cmd.role);
  const country = ctx.countries.get(cmd.countryCode);
  if (!country) throw IdentityErrors.unknownCountry(cmd.countryCode);
  const passwordHash = await hashPassword(cmd.password);
  try {
    const user = await inTransaction(ctx, async (em) => {
      const now = new Date();
      const entity = UserRepository.add(em, {
        id: randomUUID(),
        email,
        passwordHash,
        role,
        countryCode: country.code,
        currency: country.currency,
        status: 'ACTIVE',
        testMode: cmd.testMode,
        permissions: [],
        driverStatus: initialDriverStatus(role),
        createdAt: now,
        updatedAt: now,
      });
      await saveChanges(em);
      await enqueueEvent<UserRegisteredV1>(em, SOURCE, {
        type: 'identity.user-registered.v1',
        aggregateType: 'user',
        aggregateId: entity.id,
        actor: { type: 'USER', id: entity.id },
        data: { userId: entity.id, role, countryCode: country.code, currency: country.currency, testMode: cmd.testMode },
      });
      return toUser(entity);
    });
    return user;
  } catch (err) {
    if (err instanceof UniqueConstraintViolationException) throw IdentityErrors.emailTaken();
    throw err;
  }
}
