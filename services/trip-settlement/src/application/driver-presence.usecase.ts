import type { Actor } from '@ziba/service-kit';
import { AppError } from '@ziba/service-kit/errors';
import { modeOf } from '@ziba/service-kit/mode';
import { DriverPresenceRepository } from '../persistence/driver-presence.repository.ts';
import { Identity } from './collaborators.ts';
import type { TripContext } from './trip-context.ts';

/** Only a VERIFIED driver goes online (identity decides); going offline is always allowed. */
export async function setDriverOnline(ctx: TripContext, actor: Actor | null, online: boolean) {
  if (actor?.type !== 'USER' || actor.role !== 'DRIVER') throw new AppError('FORBIDDEN', 'ACTION_NOT_ALLOWED', 'only drivers go online');
  if (online) {
    const user = await Identity.user(ctx, actor.id);
    await Identity.requireEligible(ctx, actor.id, 'GO_ONLINE', modeOf(user.testMode), actor);
  }
  const updatedAt = await DriverPresenceRepository.set(ctx.orm.em.fork(), actor.id, online);
  return { driverId: actor.id, online, updatedAt: updatedAt.toISOString() };
}
