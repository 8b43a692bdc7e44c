import type { EntryPostedV1 } from '@ziba/contracts';
import { buildEnvelope } from '@ziba/messaging';
import type { Actor } from '@ziba/service-kit';
import { eventTraceHeaders } from '@ziba/service-kit';
import { requestHash } from '@ziba/service-kit/canonical-json';
import { isAppError } from '@ziba/service-kit/errors';
import { randomUUID } from 'node:crypto';
import type { AppliedEntry, BoundLeg } from '../domain/apply-entry.ts';
import { EntryBatch } from '../domain/entry-batch.ts';
import { LedgerErrors } from '../domain/ledger-errors.ts';
import type { Balances, EntryDraft, Hold } from '../domain/ledger-model.ts';
import { LedgerRepository, type EntryWrite, type StoredEntry } from '../persistence/ledger.repository.ts';
import { autocommit, inTransaction, isUniqueViolation, type Tx } from '../persistence/sql-client.ts';
import type { PendingEntry } from './entry-writer.ts';
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
  /** The holds the entry opens or consumes: the batch locks them all in one statement, in id order. */
  holdIds?: string[];
  /**
   * Builds the entry inside the transaction. An entry drawn from its holds (release, capture) asks
   * for them: the locked holds of `holdIds` that exist. Until every entry of a batch is built, the
   * balance rows wait, so asking costs the batch a round trip, and only those entries ask.
   */
  prepare(tx: Tx, holds: () => Promise<ReadonlyMap<string, Hold>>): Promise<EntryDraft>;
  /** A rule on the locked balances beyond the ledger's own (e.g. no top-up while funds are held). */
  verify?(locked: ReadonlyMap<string, Balances>): void;
  actor?: Actor | null;
  /** The user a calling service posts the entry for (WriteMeta); the event's actor when no one else is. */
  requestedByUserId?: string | null;
  correlationId?: string | null;
}

/** Posts one entry: it joins the next batch of the ledger's writer (entry-writer.ts, writeBatch below). */
export function postEntry(ctx: LedgerContext, cmd: PostCommand): Promise<EntryResult> {
  return ctx.writer.submit({ cmd, requestHash: requestHash(cmd.request), traceHeaders: eventTraceHeaders() });
}

interface Accepted {
  p: PendingEntry;
  write: EntryWrite;
  result: EntryResult;
}

/**
 * The one write path of the ledger, for a batch of entries in one transaction: the batch's holds are
 * locked in one statement, in id order, and each entry is prepared; every balance row the batch
 * touches is then locked in one statement, in (wallet, shard) order; keys already used answer from the entry they wrote; the domain rules apply the
 * entries one after another (EntryBatch), a refused one leaving the rest untouched; one statement
 * writes the accepted entries (with their keys), postings, final balances, holds and outbox events,
 * and commits. When the transaction itself fails (a key used concurrently, a deadlock with
 * another instance), each entry is tried again alone, so one cannot fail the others.
 */
