import { entryCauseOf, requireAllowed, type Actor } from '@ziba/service-kit';
import { AppError } from '@ziba/service-kit/errors';
import { LEDGER_REFERENCE } from '../domain/earnings.ts';
import type { LedgerLeg } from '../domain/settlement-entry.ts';
import type { TripRow } from '../persistence/trip.repository.ts';
import type { TripContext } from './trip-context.ts';

type EligibilityAction = 'TRANSACT' | 'GO_ONLINE' | 'ACCEPT_TRIP';

/**
 * What this service asks of identity and wallet-ledger. Every wallet write carries a key derived
 * from the trip, so a retry after a crash or a timeout moves money once.
 */
export const Identity = {
  async user(ctx: TripContext, userId: string) {
    return ctx.identity.call('GetUser', { userId });
  },

  /** Whether identity lets the user do this now, with every reason when it does not. */
  async eligibility(ctx: TripContext, userId: string, action: EligibilityAction, mode: 'live' | 'test', actor: Actor | null) {
    return ctx.identity.call('CheckEligibility', { userId, action, mode }, { actor });
  },

  /** Refuses with 422 NOT_ELIGIBLE and every reason identity gave. */
  async requireEligible(ctx: TripContext, userId: string, action: EligibilityAction, mode: 'live' | 'test', actor: Actor | null): Promise<void> {
    requireAllowed(action, await Identity.eligibility(ctx, userId, action, mode, actor));
  },
};

const SERVICE = { RIDE: 'ride', PARCEL: 'parcel', FOOD: 'food' } as const;
const referenceOf = (t: TripRow) => ({ type: LEDGER_REFERENCE[t.serviceType], id: t.id });
const serviceOf = (t: TripRow) => SERVICE[t.serviceType];

/**
 * A wallet's id never changes: the ledger neither deletes nor re-keys wallets. So each service
 * process remembers the ids it has looked up (bounded), and a settlement does not ask the ledger for
 * two wallets before it posts (bench e2e: two GetWallet calls per settle).
 */
const walletIds = new WeakMap<TripContext, Map<string, string>>();
const WALLET_IDS_KEPT = 50_000;

export const Wallets = {
  async idOf(ctx: TripContext, ownerId: string, t: TripRow): Promise<string> {
    let known = walletIds.get(ctx);
    if (!known) walletIds.set(ctx, (known = new Map()));
    const key = `${ownerId}/${t.currency}/${t.mode}`;
    const cached = known.get(key);
    if (cached) return cached;
    const w = await ctx.wallet.call('GetWallet', { owner: { ownerId, currency: t.currency, mode: t.mode } });
    if (known.size >= WALLET_IDS_KEPT) known.clear();
    known.set(key, w.id);
    return w.id;
  },

  /** What the customer's wallet has available now, in the trip's currency and mode. */
  async available(ctx: TripContext, ownerId: string, trip: Pick<TripRow, 'currency' | 'mode'>): Promise<bigint> {
    const w = await ctx.wallet.call('GetWallet', { owner: { ownerId, currency: trip.currency, mode: trip.mode } });
    return BigInt(w.availableBalance);
  },

  /** Locks the fare in the rider's wallet under this attempt's hold id; `cause`: who took the step that locks it (null: the trip's own retry). */
  async hold(ctx: TripContext, t: TripRow, attempt: number, cause: Actor | null = null) {
    const walletId = await Wallets.idOf(ctx, t.riderId, t);
    return ctx.wallet.call('Hold', {
      meta: {
        idempotencyKey: `trip:${t.id}:hold:${attempt}`,
        serviceType: serviceOf(t),
        reference: referenceOf(t),
        description: `fare of ${t.serviceType.toLowerCase()} ${t.id}`,
        ...entryCauseOf(cause),
      },
      walletId,
      amount: { amount: t.fare.toString(), currency: t.currency },
      holdId: holdIdOf(t.id, attempt),
    });
  },

  /**
   * `cause`: whoever's request releases it (a cancel, an admin's stuck-hold release); null for recovery.
   * False when the wallet had nothing of it to give back.
   */
  async release(ctx: TripContext, t: TripRow, attempt: number, cause: Actor | null = null): Promise<boolean> {
    try {
      await ctx.wallet.call('Release', {
        meta: {
          idempotencyKey: `trip:${t.id}:release:${attempt}`,
          // The trip's own service, as its hold: a fare given back on a cancel is no refund (nothing was charged), and finance counts refunds by it.
          serviceType: serviceOf(t),
          reference: referenceOf(t),
          description: `fare released: ${t.id}`,
          ...entryCauseOf(cause),
        },
        holdId: holdIdOf(t.id, attempt),
      });
      return true;
    } catch (err) {
      // Nothing to give back: the hold was never made, or is already released.
      if (err instanceof AppError && (err.code === 'HOLD_NOT_FOUND' || err.code === 'HOLD_EXCEEDED' || err.code === 'INVALID_AMOUNT')) return false;
      throw err;
    }
  },

  /** `cause`: the admin who settles; the settlement job names nobody. */
  async settle(ctx: TripContext, t: TripRow, legs: LedgerLeg[], cause: Actor | null) {
    return ctx.wallet.call('Transfer', {
      // A cash trip's entry only records the commission the earner now owes (seed 003: service type commission).
      meta: {
        idempotencyKey: `trip:${t.id}:settle`,
        serviceType: t.paymentMethod === 'CASH' ? 'commission' : serviceOf(t),
        reference: referenceOf(t),
        description: `settlement of ${t.serviceType.toLowerCase()} ${t.id}`,
        ...entryCauseOf(cause),
      },
      currency: t.currency,
      mode: t.mode,
      legs,
    });
  },
};

export const holdIdOf = (tripId: string, attempt: number) => `trip-${tripId}-${attempt}`;
