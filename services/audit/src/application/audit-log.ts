import type { EventEnvelope } from '@ziba/contracts';
import type { SqlExecutor } from '@ziba/messaging';
import { recordContent } from '../domain/audit-content.ts';
import { chainHash, GENESIS, HASH_VERSION, isHashVersion } from '../domain/hash-chain.ts';
import { notificationsOf } from '../domain/notifications.ts';
import { AuditRecordRepository, type NewAuditRecord } from '../persistence/audit-record.repository.ts';
import { ChainHeadRepository } from '../persistence/chain-head.repository.ts';
import { NotificationRepository } from '../persistence/notification.repository.ts';

export { recordContent };

/**
 * Appends events to the chain, in order, in the consumer's transaction (with their inbox rows): the
 * head row is locked once, so a concurrent append waits, then reads the head this one wrote, and the
 * chain never forks however many consumers run. The records go in one statement. An event already
 * recorded is skipped when it comes alone; among others it fails the batch, which the consumer
 * then retries one event at a time (a skipped record must not be linked to).
 */
export async function appendToAuditLog(em: SqlExecutor, events: readonly EventEnvelope[]): Promise<void> {
  let prevHash = (await ChainHeadRepository.lock(em)) ?? GENESIS;
  const records: NewAuditRecord[] = events.map((e) => {
    const content = recordContent(e);
    const hash = chainHash(prevHash, content, HASH_VERSION);
    const record = { content, prevHash, hash, hashVersion: HASH_VERSION };
    prevHash = hash;
    return record;
  });
  const inserted = await AuditRecordRepository.insertMany(em, records);
  if (inserted === 0 && records.length === 1) return;
  if (inserted !== records.length) throw new Error('an event of the batch is already recorded');
  await ChainHeadRepository.advance(em, prevHash);
  await NotificationRepository.insertMany(
    em,
    events.flatMap((e) => notificationsOf(e).map((n) => ({ ...n, eventId: e.id }))),
  );
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
