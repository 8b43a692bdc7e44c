import type { EntityManager } from '@mikro-orm/postgresql';
import type { CurrencyCode } from '@ziba/money';
import type { Actor } from '@ziba/service-kit';
import { LedgerErrors } from '../domain/ledger-errors.ts';
import type { Leg, Mode, SystemAccount, WalletInfo } from '../domain/ledger-model.ts';
import * as op from '../domain/operations.ts';
import { LedgerRepository } from '../persistence/ledger.repository.ts';
import type { LedgerContext } from './ledger-context.ts';
import { postEntry, type EntryResult } from './post-entry.ts';

/** What every write carries: the scoped idempotency key, the entry's description, who asked. */
export interface WriteMeta extends op.EntryMeta {
  idempotencyKey: string;
  actor?: Actor | null;
  correlationId?: string | null;
}

type Money = { amount: bigint; currency: CurrencyCode };

async function walletOf(ctx: LedgerContext, em: EntityManager, walletId: string, currency: CurrencyCode): Promise<WalletInfo> {
  const w = (await ctx.directory.get(em, [walletId])).get(walletId)!;
  if (w.currency !== currency) throw LedgerErrors.currencyMismatch(walletId);
  return w;
}

async function lockedHold(em: EntityManager, holdId: string) {
  const h = await LedgerRepository.lockHold(em, holdId);
  if (!h) throw LedgerErrors.holdNotFound(holdId);
  return h;
}

function command(meta: WriteMeta, request: unknown, prepare: Parameters<typeof postEntry>[1]['prepare']) {
  const { idempotencyKey, actor, correlationId, ...entryMeta } = meta;
  return { idempotencyKey, request: { request, entryMeta }, prepare, actor: actor ?? null, correlationId: correlationId ?? null };
}

const entryMeta = (m: WriteMeta): op.EntryMeta => ({ serviceType: m.serviceType, reference: m.reference, description: m.description, createdByAdminId: m.createdByAdminId });

export const LedgerOperations = {
  /** A rider's top-up after the payment gateway charged them; refused while funds are on hold. */
  addFunds(ctx: LedgerContext, meta: WriteMeta, walletId: string, money: Money): Promise<EntryResult> {
    return postEntry(ctx, command(meta, { op: 'addFunds', walletId, money }, async (em) => {
      const w = await walletOf(ctx, em, walletId, money.currency);
      const [b] = (await LedgerRepository.lockBalances(em, [{ walletId, shard: 0 }])).values();
      return { draft: op.addFunds(w, money.amount, entryMeta(meta), b?.held ?? 0n) };
    }));
  },

  credit(ctx: LedgerContext, meta: WriteMeta, walletId: string, money: Money, from: SystemAccount): Promise<EntryResult> {
    return postEntry(ctx, command(meta, { op: 'credit', walletId, money, from }, async (em) => ({
      draft: op.credit(await walletOf(ctx, em, walletId, money.currency), money.amount, from, entryMeta(meta)),
    })));
  },

  debit(ctx: LedgerContext, meta: WriteMeta, walletId: string, money: Money, to: SystemAccount): Promise<EntryResult> {
    return postEntry(ctx, command(meta, { op: 'debit', walletId, money, to }, async (em) => ({
      draft: op.debit(await walletOf(ctx, em, walletId, money.currency), money.amount, to, entryMeta(meta)),
    })));
  },

  hold(ctx: LedgerContext, meta: WriteMeta, walletId: string, money: Money, holdId: string): Promise<EntryResult> {
    return postEntry(ctx, command(meta, { op: 'hold', walletId, money, holdId }, async (em) => {
      const w = await walletOf(ctx, em, walletId, money.currency);
      const existing = await LedgerRepository.lockHold(em, holdId);
      return { draft: op.hold(w, money.amount, holdId, entryMeta(meta)), holds: existing ? [existing] : [] };
    }));
  },

  release(ctx: LedgerContext, meta: WriteMeta, holdId: string, amount: bigint | null): Promise<EntryResult> {
    return postEntry(ctx, command(meta, { op: 'release', holdId, amount }, async (em) => {
      const h = await lockedHold(em, holdId);
      const w = (await ctx.directory.get(em, [h.walletId])).get(h.walletId)!;
      return { draft: op.release(w, h, amount, entryMeta(meta)), holds: [h] };
    }));
  },

  capture(ctx: LedgerContext, meta: WriteMeta, holdId: string, amount: bigint | null, to: SystemAccount): Promise<EntryResult> {
    return postEntry(ctx, command(meta, { op: 'capture', holdId, amount, to }, async (em) => {
      const h = await lockedHold(em, holdId);
      const w = (await ctx.directory.get(em, [h.walletId])).get(h.walletId)!;
      return { draft: op.capture(w, h, amount, to, entryMeta(meta)), holds: [h] };
    }));
  },

  transfer(ctx: LedgerContext, meta: WriteMeta, currency: CurrencyCode, mode: Mode, legs: Leg[]): Promise<EntryResult> {
    return postEntry(ctx, command(meta, { op: 'transfer', currency, mode, legs }, async (em) => {
      const holdIds = [...new Set(legs.flatMap((l) => (l.holdId ? [l.holdId] : [])))].sort();
      const holds = [];
      for (const id of holdIds) holds.push(await lockedHold(em, id));
      return { draft: op.transfer(currency, mode, legs, entryMeta(meta)), holds };
    }));
  },
};