export async function writeBatch(ctx: LedgerContext, batch: PendingEntry[]): Promise<void> {
  const accepted: Accepted[] = [];
  const replayed: Array<{ p: PendingEntry; stored: StoredEntry }> = [];
  const refused: Array<{ p: PendingEntry; err: unknown }> = [];
  try {
    await inTransaction(ctx.pool, async (tx) => {
      // The used-key lookup, the hold locks and, when no entry asks for its holds (and the
      // wallets are in the directory's cache), the balance locks go out in one round trip:
      // PostgreSQL still runs them in the order sent, holds before balances as everywhere.
      const storedLookup = LedgerRepository.storedEntries(
        tx,
        batch.map((p) => p.cmd.idempotencyKey),
      );
      const holdLocks = LedgerRepository.lockHolds(tx, [...new Set(batch.flatMap((p) => p.cmd.holdIds ?? []))]);
      for (const pending of [storedLookup, holdLocks]) pending.catch(() => undefined); // awaited below; a failure fails the transaction
      const turn = nextTurn();
      const outcomes = await Promise.allSettled(
        batch.map(async (p) => {
          const draft = await p.cmd.prepare(tx, async () => holdsOf(p, await holdLocks));
          return { p, draft, legs: await bindLegs(ctx, tx, draft, turn) };
        }),
      );
      const failed = outcomes.flatMap((o) => (o.status === 'rejected' && !isAppError(o.reason) ? [o.reason] : []));
      if (failed.length > 0) throw failed[0];
      const ready = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
      const balanceLocks = LedgerRepository.lockBalances(
        tx,
        ready.flatMap((x) => x.legs.map((l) => ({ walletId: l.wallet.id, shard: l.shard }))),
      );
      const [stored, lockedHolds, locked] = await Promise.all([storedLookup, holdLocks, balanceLocks]);
      const prepared = [];
      for (const [i, outcome] of outcomes.entries()) {
        const p = batch[i]!;
        const earlier = stored.get(p.cmd.idempotencyKey);
        if (earlier) replayed.push({ p, stored: earlier });
        else if (outcome.status === 'fulfilled') prepared.push(outcome.value);
        else refused.push({ p, err: outcome.reason });
      }
      if (prepared.length === 0) return;
      const state = new EntryBatch(locked);
      const touched: string[] = [];
      for (const { p, draft, legs } of prepared) {
        try {
          const holds = holdsOf(p, lockedHolds);
          p.cmd.verify?.(state.current);
          const applied = state.apply(draft, legs, holds);
          touched.push(...applied.balances.keys());
          const entryId = randomUUID();
          const createdAt = new Date();
          const write = {
            entryId,
            draft,
            applied,
            idempotencyKey: p.cmd.idempotencyKey,
            requestHash: p.requestHash,
            event: entryEvent(entryId, draft, applied, p.cmd),
            traceHeaders: p.traceHeaders,
            createdAt,
          };
          accepted.push({
            p,
            write,
            result: wireResult({ entryId, entryType: draft.type, currency: draft.currency, createdAt, postings: applied.postings.map(postingAfter) }, false),
          });
        } catch (err) {
          if (!isAppError(err)) throw err;
          refused.push({ p, err });
        }
      }
      if (accepted.length > 0) await LedgerRepository.writeEntries(tx, { entries: accepted.map((a) => a.write), ...state.changes(touched) });
    });
  } catch (err) {
    if (batch.length > 1) {
      // One at a time: a rare path, which must not crowd the pool while other batches write.
      for (const p of batch) await writeBatch(ctx, [p]);
      return;
    }
    // Alone, and nothing committed: the entry is answered from its error (or its key's stored result).
    await settleRefusal(ctx, batch[0]!, err);
    return;
  }
  for (const a of accepted) a.p.resolve(a.result);
  for (const r of replayed) settleReplay(r.p, r.stored);
  if (accepted.length > 0) ctx.onCommit();
  for (const r of refused) await settleRefusal(ctx, r.p, r.err);
}

/** The entry's own holds among those the batch locked. */
function holdsOf(p: PendingEntry, locked: ReadonlyMap<string, Hold>): ReadonlyMap<string, Hold> {
  return new Map((p.cmd.holdIds ?? []).flatMap((id) => (locked.has(id) ? [[id, locked.get(id)!] as const] : [])));
}

/** A key already used: the same request gets the first result again; a different one is refused. */
function settleReplay(p: PendingEntry, stored: StoredEntry): void {
  if (stored.requestHash !== p.requestHash) p.reject(LedgerErrors.keyReused());
  else p.resolve(wireResult(stored, true));
}

/**
 * A refused or failed entry may be the repeat of a key whose first run committed meanwhile (its
 * first run changed the balances, or the key's unique index stopped this one, or another index
 * first): then the stored result answers, whatever the error was.
 */
async function settleRefusal(ctx: LedgerContext, p: PendingEntry, err: unknown): Promise<void> {
  try {
    const stored = (await LedgerRepository.storedEntries(autocommit(ctx.pool), [p.cmd.idempotencyKey])).get(p.cmd.idempotencyKey);
    if (stored) return settleReplay(p, stored);
    p.reject(isUniqueViolation(err, 'hold_pkey') ? LedgerErrors.holdExists() : err);
  } catch (lookupFailed) {
    p.reject(isAppError(err) ? err : lookupFailed);
  }
}

