import type { EntryPostedV1 } from '@ziba/contracts';
import { buildEnvelope } from '@ziba/messaging';
import type { Actor } from '@ziba/service-kit';
import { isAppError } from '@ziba/service-kit/errors';
import { createHash, randomUUID } from 'node:crypto';
import { applyEntry, type AppliedEntry, type BoundLeg } from '../domain/apply-entry.ts';
import { LedgerErrors } from '../domain/ledger-errors.ts';
import type { Balances, EntryDraft, Hold } from '../domain/ledger-model.ts';
import { LedgerRepository } from '../persistence/ledger.repository.ts';
import { autocommit, inTransaction, isUniqueViolation, type Tx } from '../persistence/sql-client.ts';
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
  /** Builds the entry inside the transaction; returns the holds it consumes, locked. */
  prepare(tx: Tx): Promise<{ draft: EntryDraft; holds?: Map<string, Hold> }>;
  /** A rule on the locked balances beyond the ledger's own (e.g. no top-up while funds are held). */
  verify?(locked: ReadonlyMap<string, Balances>): void;
  actor?: Actor | null;
  correlationId?: string | null;
}

/**
 * The one write path of the ledger: lock the touched holds, then balances, in a fixed order; apply
 * the domain rules; write entry, postings, balances, holds, outbox event and the idempotency record
 * in one statement of the same transaction. A repeated key returns the stored result; the key's
 * unique index makes concurrent repeats move money once.
 */
export async function postEntry(ctx: LedgerContext, cmd: PostCommand): Promise<EntryResult> {
  const requestHash = createHash('sha256').update(canonicalJson(cmd.request)).digest('hex');
  try {
    const result = await inTransaction(ctx.pool, async (tx) => {
      const { draft, holds = new Map() } = await cmd.prepare(tx);
      const legs = await bindLegs(ctx, tx, draft);
      const balances = await LedgerRepository.lockBalances(tx, legs.map((l) => ({ walletId: l.wallet.id, shard: l.shard })));
      cmd.verify?.(balances);
      const applied = applyEntry(draft, legs, balances, holds);
      const entryId = randomUUID();
      const response = toResult(entryId, draft, applied);
      await LedgerRepository.writeEntry(tx, { entryId, draft, applied, idempotencyKey: cmd.idempotencyKey, requestHash, event: entryEvent(entryId, draft, applied, cmd), response });
      return response;
    });
    ctx.onCommit();
    return result;
  } catch (err) {
    // A repeat of a key already used lands here: as a refusal (its first run changed the balances)
    // or as the key's unique violation (it ran concurrently). Either way the stored result answers.
    if (isAppError(err) || isUniqueViolation(err, 'idempotency_record_pkey')) {
      const stored = await LedgerRepository.storedResult(autocommit(ctx.pool), cmd.idempotencyKey);
      if (stored) {
        if (stored.requestHash !== requestHash) throw LedgerErrors.keyReused();
        return { ...(stored.response as EntryResult), replayed: true };
      }
    }
    if (isUniqueViolation(err, 'hold_pkey')) throw LedgerErrors.holdExists();
    throw err;
  }
}

/** Resolves each leg to a balance row: user wallets have one shard, platform accounts pick one. */
async function bindLegs(ctx: LedgerContext, tx: Tx, draft: EntryDraft): Promise<BoundLeg[]> {
  const walletIds = draft.legs.flatMap((l) => ('walletId' in l.account ? [l.account.walletId] : []));
  const wallets = await ctx.directory.get(tx, walletIds);
  const bound: BoundLeg[] = [];
  for (const l of draft.legs) {
    const base = { bucket: l.bucket, amount: l.amount, ...(l.holdId ? { holdId: l.holdId } : {}), ...(l.earning ? { earning: true } : {}) };
    if ('walletId' in l.account) {
      bound.push({ ...base, wallet: wallets.get(l.account.walletId)!, shard: 0 });
    } else {
      const sys = await ctx.directory.system(tx, l.account.system, draft.currency, draft.mode);
      bound.push({ ...base, wallet: sys, shard: nextShard(sys.shardCount) });
    }
  }
  return bound;
}

let shardTurn = 0;
/**
 * Platform shards are taken in turn rather than at random: concurrent entries of this process then
 * land on different shards and do not wait on each other's row lock.
 */
function nextShard(count: number): number {
  shardTurn = (shardTurn + 1) % 65536;
  return shardTurn % count;
}

function entryEvent(entryId: string, draft: EntryDraft, applied: AppliedEntry, cmd: PostCommand) {
  return buildEnvelope<EntryPostedV1>(SOURCE, {
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
