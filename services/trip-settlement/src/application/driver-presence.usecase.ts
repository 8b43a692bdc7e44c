import type { Actor } from '@ziba/service-kit';
import { AppError } from '@ziba/service-kit/errors';
import { modeOf } from '@ziba/service-kit/mode';
import { DriverPresenceRepository } from '../persistence/driver-presence.repository.ts';
import { Identity } from './collaborators.ts';
import type { TripContext } from './trip-context.ts';

function driverOf(actor: Actor | null): string {
  if (actor?.type !== 'USER' || actor.role !== 'DRIVER') throw new AppError('FORBIDDEN', 'ACTION_NOT_ALLOWED', 'only drivers go online');
  return actor.id;
}

/** Only a VERIFIED driver goes online (identity decides); going offline is always allowed. */
export async function setDriverOnline(ctx: TripContext, actor: Actor | null, online: boolean) {
  const driverId = driverOf(actor);
  if (online) {
    const user = await Identity.user(ctx, driverId);
    await Identity.requireEligible(ctx, driverId, 'GO_ONLINE', modeOf(user.testMode), actor);
  }
  const updatedAt = await DriverPresenceRepository.set(ctx.orm.em.fork(), driverId, online);
  return { driverId, online, updatedAt: updatedAt.toISOString() };
}

/** Whether the driver takes trips now, so an app shows the switch as the server has it. */
export async function getDriverPresence(ctx: TripContext, actor: Actor | null) {
  const driverId = driverOf(actor);
  const presence = await DriverPresenceRepository.find(ctx.orm.em.fork(), driverId);
  return { driverId, online: presence?.online ?? false, updatedAt: presence?.updatedAt.toISOString() ?? '' };
}
