import type { Actor } from '@ziba/service-kit';
import { AppError } from '@ziba/service-kit/errors';
import { actionsOpenTo, DRIVER_TAKES, TripErrors, type Action, type Party, type ServiceType, type TripStatus } from './trip-state.ts';

/** What the access rules read of a trip: its type, where it is, and who is on it. */
export interface TripParties {
  serviceType: ServiceType;
  status: TripStatus;
  riderId: string;
  driverId: string | null;
  restaurantId: string | null;
}

/**
 * Who is acting on a trip, from the verified actor the gateway forwards: a rider, driver or
 * restaurant by their role, staff and jobs as SYSTEM. Anyone else (no actor, an admin-less role)
 * is refused ACTION_NOT_ALLOWED before any trip is read.
 */
export function partyOf(actor: Actor | null): { party: Party; id: string } {
  if (actor?.type === 'USER' && actor.role === 'RIDER') return { party: 'RIDER', id: actor.id };
  if (actor?.type === 'USER' && actor.role === 'DRIVER') return { party: 'DRIVER', id: actor.id };
  if (actor?.type === 'USER' && actor.role === 'RESTAURANT') return { party: 'RESTAURANT', id: actor.id };
  if (actor?.type === 'SYSTEM' || actor?.type === 'ADMIN') return { party: 'SYSTEM', id: actor.id };
  throw new AppError('FORBIDDEN', 'ACTION_NOT_ALLOWED', 'riders request trips and drivers run them');
}

/** Whether this is a driver taking the trip (the action that assigns a driver), rather than running it. */
export const takesTrip = (party: Party, action: string, serviceType: ServiceType): boolean => party === 'DRIVER' && action === DRIVER_TAKES[serviceType];

/** Who sees a trip: staff, and the rider, driver and restaurant on it; to anyone else it does not exist. */
export const maySee = (actor: Actor | null, t: TripParties): boolean =>
  actor?.type === 'ADMIN' || actor?.type === 'SYSTEM' || (actor?.id != null && [t.riderId, t.driverId, t.restaurantId].includes(actor.id));

/**
 * Whether this party may take this action on this trip: riders act on their own trips, restaurants on
 * their own orders, drivers on trips assigned to them, or take one nobody has taken yet. Refusals:
 * TRIP_NOT_FOUND for a trip that is not yours (indistinguishable from none, so ids cannot be probed);
 * ILLEGAL_TRANSITION for a driver taking a trip that has its driver (a race lost to another driver,
 * or their own repeat: a food order's take keeps its status, so a repeat would record a step again).
 */
export function assertMayAct(t: TripParties, action: string, party: Party, actorId: string): void {
  if (party === 'SYSTEM') return;
  if (takesTrip(party, action, t.serviceType)) {
    if (t.driverId === null) return;
    throw TripErrors.alreadyTaken(t.serviceType, t.driverId === actorId);
  }
  const own = party === 'RIDER' ? t.riderId === actorId : party === 'RESTAURANT' ? t.restaurantId === actorId : t.driverId === actorId;
  if (!own) throw TripErrors.notYours();
}

/**
 * The steps a reader may take on a trip now, as a screen offers them: what the state machine allows
 * their role from the trip's status, on a trip that is theirs (a driver takes only a trip nobody has
 * taken). Each is still checked when it is taken (an account's eligibility, a race with another
 * step). Staff get support's cancel while the trip may still be cancelled (the gateway asks them for
 * MANAGE_PAYOUTS); they settle and release holds elsewhere. The way forward comes first and cancel
 * last, in the order a screen offers them.
 */
export function nextActionsFor(reader: Actor | null, t: TripParties): Action[] {
  if (reader?.type === 'ADMIN') return actionsOpenTo(t.serviceType, t.status, 'SYSTEM');
  if (reader?.type !== 'USER') return [];
  const { party, id } = partyOf(reader);
  const open = actionsOpenTo(t.serviceType, t.status, party);
  const ordered = [...open.filter((a) => a !== 'cancel'), ...open.filter((a) => a === 'cancel')];
  return ordered.filter((action) => {
    if (takesTrip(party, action, t.serviceType)) return t.driverId === null;
    try {
      assertMayAct(t, action, party, id);
      return true;
    } catch {
      return false;
    }
  });
}
