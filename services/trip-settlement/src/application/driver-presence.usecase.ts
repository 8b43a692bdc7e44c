import { requireAllowed, type Actor } from '@ziba/service-kit';
import { AppError, isFault } from '@ziba/service-kit/errors';
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
  if (online) requireAllowed('GO_ONLINE', await goOnlineAnswer(ctx, driverId, actor));
  const updatedAt = await DriverPresenceRepository.set(ctx.orm.em.fork(), driverId, online);
  return { driverId, online, updatedAt: updatedAt.toISOString() };
}

/**
 * Whether the driver takes trips now, so an app shows the switch as the server has it. A driver
 * who went online and has since been suspended, blocked or lost their verification takes no trips
 * (accepting one is refused), so they are taken offline here rather than shown online.
 */
export async function getDriverPresence(ctx: TripContext, actor: Actor | null) {
  const driverId = driverOf(actor);
  const em = ctx.orm.em.fork();
  const presence = await DriverPresenceRepository.find(em, driverId);
  if (presence?.online && !(await mayStayOnline(ctx, driverId, actor))) {
    const offlineAt = await DriverPresenceRepository.offlineIfUnchanged(em, driverId, presence.updatedAt);
    if (offlineAt) return { driverId, online: false, updatedAt: offlineAt.toISOString() };
    // It changed meanwhile (the driver went offline, or online again as identity then allowed): as it is now.
    return presenceAsStored(driverId, await DriverPresenceRepository.find(em, driverId));
  }
  return presenceAsStored(driverId, presence);
}

const presenceAsStored = (driverId: string, presence: { online: boolean; updatedAt: Date } | null) => ({
  driverId,
  online: presence?.online ?? false,
  updatedAt: presence?.updatedAt.toISOString() ?? '',
});

/** Whether identity still lets the driver go online; while identity cannot answer, what is stored stands. */
async function mayStayOnline(ctx: TripContext, driverId: string, actor: Actor | null): Promise<boolean> {
  try {
    return (await goOnlineAnswer(ctx, driverId, actor)).allowed;
  } catch (err) {
    if (!isFault(err)) throw err;
    ctx.logger.warn({ driverId, err: (err as Error).message }, 'presence read without identity: shown as stored');
    return true;
  }
}

/** Identity's answer to "may this driver go online", in their account's mode (live or test). */
async function goOnlineAnswer(ctx: TripContext, driverId: string, actor: Actor | null) {
  const user = await Identity.user(ctx, driverId);
  return Identity.eligibility(ctx, driverId, 'GO_ONLINE', modeOf(user.testMode), actor);
}
