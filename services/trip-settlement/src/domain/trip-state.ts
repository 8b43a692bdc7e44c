import { AppError } from '@ziba/service-kit/errors';
import { modeOf } from '@ziba/service-kit/mode';

export const SERVICE_TYPES = ['RIDE', 'PARCEL', 'FOOD'] as const;
export type ServiceType = (typeof SERVICE_TYPES)[number];
export const PAYMENT_METHODS = ['CASH', 'ONLINE'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export type TripStatus =
  | 'REQUESTED'
  | 'SEARCHING_DRIVER'
  | 'ACCEPTED'
  | 'DRIVER_ARRIVING'
  | 'IN_PROGRESS'
  | 'PICKED_UP'
  | 'ON_THE_WAY'
  | 'PLACED'
  | 'PREPARING'
  | 'READY_FOR_PICKUP'
  | 'COMPLETED'
  | 'DELIVERED'
  | 'SETTLED'
  | 'CANCELLED_BY_RIDER'
  | 'CANCELLED_BY_DRIVER'
  | 'CANCELLED_BY_RESTAURANT'
  | 'CANCELLED_BY_SYSTEM';

export const ACTIONS = ['accept', 'arrive', 'start', 'pick_up', 'on_the_way', 'complete', 'deliver', 'cancel', 'prepare', 'ready', 'accept_delivery'] as const;
export type Action = (typeof ACTIONS)[number];
export type Party = 'RIDER' | 'DRIVER' | 'RESTAURANT' | 'SYSTEM';

interface Move {
  from: readonly TripStatus[];
  /** null: the status stays (a driver taking a food order's delivery is an assignment, not a step). */
  to: TripStatus | null;
  by: readonly Party[];
  /** A party that may take the move from fewer statuses than `from` (the customer's cancel). */
  partyFrom?: Partial<Record<Party, readonly TripStatus[]>>;
}

const BEFORE_START_RIDE: readonly TripStatus[] = ['REQUESTED', 'SEARCHING_DRIVER', 'ACCEPTED', 'DRIVER_ARRIVING'];
const BEFORE_COMPLETION_RIDE: readonly TripStatus[] = [...BEFORE_START_RIDE, 'IN_PROGRESS'];
const BEFORE_PICK_UP_PARCEL: readonly TripStatus[] = ['REQUESTED', 'SEARCHING_DRIVER', 'ACCEPTED'];
const BEFORE_DELIVERY_PARCEL: readonly TripStatus[] = [...BEFORE_PICK_UP_PARCEL, 'PICKED_UP', 'ON_THE_WAY'];

/**
 * The state machines of SPEC section 5 as data. A new trip is SEARCHING_DRIVER at once (REQUESTED
 * is recorded as its first step); SETTLED is reached only through settlement, never an action.
 * The customer cancels only until the work begins (the ride starts, the parcel is picked up, the
 * restaurant accepts), which is also when an ONLINE fare is held: after that a customer's cancel
 * would take the fare back from a driver or restaurant who is doing the work. The ride's driver, the
 * restaurant or support may still cancel, and the held fare goes back; a parcel's driver, who then
 * holds the goods, may not.
 */
const MACHINES: Record<ServiceType, Partial<Record<Action, Move>>> = {
  RIDE: {
    accept: { from: ['SEARCHING_DRIVER'], to: 'ACCEPTED', by: ['DRIVER'] },
    arrive: { from: ['ACCEPTED'], to: 'DRIVER_ARRIVING', by: ['DRIVER'] },
    start: { from: ['DRIVER_ARRIVING'], to: 'IN_PROGRESS', by: ['DRIVER'] },
    complete: { from: ['IN_PROGRESS'], to: 'COMPLETED', by: ['DRIVER'] },
    cancel: { from: BEFORE_COMPLETION_RIDE, to: 'CANCELLED_BY_RIDER', by: ['RIDER', 'DRIVER', 'SYSTEM'], partyFrom: { RIDER: BEFORE_START_RIDE } },
  },
  PARCEL: {
    accept: { from: ['SEARCHING_DRIVER'], to: 'ACCEPTED', by: ['DRIVER'] },
    pick_up: { from: ['ACCEPTED'], to: 'PICKED_UP', by: ['DRIVER'] },
    on_the_way: { from: ['PICKED_UP'], to: 'ON_THE_WAY', by: ['DRIVER'] },
    deliver: { from: ['ON_THE_WAY'], to: 'DELIVERED', by: ['DRIVER'] },
    // Once the goods are collected the driver holds them: a cancel from the app would leave them with
    // nobody answerable, so only support cancels then (and sees the goods back).
    cancel: {
      from: BEFORE_DELIVERY_PARCEL,
      to: 'CANCELLED_BY_RIDER',
      by: ['RIDER', 'DRIVER', 'SYSTEM'],
      partyFrom: { RIDER: BEFORE_PICK_UP_PARCEL, DRIVER: BEFORE_PICK_UP_PARCEL },
    },
  },
  FOOD: {
    accept: { from: ['PLACED'], to: 'ACCEPTED', by: ['RESTAURANT'] },
    prepare: { from: ['ACCEPTED'], to: 'PREPARING', by: ['RESTAURANT'] },
    ready: { from: ['PREPARING'], to: 'READY_FOR_PICKUP', by: ['RESTAURANT'] },
    accept_delivery: { from: ['ACCEPTED', 'PREPARING', 'READY_FOR_PICKUP'], to: null, by: ['DRIVER'] },
    pick_up: { from: ['READY_FOR_PICKUP'], to: 'PICKED_UP', by: ['DRIVER'] },
    on_the_way: { from: ['PICKED_UP'], to: 'ON_THE_WAY', by: ['DRIVER'] },
    deliver: { from: ['ON_THE_WAY'], to: 'DELIVERED', by: ['DRIVER'] },
    // Once its driver has the food only support cancels (a driver who vanished with it): the
    // customer's money on hold goes back rather than stay locked with nobody to end the order.
    cancel: {
      from: ['PLACED', 'ACCEPTED', 'PREPARING', 'READY_FOR_PICKUP', 'PICKED_UP', 'ON_THE_WAY'],
      to: 'CANCELLED_BY_RIDER',
      by: ['RIDER', 'RESTAURANT', 'SYSTEM'],
      partyFrom: { RIDER: ['PLACED'], RESTAURANT: ['PLACED', 'ACCEPTED', 'PREPARING', 'READY_FOR_PICKUP'] },
    },
  },
};

const CANCELLED_BY: Record<Party, TripStatus> = {
  RIDER: 'CANCELLED_BY_RIDER',
  DRIVER: 'CANCELLED_BY_DRIVER',
  RESTAURANT: 'CANCELLED_BY_RESTAURANT',
  SYSTEM: 'CANCELLED_BY_SYSTEM',
};

/** A status in a sentence ("cancelled by support", "in progress"), for a refusal a person reads. */
const statusWords = (status: TripStatus) =>
  status === 'SEARCHING_DRIVER'
    ? 'waiting for a driver'
    : status === 'SETTLED'
      ? 'settled'
      : status
          .toLowerCase()
          .replace(/_/g, ' ')
          .replace(/ by (rider|system)$/, (_, who: string) => (who === 'rider' ? ' by the customer' : ' by support'))
          .replace(/ by (driver|restaurant)$/, ' by the $1');

export const TripErrors = {
  illegal: (from: TripStatus, action: string) =>
    new AppError('CONFLICT', 'ILLEGAL_TRANSITION', `cannot ${action.replace(/_/g, ' ')} a trip that is ${statusWords(from)}`),
  /** A party's cancel once the work has begun: the same code as any step out of turn, said in that party's words. */
  underWay: (type: ServiceType, party: Party) =>
    new AppError(
      'CONFLICT',
      'ILLEGAL_TRANSITION',
      type === 'FOOD'
        ? party === 'RESTAURANT'
          ? 'the driver has picked up this order, so it can no longer be cancelled from the app; contact support'
          : 'the restaurant has accepted this order, so it can no longer be cancelled from the app; contact the restaurant or support'
        : type === 'PARCEL' && party === 'DRIVER'
          ? 'you have picked up this parcel, so it can no longer be cancelled from the app; deliver it, or contact support to return it'
          : `this ${type === 'RIDE' ? 'ride has started' : 'parcel has been picked up'}, so it can no longer be cancelled from the app; the driver finishes it, or contact support`,
    ),
  /** A driver taking a trip that has its driver: a race lost to another driver, or a repeat of their own take (which records nothing again). */
  alreadyTaken: (type: ServiceType, byYou: boolean) => {
    const what = type === 'FOOD' ? 'delivery' : type === 'RIDE' ? 'ride' : 'parcel';
    return new AppError('CONFLICT', 'ILLEGAL_TRANSITION', byYou ? `you have already taken this ${what}` : `another driver has already taken this ${what}`);
  },
  unknownAction: (action: string, type: ServiceType) => new AppError('NOT_FOUND', 'UNKNOWN_ACTION', `a ${type.toLowerCase()} has no action ${action}`),
  notYours: () => new AppError('NOT_FOUND', 'TRIP_NOT_FOUND', 'no such trip'),
  wrongParty: (action: string) => new AppError('FORBIDDEN', 'ACTION_NOT_ALLOWED', `you cannot ${action.replace(/_/g, ' ')} this trip`),
  notSettleable: (status: TripStatus) => new AppError('CONFLICT', 'TRIP_NOT_COMPLETED', `a trip is settled after completion; this one is ${status}`),
  alreadySettled: () => new AppError('CONFLICT', 'TRIP_ALREADY_SETTLED', 'this trip is already settled'),
  noLockedFare: () => new AppError('CONFLICT', 'NO_LOCKED_FARE', 'this online trip has no locked fare to settle'),
  driverOffline: () => new AppError('REFUSED', 'DRIVER_OFFLINE', 'go online before accepting trips'),
  /** A driver taking a trip while on another (DRIVER_FREE_AT), told what frees them: a food order's driver cannot cancel it. */
  driverBusy: (current: ServiceType) =>
    new AppError(
      'CONFLICT',
      'DRIVER_ON_ANOTHER_TRIP',
      current === 'FOOD'
        ? 'deliver the food order you have taken before taking another trip; if it cannot go ahead, support (or, before you pick it up, the restaurant) cancels it'
        : current === 'RIDE'
          ? 'finish or cancel your current ride before taking another'
          : 'deliver your current parcel, or cancel it if you have not picked it up, before taking another',
    ),
  fareNotCovered: () => new AppError('REFUSED', 'INSUFFICIENT_FUNDS', 'your wallet’s available balance does not cover this price; add funds, or pay in cash'),
  /** The ledger's INSUFFICIENT_FUNDS, said to the driver or restaurant whose step locks the fare: whose funds fall short. */
  customerCannotCoverFare: (type: ServiceType) => {
    // Not "add funds": a customer with money on hold for another trip or order cannot add any until it ends.
    const [price, what] = type === 'FOOD' ? ['this order’s total', 'order'] : ['the fare', 'trip'];
    return new AppError(
      'REFUSED',
      'INSUFFICIENT_FUNDS',
      `the customer’s wallet does not cover ${price} now (their money may be on hold for another trip or order); try again once that ends, or cancel the ${what}`,
    );
  },
  invalid: (field: string, why: string) => new AppError('INVALID', 'INVALID_ARGUMENT', `${field} ${why}`),
  customerNotEligible: () =>
    new AppError('REFUSED', 'CUSTOMER_NOT_ELIGIBLE', 'the customer’s account cannot pay for this trip now (blocked, or no longer eligible); cancel it'),
  fareAboveLimit: () => new AppError('REFUSED', 'FARE_ABOVE_LIMIT', 'this trip or order would cost more than 10^15 minor units, the most any amount may be'),
};

/** The statuses `party` may take `move` from. */
const fromFor = (move: Move, party: Party) => move.partyFrom?.[party] ?? move.from;

/** Whether `party` may take `action` from `from`, and where it leads; throws the stable refusal. */
export function nextStatus(type: ServiceType, from: TripStatus, action: string, party: Party): TripStatus {
  const move = MACHINES[type][action as Action];
  if (!move) throw TripErrors.unknownAction(action, type);
  if (!move.by.includes(party)) throw TripErrors.wrongParty(action);
  if (!fromFor(move, party).includes(from)) throw move.from.includes(from) ? TripErrors.underWay(type, party) : TripErrors.illegal(from, action);
  return action === 'cancel' ? CANCELLED_BY[party] : (move.to ?? from);
}

/** The actions the state machine lets `party` take on a trip of this type from this status, in ACTIONS' order. */
export function actionsOpenTo(type: ServiceType, from: TripStatus, party: Party): Action[] {
  return ACTIONS.filter((action) => {
    const move = MACHINES[type][action];
    return move !== undefined && move.by.includes(party) && fromFor(move, party).includes(from);
  });
}

/**
 * Whether a recorded step is what `action` by `party` does: the step a retry under the same
 * Idempotency-Key may be answered with. A key reused for another action is not its retry.
 */
export function isStepOf(type: ServiceType, step: { from: TripStatus | null; to: TripStatus }, action: string, party: Party): boolean {
  if (step.from === null) return false;
  try {
    return nextStatus(type, step.from, action, party) === step.to;
  } catch {
    return false;
  }
}

/** The transition at which an ONLINE fare is locked in the rider's wallet (food: when the restaurant accepts). */
export const HOLD_AT: Record<ServiceType, TripStatus> = { RIDE: 'IN_PROGRESS', PARCEL: 'PICKED_UP', FOOD: 'ACCEPTED' };
export const HOLD_ACTION: Record<ServiceType, Action> = { RIDE: 'start', PARCEL: 'pick_up', FOOD: 'accept' };
export const DONE: Record<ServiceType, TripStatus> = { RIDE: 'COMPLETED', PARCEL: 'DELIVERED', FOOD: 'DELIVERED' };
/**
 * A driver's steps after taking the trip and before its work begins (the rider is picked up, the
 * goods collected): a driver suspended or blocked meanwhile takes none of them. The steps after
 * these finish what has begun, so a suspension mid-ride never strands a rider or a held fare.
 */
export const DRIVER_SETS_OFF: Record<ServiceType, readonly Action[]> = { RIDE: ['arrive', 'start'], PARCEL: ['pick_up'], FOOD: [] };
// FOOD: [] because a food order's driver cannot cancel it and no other driver can take it over, so a
// suspended one still delivers the paid order rather than leave it stuck.

/**
 * The steps at which a trip is taken or begins before the customer's money is locked: the customer
 * must still be allowed to pay (a blocked rider's trips stop there). A food order is held when the
 * restaurant accepts, so its driver's later steps deliver what is already paid.
 */
export const CUSTOMER_MAY_PAY_AT: Record<ServiceType, readonly Action[]> = { RIDE: ['accept', 'start'], PARCEL: ['accept', 'pick_up'], FOOD: ['accept'] };
/** The action by which a driver takes the trip (and is assigned to it). */
export const DRIVER_TAKES: Record<ServiceType, Action> = { RIDE: 'accept', PARCEL: 'accept', FOOD: 'accept_delivery' };
export const isCancelled = (s: TripStatus) => s.startsWith('CANCELLED_');

/** The statuses a trip ends in: done, settled or cancelled. A trip in any other is under way (or waits for its driver). */
export const ENDED: readonly TripStatus[] = [...new Set([...Object.values(DONE), 'SETTLED' as const, ...Object.values(CANCELLED_BY)])];

/**
 * The statuses in which a trip no longer needs its driver: the ended ones. A driver is on one trip at
 * a time (a rider waiting at the kerb is not kept waiting for another's ride to end), so taking
 * another is refused while one of theirs is in any other status.
 */
export const DRIVER_FREE_AT = ENDED;

/**
 * A trip's money moves within one wallet family: the driver (or restaurant) who takes it must be of
 * the trip's country and currency and in its mode (live or test), or its settlement would find no
 * wallet to pay and the rider's fare would stay locked.
 */
export function refuseOtherMarket(
  taker: { countryCode: string; currency: string; testMode: boolean },
  trip: { countryCode: string; currency: string; mode: 'live' | 'test' },
): void {
  if (taker.countryCode !== trip.countryCode || taker.currency !== trip.currency) {
    throw new AppError(
      'REFUSED',
      'DRIVER_COUNTRY_MISMATCH',
      `this trip is in ${trip.countryCode} (${trip.currency}); your account is in ${taker.countryCode} (${taker.currency})`,
    );
  }
  if (modeOf(taker.testMode) !== trip.mode)
    throw new AppError('REFUSED', 'MODE_MISMATCH', `this is a ${trip.mode} trip; your account is in ${modeOf(taker.testMode)} mode`);
}
