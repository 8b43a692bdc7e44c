import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntryPostedV1 } from '@ziba/contracts';
import { buildEnvelope } from '@ziba/messaging';
import type { Actor } from '@ziba/service-kit';
import { createHash } from 'node:crypto';
import { applyEntry, type AppliedEntry, type BoundLeg } from '../domain/apply-entry.ts';
import { LedgerErrors } from '../domain/ledger-errors.ts';
import type { EntryDraft, Hold } from '../domain/ledger-model.ts';
import { LedgerRepository } from '../persistence/ledger.repository.ts';
import { SOURCE, type LedgerContext } from './ledger-context.ts';

/** The result of a posted entry, in the wire shape (amounts as decimal strings). */
export interface EntryResult {
  entryId: string;
  entryType: string;
  currency: string;
  postings: Array<{ walletId: string; bucket: string; amount: string; availableAfter: string; lockedAfter: string; negativeAfter: string }>;
  replayed: boolean;
  createdAt: string;
}

export interface PostCommand {
  /** The caller's key, already scoped by caller (so two services cannot collide). */
  idempotencyKey: string;
  /** Everything that defines the request; a repeat of the key must carry the same. */
  request: unknown;
  /** Builds the entry inside the transaction; may lock the holds it consumes. */
  prepare(em: EntityManager): Promise<{ draft: EntryDraft; holds?: Hold[] }>;
  actor?: Actor | null;
  correlationId?: string | null;
}

/**
 * The one write path of the ledger: claim the idempotency key, lock the touched balances in a fixed
 * order, apply the domain rules, and write entry, postings, balances, holds, outbox event and the
 * stored result in the same transaction. A repeat of a key returns the stored result.
 */
export async function postEntry(ctx: LedgerContext, cmd: PostCommand): Promise<EntryResult> {
  const requestHash = createHash('sha256').update(canonicalJson(cmd.request)).digest('hex');
  const result = await ctx.orm.em.fork().transactional(async (em) => {
    const claim = await LedgerRepository.claimKey(em, cmd.idempotencyKey, requestHash);
    if (!claim.claimed) {
      if (claim.requestHash !== requestHash) throw LedgerErrors.keyReused();
      return { ...(claim.response as EntryResult), replayed: true };
    }
    const { draft, holds = [] } = await cmd.prepare(em);
    const legs = await bindLegs(ctx, em, draft);
    const balances = await LedgerRepository.lockBalances(em, legs.map((l) => ({ walletId: l.wallet.id, shard: l.shard })));
    const applied = applyEntry(draft, legs, balances, new Map(holds.map((h) => [h.id, h])));
    const entryId = LedgerRepository.newEntryId();
    const response = toResult(entryId, draft, applied);
    const event = buildEnvelope<EntryPostedV1>(SOURCE, {
      type: 'wallet.entry-posted.v1',
      aggregateType: 'journal_entry',
      aggregateId: entryId,
      actor: cmd.actor ?? null,
      correlationId: cmd.correlationId ?? null,
      data: {
        entryId,
        entryType: draft.type,
        serviceType: draft.serviceType,
        currency: draft.currency,
        mode: draft.mode,
        reference: draft.reference,
        createdByAdminId: draft.createdByAdminId,
        postings: applied.postings.map((p) => ({ walletId: p.walletId, ownerId: p.ownerId, ownerType: p.ownerType, bucket: p.bucket, amount: p.amount.toString() })),
      },
    });
    await LedgerRepository.writeEntry(em, { entryId, draft, applied, idempotencyKey: cmd.idempotencyKey, event, response });
    return response;
  });
  if (!result.replayed) ctx.onCommit();
  return result;
}

/** Resolves each leg to a balance row: user wallets have one shard, platform accounts pick one. */
async function bindLegs(ctx: LedgerContext, em: EntityManager, draft: EntryDraft): Promise<BoundLeg[]> {
  const walletIds = draft.legs.flatMap((l) => ('walletId' in l.account ? [l.account.walletId] : []));
  const wallets = await ctx.directory.get(em, walletIds);
  return Promise.all(
    draft.legs.map(async (l) => {
      const base = { bucket: l.bucket, amount: l.amount, ...(l.holdId ? { holdId: l.holdId } : {}), ...(l.earning ? { earning: true } : {}) };
      if ('walletId' in l.account) return { ...base, wallet: wallets.get(l.account.walletId)!, shard: 0 };
      const sys = await ctx.directory.system(em, l.account.system, draft.currency, draft.mode);
      return { ...base, wallet: sys, shard: Math.floor(Math.random() * sys.shardCount) };
    }),
  );
}

function toResult(entryId: string, draft: EntryDraft, applied: AppliedEntry): EntryResult {
  return {
    entryId,
    entryType: draft.type,
    currency: draft.currency,
    postings: applied.postings.map((p) => ({
      walletId: p.walletId,
      bucket: p.bucket,
      amount: p.amount.toString(),
      availableAfter: p.after.available.toString(),
      lockedAfter: p.after.held.toString(),
      negativeAfter: (-p.after.owed).toString(),
    })),
    replayed: false,
    createdAt: new Date().toISOString(),
  };
}

/** JSON with sorted keys and bigints as strings, so equal requests hash equally. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => {
    if (typeof v === 'bigint') return v.toString();
    if (v && typeof v === 'object' && !Array.isArray(v)) return Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)));
    return v;
  });
}
