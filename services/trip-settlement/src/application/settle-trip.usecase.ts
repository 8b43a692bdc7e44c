import type { TripSettledV1 } from '@ziba/contracts';
import type { NewEvent } from '@ziba/messaging';
import type { EntityManager } from '@mikro-orm/postgresql';
import { inTransaction } from '@ziba/persistence';
import { GroupCommit, type Actor, type Waiting } from '@ziba/service-kit';
import { AsyncLocalStorage } from 'node:async_hooks';
import { AppError } from '@ziba/service-kit/errors';
import { ruleInForce, type RuleService } from '../domain/commission.ts';
import { assertSettleable, ruleServicesOf, settlementOf } from '../domain/settlement.ts';
import { TripErrors, type ServiceType } from '../domain/trip-state.ts';
import { CommissionRuleRepository, type CommissionRuleRow } from '../persistence/commission-rule.repository.ts';
import { TripRepository, type TripRow, type TripSettlementColumns } from '../persistence/trip.repository.ts';
import { holdIdOf, Wallets } from './collaborators.ts';
import type { TripContext } from './trip-context.ts';
import { movedTogether, stepTakenBy, stepWrites, type StepWrites } from './trip-transitions.ts';

/**
 * Explicit settlement (SPEC section 5), by staff or a system job only. The trip row stays locked
 * while the one ledger entry is posted, so concurrent calls queue and all but the first find it
 * SETTLED. The entry's key is the trip's, so a retry after a crash replays it instead of paying twice;
 * if the ledger refuses, nothing is written anywhere. A retry of a settle whose answer was lost (same
 * actor and Idempotency-Key) is answered with that settlement, not TRIP_ALREADY_SETTLED. Settles
 * asked at once are written in batches (settlements, below), each as if it were alone.
 */
export async function settleTrip(
  ctx: TripContext,
  actor: Actor | null,
  asked: {
    tripId: string;
    /** The caller's Idempotency-Key, so a retry whose answer was lost gets this settlement. */
    requestKey: string | null;
    /** Only a trip of this type may be settled (a food order's route); any type when null. */
    kind: ServiceType | null;
  },
  now = new Date(),
) {
  const { tripId, requestKey, kind } = asked;
  if (actor?.type !== 'ADMIN' && actor?.type !== 'SYSTEM')
    throw new AppError('FORBIDDEN', 'ACTION_NOT_ALLOWED', 'trips are settled by staff or the settlement job');
  try {
    return await settlements(ctx).submit({ actor, tripId, kind, requestKey, now, inCallContext: AsyncLocalStorage.snapshot() });
  } catch (err) {
    const em = ctx.orm.em.fork();
    if ((await stepTakenBy(em, err, tripId, actor, requestKey))?.to !== 'SETTLED') throw err;
    return summaryOf((await TripRepository.find(em, tripId))!, (await TripRepository.settlement(em, tripId))!);
  }
}

/** What a settle answers, from what the settlement recorded on the trip: the same for the settle and for its retries. */
function summaryOf(trip: TripRow, s: TripSettlementColumns) {
  const money = (amount: bigint) => ({ amount: amount.toString(), currency: trip.currency });
  return {
    tripId: trip.id,
    entryId: s.settlementEntryId ?? '',
    fare: money(trip.fare),
    driverAmount: money(s.driverAmount),
    platformAmount: money(s.platformAmount),
    commissionRuleId: s.commissionRuleId,
    commissionBps: s.commissionBps,
    paymentMethod: trip.paymentMethod,
    settledAt: trip.settledAt!.toISOString(),
    restaurantAmount: s.restaurantAmount === null ? null : money(s.restaurantAmount),
    restaurantRuleId: s.restaurantRuleId ?? '',
    restaurantBps: s.restaurantBps ?? 0,
  };
}

/** A settle asked for, waiting for its batch, with the context of the call that asked it. */
export interface SettleRequest {
  actor: Actor;
  tripId: string;
  /** Set where only a trip of this type may be settled (a food order's route); any type when null. */
  kind: ServiceType | null;
  requestKey: string | null;
  now: Date;
  /** Runs work in the asking call's context (its correlation id and trace), from within a batch. */
  inCallContext: <T>(work: () => T) => T;
}
export type SettlementSummary = ReturnType<typeof summaryOf>;

/**
 * Group commit for settlements (GroupCommit), one per service context: the settles asked while
 * others are being written go together, their trips locked in one statement, each commission rule
 * read once, and every settled trip's update, transition and events written in one statement and one
 * commit. Two settles of one trip never share a batch: the later one waits for the first's row lock
 * and finds it SETTLED.
 */
const writers = new WeakMap<TripContext, GroupCommit<SettleRequest, SettlementSummary>>();
function settlements(ctx: TripContext): GroupCommit<SettleRequest, SettlementSummary> {
  let writer = writers.get(ctx);
  if (!writer) {
    writer = new GroupCommit<SettleRequest, SettlementSummary>((batch) => settleBatch(ctx, batch), { ...ctx.settleBatches, batchKeys: (r) => [r.tripId] });
    writers.set(ctx, writer);
  }
  return writer;
}

type Outcome = { summary: SettlementSummary } | { err: unknown };

