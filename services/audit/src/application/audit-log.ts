import type { EventEnvelope } from '@ziba/contracts';
import type { SqlExecutor } from '@ziba/messaging';
import { recordContent } from '../domain/audit-content.ts';
import { chainHash, GENESIS, HASH_VERSION, isHashVersion } from '../domain/hash-chain.ts';
import { notificationsOf } from '../domain/notifications.ts';
import { AuditRecordRepository } from '../persistence/audit-record.repository.ts';
import { ChainHeadRepository } from '../persistence/chain-head.repository.ts';
import { NotificationRepository } from '../persistence/notification.repository.ts';

export { recordContent };

/**
 * Appends one event to the chain, in the consumer's transaction (with its inbox row). The head row
 * is locked first: a concurrent append waits, then reads the head this one wrote, so the chain
 * never forks however many consumers run.
 */
export async function appendToAuditLog(em: SqlExecutor, e: EventEnvelope): Promise<void> {
  const prevHash = (await ChainHeadRepository.lock(em)) ?? GENESIS;
  const content = recordContent(e);
  const hash = chainHash(prevHash, content, HASH_VERSION);
  const seq = await AuditRecordRepository.insert(em, { content, prevHash, hash, hashVersion: HASH_VERSION });
  if (seq === null) return;
  await ChainHeadRepository.advance(em, hash);
  for (const n of notificationsOf(e)) await NotificationRepository.insert(em, n, e.id);
}

/** Where a verification got to: the last record found intact (its seq and hash). */
export interface ChainCheckpoint {
  seq: string;
  hash: string;
}

export interface ChainVerification {
  ok: boolean;
  records: number;
  firstBrokenSeq: string | null;
  reason: string | null;
  /** The last record verified intact (the `from` given when there was none after it). */
  last: ChainCheckpoint;
}

const BATCH = 1000;

/**
 * Walks the chain in order, a batch at a time: each record's hash must be its content's hash on
 * top of the previous record's, in the canonical form of the record's hash version, and its
 * indexed columns must say what its content says. From the start, or after a checkpoint an
 * earlier verification reached (then only the records since).
 */
export async function verifyChain(em: SqlExecutor, from: ChainCheckpoint = { seq: '0', hash: GENESIS }): Promise<ChainVerification> {
  let prev = from.hash;
  let after = from.seq;
  let records = 0;
  for (;;) {
    const batch = await AuditRecordRepository.after(em, after, BATCH);
    for (const r of batch) {
      records++;
      const broken = (reason: string) => ({ ok: false, records, firstBrokenSeq: r.seq, reason, last: { seq: after, hash: prev } });
      if (r.prevHash !== prev) return broken('the link to the previous record does not match');
      if (!isHashVersion(r.hashVersion)) return broken(`unknown hash version ${r.hashVersion}`);
      if (chainHash(prev, r.content, r.hashVersion) !== r.hash) return broken('the record does not match its hash');
      const d = r.content;
      if (
        d.eventId !== r.eventId ||
        d.action !== r.action ||
        d.entityType !== r.entityType ||
        d.entityId !== r.entityId ||
        (d.actorId ?? null) !== r.actorId ||
        (d.amount ?? null) !== r.amount
      ) {
        return broken('a column differs from the hashed content');
      }
      prev = r.hash;
      after = r.seq;
    }
    if (batch.length < BATCH) return { ok: true, records, firstBrokenSeq: null, reason: null, last: { seq: after, hash: prev } };
  }
}
