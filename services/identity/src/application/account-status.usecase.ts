import type { UserStatusChangedV1 } from '@ziba/contracts';
import { enqueueEvent } from '@ziba/messaging';
import { inTransaction } from '@ziba/persistence';
import type { Actor } from '@ziba/service-kit';
import { KycErrors } from '../domain/kyc-errors.ts';
import type { User } from '../domain/user.ts';
import { saveChanges } from '../persistence/unit-of-work.ts';
import { requireAdmin } from './admin-guard.ts';
import { SOURCE, type IdentityContext } from './identity-context.ts';
import { loadKyc, refreshVerification } from './kyc-state.ts';
import { toUser } from './user-mapper.ts';
import { maskLongNumbers } from '@ziba/service-kit/free-text';

type Change = UserStatusChangedV1['change'];

function reasonFor(change: Change, input: string): string | null {
  const r = maskLongNumbers(input?.trim() ?? '');
  if (r.length > 500) throw KycErrors.invalidField('reason', 'must be at most 500 characters');
  if ((change === 'BLOCKED' || change === 'DRIVER_SUSPENDED') && !r) throw KycErrors.reasonRequired();
  return r || null;
}

/** Block or unblock an account (MANAGE_USERS). A blocked user cannot log in or move money. Blocking a blocked account, or unblocking an active one, is refused and records nothing. */
export async function setUserBlocked(
  ctx: IdentityContext,
  actor: Actor | null,
  userId: string,
  blocked: boolean,
  reasonInput: string,
  now = new Date(),
): Promise<User> {
  const change: Change = blocked ? 'BLOCKED' : 'UNBLOCKED';
  const reason = reasonFor(change, reasonInput);
  return apply(ctx, actor, userId, change, reason, now, (r) => {
    if (r.user.role === 'ADMIN') throw KycErrors.cannotBlockAdmin();
    if (blocked && r.user.status === 'BLOCKED') throw KycErrors.alreadyBlocked();
    if (!blocked && r.user.status !== 'BLOCKED') throw KycErrors.notBlocked();
    Object.assign(r.user, { status: blocked ? 'BLOCKED' : 'ACTIVE', statusReason: reason, updatedAt: now });
  });
}

/** Suspend a driver, or reinstate one: back to VERIFIED when the requirements still hold. */
export async function setDriverSuspended(
  ctx: IdentityContext,
  actor: Actor | null,
  userId: string,
  suspended: boolean,
  reasonInput: string,
  now = new Date(),
): Promise<User> {
  const change: Change = suspended ? 'DRIVER_SUSPENDED' : 'DRIVER_REINSTATED';
  const reason = reasonFor(change, reasonInput);
  return apply(ctx, actor, userId, change, reason, now, (r) => {
    if (r.user.role !== 'DRIVER') throw KycErrors.notADriver();
    if (!suspended && !r.user.driverSuspended) throw KycErrors.notSuspended();
    if (suspended && r.user.driverSuspended) throw KycErrors.alreadySuspended();
    Object.assign(r.user, { driverSuspended: suspended, statusReason: reason, updatedAt: now });
  });
}

async function apply(
  ctx: IdentityContext,
  actor: Actor | null,
  userId: string,
  change: Change,
  reason: string | null,
  now: Date,
  mutate: (r: Awaited<ReturnType<typeof loadKyc>>) => void,
): Promise<User> {
  const user = await inTransaction(ctx, async (em) => {
    const adminId = await requireAdmin(em, actor, 'MANAGE_USERS');
    const r = await loadKyc(ctx, em, userId, { lock: true });
    mutate(r);
    await saveChanges(em);
    await enqueueEvent<UserStatusChangedV1>(em, SOURCE, {
      type: 'identity.user-status-changed.v1',
      aggregateType: 'user',
      aggregateId: userId,
      actor,
      data: { userId, change, reason, adminId },
    });
    await refreshVerification(em, r, now, actor);
    return toUser(r.user);
  });
  return user;
}