/**
 * Resolves each leg to a balance row: user wallets have one shard, platform accounts the batch's
 * shard, so a batch updates one row of each platform account however many entries it holds.
 */
async function bindLegs(ctx: LedgerContext, tx: Tx, draft: EntryDraft, turn: number): Promise<BoundLeg[]> {
  const walletIds = draft.legs.flatMap((l) => ('walletId' in l.account ? [l.account.walletId] : []));
  const wallets = await ctx.directory.get(tx, walletIds);
  const bound: BoundLeg[] = [];
  for (const l of draft.legs) {
    const base = { bucket: l.bucket, amount: l.amount, ...(l.holdId ? { holdId: l.holdId } : {}), ...(l.earning ? { earning: true } : {}) };
    if ('walletId' in l.account) {
      bound.push({ ...base, wallet: wallets.get(l.account.walletId)!, shard: 0 });
    } else {
      const sys = await ctx.directory.system(tx, l.account.system, draft.currency, draft.mode);
      bound.push({ ...base, wallet: sys, shard: turn % sys.shardCount });
    }
  }
  return bound;
}

let shardTurn = 0;
/**
 * Platform shards are taken in turn, a batch at a time, rather than at random: batches writing at
 * the same time then land on different shards and do not wait on each other's row lock.
 */
function nextTurn(): number {
  shardTurn = (shardTurn + 1) % 65536;
  return shardTurn;
}

/**
 * Who the entry's record names: the caller's actor; when a service called for no one, the admin whose
 * decision caused it (a saga's capture after an admin marked the payout paid), else the user whose
 * request it serves (a driver's withdrawal hold); else nobody (a system job).
 */
function causeOf(cmd: PostCommand, draft: EntryDraft): Actor | null {
  if (cmd.actor) return cmd.actor;
  if (draft.createdByAdminId) return { type: 'ADMIN', id: draft.createdByAdminId };
  return cmd.requestedByUserId ? { type: 'USER', id: cmd.requestedByUserId } : null;
}

function entryEvent(entryId: string, draft: EntryDraft, applied: AppliedEntry, cmd: PostCommand) {
  return buildEnvelope<EntryPostedV1>(SOURCE, {
    type: 'wallet.entry-posted.v1',
    aggregateType: 'journal_entry',
    aggregateId: entryId,
    actor: causeOf(cmd, draft),
    correlationId: cmd.correlationId ?? null,
    data: {
      entryId,
      entryType: draft.type,
      serviceType: draft.serviceType,
      currency: draft.currency,
      mode: draft.mode,
      reference: draft.reference,
      createdByAdminId: draft.createdByAdminId,
      postings: applied.postings.map((p) => ({
        walletId: p.walletId,
        ownerId: p.ownerId,
        ownerType: p.ownerType,
        bucket: p.bucket,
        amount: p.amount.toString(),
      })),
      // An admin's own words are the entry's description only on their adjustments and refunds (a capture they caused has the system's).
      ...(draft.createdByAdminId && ADMIN_WORDED.has(draft.serviceType) ? { reason: draft.description } : {}),
    },
  });
}

/** The entries whose description is the reason an admin gave. */
const ADMIN_WORDED: ReadonlySet<string> = new Set(['adjustment', 'refund']);

const postingAfter = (p: AppliedEntry['postings'][number]): StoredEntry['postings'][number] => ({
  walletId: p.walletId,
  bucket: p.bucket,
  amount: p.amount,
  availableAfter: p.after.available,
  heldAfter: p.after.held,
  owedAfter: p.after.owed,
});

/** The answer to an entry, the first time and on every repeat of its key: all of it is in the entry and its postings. */
function wireResult(e: Omit<StoredEntry, 'requestHash'>, replayed: boolean): EntryResult {
  return {
    entryId: e.entryId,
    entryType: e.entryType,
    currency: e.currency,
    postings: e.postings.map((p) => ({
      walletId: p.walletId,
      bucket: p.bucket,
      amount: p.amount.toString(),
      availableAfter: p.availableAfter.toString(),
      lockedAfter: p.heldAfter.toString(),
      negativeAfter: (-p.owedAfter).toString(),
    })),
    replayed,
    createdAt: e.createdAt.toISOString(),
  };
}
