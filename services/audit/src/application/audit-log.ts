import type { EventEnvelope } from '@ziba/contracts';
import type { SqlExecutor } from '@ziba/messaging';
import { auditFacts } from '../domain/audit-action.ts';
import { chainHash, GENESIS } from '../domain/hash-chain.ts';
import { notificationsOf } from '../domain/notifications.ts';

/** The content a record's hash covers; stored whole in `data`, the columns are its index. */
export function recordContent(e: EventEnvelope) {
  const f = auditFacts(e);
  return {
    eventId: e.id,
    eventType: e.type,
    source: e.source,
    action: f.action,
    actorType: e.actor?.type ?? null,
    actorId: e.actor?.id ?? null,
    entityType: f.entityType,
    entityId: f.entityId,
    amount: f.amount,
    currency: f.currency,
    correlationId: e.correlationId ?? null,
    occurredAt: e.occurredAt,
    event: e.data,
  };
}

/**
 * Appends one event to the chain, in the consumer's transaction (with its inbox row). The head row
 * is locked first: a concurrent append waits, then reads the head this one wrote, so the chain
 * never forks however many consumers run.
 */
export async function appendToAuditLog(em: SqlExecutor, e: EventEnvelope): Promise<void> {
  const [head] = await em.execute<Array<{ last_hash: string }>>('select last_hash from audit_chain_head where id = 1 for update');
  const prev = head?.last_hash ?? GENESIS;
  const c = recordContent(e);
  const hash = chainHash(prev, c);
  const inserted = await em.execute<Array<{ seq: string }>>(
    `insert into audit_record (event_id, event_type, source, action, actor_type, actor_id, entity_type, entity_id, amount, currency, correlation_id, occurred_at, data, prev_hash, hash)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (event_id) do nothing returning seq`,
    [
      c.eventId,
      c.eventType,
      c.source,
      c.action,
      c.actorType,
      c.actorId,
      c.entityType,
      c.entityId,
      c.amount,
      c.currency,
      c.correlationId,
      c.occurredAt,
      JSON.stringify(c),
      prev,
      hash,
    ],
  );
  if (inserted.length === 0) return;
  await em.execute('update audit_chain_head set last_hash = ? where id = 1', [hash], 'run');
  for (const n of notificationsOf(e)) {
    await em.execute(
      'insert into notification (owner_id, kind, amount, currency, reference, event_id) values (?, ?, ?, ?, ?, ?) on conflict do nothing',
      [n.ownerId, n.kind, n.amount, n.currency, n.reference, e.id],
      'run',
    );
  }
}

interface Row {
  seq: string;
  event_id: string;
  action: string;
  entity_type: string;
  entity_id: string;
  actor_id: string | null;
  amount: string | null;
  data: ReturnType<typeof recordContent>;
  prev_hash: string;
  hash: string;
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

/**
 * Walks the chain in order, a batch at a time: each record's hash must be its content's hash on
 * top of the previous record's, and its indexed columns must say what its content says. From the
 * start, or after a checkpoint an earlier verification reached (then only the records since).
 */
export async function verifyChain(em: SqlExecutor, from: ChainCheckpoint = { seq: '0', hash: GENESIS }): Promise<ChainVerification> {
  let prev = from.hash;
  let after = from.seq;
  let records = 0;
  for (;;) {
    const rows = await em.execute<Row[]>(
      'select seq::text, event_id, action, entity_type, entity_id, actor_id, amount::text, data, prev_hash, hash from audit_record where seq > ? order by audit_record.seq limit 1000',
      [after],
    );
    for (const r of rows) {
      records++;
      const broken = (reason: string) => ({ ok: false, records, firstBrokenSeq: r.seq, reason, last: { seq: after, hash: prev } });
      if (r.prev_hash !== prev) return broken('the link to the previous record does not match');
      if (chainHash(prev, r.data) !== r.hash) return broken('the record does not match its hash');
      const d = r.data;
      if (
        d.eventId !== r.event_id ||
        d.action !== r.action ||
        d.entityType !== r.entity_type ||
        d.entityId !== r.entity_id ||
        (d.actorId ?? null) !== r.actor_id ||
        (d.amount ?? null) !== r.amount
      ) {
        return broken('a column differs from the hashed content');
      }
      prev = r.hash;
      after = r.seq;
    }
    if (rows.length < 1000) return { ok: true, records, firstBrokenSeq: null, reason: null, last: { seq: after, hash: prev } };
  }
}