async function settleBatch(ctx: TripContext, batch: Array<Waiting<SettleRequest, SettlementSummary>>): Promise<void> {
  const answer = (w: Waiting<SettleRequest, SettlementSummary>, o: Outcome) => ('summary' in o ? w.resolve(o.summary) : w.reject(o.err));
  let outcomes: Outcome[];
  try {
    outcomes = await inTransaction(ctx, (em) => settleTogether(ctx, em, batch));
  } catch (err) {
    if (batch.length === 1) return batch[0]!.reject(err);
    // The transaction failed whole (a lost connection, a write refused): each settle again alone, so
    // one cannot fail the others. An entry the ledger already posted for one is replayed by its key.
    // One after another: a struggling database is not then asked for a connection per settle at once.
    for (const w of batch) {
      try {
        const [o] = await inTransaction(ctx, (em) => settleTogether(ctx, em, [w]));
        answer(w, o!);
      } catch (e) {
        w.reject(e);
      }
    }
    return;
  }
  batch.forEach((w, i) => answer(w, outcomes[i]!));
}

/**
 * The settles of a batch in one transaction. Each trip is checked and split on its own, and posted
 * to the ledger under the trip's key in its caller's context; one refused (not settleable, the
 * ledger said no) is answered with its error and leaves the others to commit.
 */
async function settleTogether(ctx: TripContext, em: EntityManager, batch: readonly SettleRequest[]): Promise<Outcome[]> {
  const ids = batch.map((r) => r.tripId);
  const trips = await TripRepository.lockMany(em, ids);
  const finished = await TripRepository.finishedAt(em, ids);
  const rulesRead = new Map<string, Promise<CommissionRuleRow[]>>();
  const rulesOf = (service: RuleService, trip: TripRow) => {
    const key = `${service}/${trip.countryCode}/${trip.paymentMethod}`;
    if (!rulesRead.has(key))
      rulesRead.set(key, CommissionRuleRepository.list(em, { serviceType: service, countryCode: trip.countryCode, paymentMethod: trip.paymentMethod }));
    return rulesRead.get(key)!;
  };
  const settled = await Promise.all(
    batch.map(async (r) => {
      try {
        return await settleOne(ctx, r, trips.get(r.tripId), finished.get(r.tripId), rulesOf);
      } catch (err) {
        return { err };
      }
    }),
  );
  const written = settled.flatMap((s) => ('write' in s ? [s.write] : []));
  if (written.length > 0) await movedTogether(em, written);
  return settled.map((s) => ('summary' in s ? { summary: s.summary } : s));
}

/**
 * One trip of a batch: checked, split by the rules in force when the trip was completed (so when an
 * admin settles it does not change what the driver earns), posted to the ledger; what it writes is
 * returned for the batch's one statement.
 */
async function settleOne(
  ctx: TripContext,
  r: SettleRequest,
  trip: TripRow | undefined,
  finishedAt: Date | undefined,
  rulesOf: (service: RuleService, trip: TripRow) => Promise<CommissionRuleRow[]>,
): Promise<{ summary: SettlementSummary; write: StepWrites }> {
  if (!trip || (r.kind && trip.serviceType !== r.kind)) throw TripErrors.notYours();
  assertSettleable(trip);
  const { actor, now } = r;
  const servedAt = finishedAt ?? now;
  const rules = await Promise.all(
    ruleServicesOf(trip.serviceType).map(async (service) => ruleInForce(await rulesOf(service, trip), service, trip.countryCode, trip.paymentMethod, servedAt)),
  );
  // A wallet id not yet remembered is asked of the ledger in the caller's context (its correlation id).
  const walletOf = (ownerId: string) => r.inCallContext(() => Wallets.idOf(ctx, ownerId, trip));
  const { rule, restaurant, legs, ...split } = settlementOf(trip, rules, {
    customerWalletId: trip.paymentMethod === 'ONLINE' ? await walletOf(trip.riderId) : '',
    restaurantWalletId: trip.serviceType === 'FOOD' ? await walletOf(trip.restaurantId!) : '',
    driverWalletId: await walletOf(trip.driverId!),
    holdId: holdIdOf(trip.id, trip.holdAttempt),
  });
  const entryId = legs.length > 0 ? (await r.inCallContext(() => Wallets.settle(ctx, trip, legs, actor))).entryId : '';

  const recorded: TripSettlementColumns = {
    commissionRuleId: rule.id,
    commissionBps: rule.bps,
    driverAmount: split.driver.minor,
    platformAmount: split.platform.minor,
    settlementEntryId: entryId || null,
    restaurantAmount: restaurant?.amount ?? null,
    restaurantRuleId: restaurant?.rule.id ?? null,
    restaurantBps: restaurant?.rule.bps ?? null,
  };
  const settled: NewEvent<TripSettledV1> = {
    type: 'trip.settled.v1',
    aggregateType: 'trip',
    aggregateId: trip.id,
    actor,
    data: {
      tripId: trip.id,
      serviceType: trip.serviceType,
      paymentMethod: trip.paymentMethod,
      entryId,
      currency: trip.currency,
      fare: trip.fare.toString(),
      driverAmount: split.driver.minor.toString(),
      platformAmount: split.platform.minor.toString(),
      commissionRuleId: rule.id,
      commissionBps: rule.bps,
      countryCode: trip.countryCode,
      restaurantId: trip.restaurantId,
      restaurantAmount: restaurant ? restaurant.amount.toString() : null,
    },
  };
  const write = r.inCallContext(() =>
    stepWrites({
      tripId: trip.id,
      serviceType: trip.serviceType,
      from: trip.status,
      to: 'SETTLED',
      actor: { type: actor.type, id: actor.id },
      requestKey: r.requestKey,
      patch: { status: 'SETTLED', settledAt: now, ...recorded, ...(trip.paymentMethod === 'ONLINE' ? { holdState: 'SETTLED' as const } : {}) },
      events: [settled],
    }),
  );
  return { summary: summaryOf({ ...trip, settledAt: now }, recorded), write };
}
