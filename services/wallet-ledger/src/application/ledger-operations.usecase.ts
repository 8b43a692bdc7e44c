import type { CurrencyCode } from '@ziba/money';
import type { Actor } from '@ziba/service-kit';
import { isAppError } from '@ziba/service-kit/errors';
import { LedgerErrors } from '../domain/ledger-errors.ts';
import type { Hold, Leg, Mode, SystemAccount, WalletInfo } from '../domain/ledger-model.ts';
import * as op from '../domain/operations.ts';
import type { Tx } from '../persistence/sql-client.ts';
import { balanceKey } from '../domain/apply-entry.ts';
import { requireTopUpWithinLimit } from '../domain/wallet-limit.ts';
import type { LedgerContext } from './ledger-context.ts';
import { postEntry, type EntryResult, type PostCommand } from './post-entry.ts';

/** What every write carries: the scoped idempotency key, the entry's description, who asked. */
export interface WriteMeta extends op.EntryMeta {
  idempotencyKey: string;
  actor?: Actor | null;
  /** The user a service posts the entry for; named on its event only (not hashed, not stored on the entry). */
  requestedByUserId?: string | null;
  correlationId?: string | null;
  /**
   * The caller's own key when the entry is keyed by something else (a refund, by its trip): hashed
   * with the request, never stored, so the same request retried replays and any other is refused.
   */
  clientKey?: string;
}

type Money = { amount: bigint; currency: CurrencyCode };

async function walletOf(ctx: LedgerContext, tx: Tx, walletId: string, currency: CurrencyCode): Promise<WalletInfo> {
  const w = (await ctx.directory.get(tx, [walletId])).get(walletId)!;
  if (w.currency !== currency) throw LedgerErrors.currencyMismatch();
  return w;
}

function lockedHold(holds: ReadonlyMap<string, Hold>, holdId: string): Hold {
  const h = holds.get(holdId);
  if (!h) throw LedgerErrors.holdNotFound(holdId);
  return h;
}

function command(meta: WriteMeta, request: unknown, holdIds: string[], prepare: PostCommand['prepare'], verify?: PostCommand['verify']): PostCommand {
  const { idempotencyKey, actor, correlationId, requestedByUserId, clientKey, ...entryMeta } = meta;
  return {
    idempotencyKey,
    // The admin named on an entry is who caused it, not what it does: a repeat of the key by another
    // admin, or by the job that resumes an admin's run, replays the first entry (which keeps the first
    // name) instead of being refused and leaving the caller's step stuck. Hashed as null, so the stored
    // hashes of entries written without an admin stay what they were.
    request: { request, entryMeta: { ...entryMeta, createdByAdminId: null }, ...(clientKey ? { clientKey } : {}) },
    holdIds,
    prepare,
    ...(verify ? { verify } : {}),
    actor: actor ?? null,
    requestedByUserId: requestedByUserId ?? null,
    correlationId: correlationId ?? null,
  };
}

const entryMeta = (m: WriteMeta): op.EntryMeta => ({
  serviceType: m.serviceType,
  reference: m.reference,
  description: m.description,
  createdByAdminId: m.createdByAdminId,
});

export const LedgerOperations = {
  /** A rider's top-up: the payment is authorised, the wallet credited, then the payment captured. */
  async addFunds(ctx: LedgerContext, meta: WriteMeta, walletId: string, money: Money): Promise<EntryResult> {
    requireTopUpWithinLimit(money.amount, money.currency); // before the card is asked: a mistyped amount is never authorised
    const { chargeId } = await ctx.payments.authorize({ idempotencyKey: meta.idempotencyKey, amount: money.amount, currency: money.currency });
    const funded: WriteMeta = { ...meta, serviceType: 'funding', reference: { type: 'funding', id: chargeId } };
    let result: EntryResult;
    try {
      result = await postEntry(
        ctx,
        command(
          funded,
          { op: 'addFunds', walletId, money },
          [],
          async (tx) => op.addFunds(await walletOf(ctx, tx, walletId, money.currency), money.amount, entryMeta(funded)),
          (locked) => op.assertNothingHeld(locked.get(balanceKey(walletId, 0))),
        ),
      );
    } catch (err) {
      // A reused key names the first request's charge: that one stands.
      if (!(isAppError(err) && err.code === 'IDEMPOTENCY_KEY_REUSED')) await ctx.payments.void(chargeId);
      throw err;
    }
    await ctx.payments.capture(chargeId);
    return result;
  },

  credit(ctx: LedgerContext, meta: WriteMeta, walletId: string, money: Money, from: SystemAccount): Promise<EntryResult> {
    return postEntry(
      ctx,
      command(meta, { op: 'credit', walletId, money, from }, [], async (tx) =>
        op.credit(await walletOf(ctx, tx, walletId, money.currency), money.amount, from, entryMeta(meta)),
      ),
    );
  },

  debit(ctx: LedgerContext, meta: WriteMeta, walletId: string, money: Money, to: SystemAccount): Promise<EntryResult> {
    return postEntry(
      ctx,
      command(meta, { op: 'debit', walletId, money, to }, [], async (tx) =>
        op.debit(await walletOf(ctx, tx, walletId, money.currency), money.amount, to, entryMeta(meta)),
      ),
    );
  },

  /** The hold's id is locked too: an existing hold of that id makes applyEntry refuse, a hold is opened once. */
  hold(ctx: LedgerContext, meta: WriteMeta, walletId: string, money: Money, holdId: string): Promise<EntryResult> {
    return postEntry(
      ctx,
      command(meta, { op: 'hold', walletId, money, holdId }, [holdId], async (tx) =>
        op.hold(await walletOf(ctx, tx, walletId, money.currency), money.amount, holdId, entryMeta(meta)),
      ),
    );
  },

  release(ctx: LedgerContext, meta: WriteMeta, holdId: string, amount: bigint | null): Promise<EntryResult> {
    return postEntry(
      ctx,
      command(meta, { op: 'release', holdId, amount }, [holdId], async (tx, holds) => {
        const h = lockedHold(await holds(), holdId);
        const w = (await ctx.directory.get(tx, [h.walletId])).get(h.walletId)!;
        return op.release(w, h, amount, entryMeta(meta));
      }),
    );
  },

  capture(ctx: LedgerContext, meta: WriteMeta, holdId: string, amount: bigint | null, to: SystemAccount): Promise<EntryResult> {
    return postEntry(
      ctx,
      command(meta, { op: 'capture', holdId, amount, to }, [holdId], async (tx, holds) => {
        const h = lockedHold(await holds(), holdId);
        const w = (await ctx.directory.get(tx, [h.walletId])).get(h.walletId)!;
        return op.capture(w, h, amount, to, entryMeta(meta));
      }),
    );
  },

  transfer(ctx: LedgerContext, meta: WriteMeta, currency: CurrencyCode, mode: Mode, legs: Leg[]): Promise<EntryResult> {
    const holdIds = [...new Set(legs.flatMap((l) => (l.holdId ? [l.holdId] : [])))];
    return postEntry(
      ctx,
      command(meta, { op: 'transfer', currency, mode, legs }, holdIds, async () => op.transfer(currency, mode, legs, entryMeta(meta))),
    );
  },
};
