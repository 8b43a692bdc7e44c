import type { SqlExecutor } from '@ziba/messaging';
import type { AuditContent } from '../domain/audit-content.ts';
import type { HashVersion } from '../domain/hash-chain.ts';
import { SETTING_EVENTS } from '../domain/setting-change.ts';

/** A record to append: its content (its columns are copied from it), its link and its hash. */
export interface NewAuditRecord {
  content: AuditContent;
  prevHash: string;
  hash: string;
  hashVersion: HashVersion;
}

/** A record as the chain holds it: the indexed columns beside the hashed content. */
export interface ChainedRecord {
  seq: string;
  eventId: string;
  action: string;
  entityType: string;
  entityId: string;
  actorId: string | null;
  amount: string | null;
  recordedAt: Date;
  content: AuditContent;
  prevHash: string;
  hash: string;
  /** As stored; the verifier checks it is a version it knows. */
  hashVersion: number;
}

/** A record as admins list it (no content). */
export interface AuditRecordSummary {
  seq: string;
  eventId: string;
  eventType: string;
  action: string;
  actorType: string | null;
  actorId: string | null;
  entityType: string;
  entityId: string;
  amount: string | null;
  currency: string | null;
  correlationId: string | null;
  occurredAt: Date;
  hash: string;
  /** The event's own `from` and `to`, where it has them (domain/state-change.ts says when they are a status change). */
  eventFrom: string | null;
  eventTo: string | null;
  /** The event's own `change`, where it has one (a user blocked, a driver suspended ...). */
  eventChange: string | null;
  /** The event's `reason`, where it carries one as text (why an admin decided). */
  eventReason: string | null;
  /** The data of an event that changes a setting (domain/setting-change.ts says which), to say what it changed; null for any other. */
  settingEvent: unknown;
}

/** Filters of a listing; '' (or null) means any. */
export interface AuditRecordFilter {
  entityType: string;
  entityId: string;
  actorId: string;
  action: string;
  from: string | null;
  to: string | null;
  /** Records before this sequence (keyset pagination), or null for the newest. */
  before: string | null;
}

interface ChainedRaw {
  seq: string;
  event_id: string;
  action: string;
  entity_type: string;
  entity_id: string;
  actor_id: string | null;
  amount: string | null;
  recorded_at: Date;
  data: AuditContent;
  prev_hash: string;
  hash: string;
  hash_version: number;
}

interface SummaryRaw {
  seq: string;
  event_id: string;
  event_type: string;
  action: string;
  actor_type: string | null;
  actor_id: string | null;
  entity_type: string;
  entity_id: string;
  amount: string | null;
  currency: string | null;
  correlation_id: string | null;
  occurred_at: Date;
  hash: string;
  event_from: string | null;
  event_to: string | null;
  event_change: string | null;
  event_reason: string | null;
  setting_event: unknown;
}

/** The append-only audit_record table (its triggers refuse UPDATE, DELETE and TRUNCATE). */
export const AuditRecordRepository = {
  /**
   * Appends records in one statement, in the order given (their seq follows it); answers how many
   * were written: a record whose event is already recorded is not.
   */
  async insertMany(em: SqlExecutor, records: readonly NewAuditRecord[]): Promise<number> {
    const rows = records.map(({ content: c, prevHash, hash, hashVersion }, n) => ({
      n,
      event_id: c.eventId,
      event_type: c.eventType,
      source: c.source,
      action: c.action,
      actor_type: c.actorType,
      actor_id: c.actorId,
      entity_type: c.entityType,
      entity_id: c.entityId,
      amount: c.amount,
      currency: c.currency,
      correlation_id: c.correlationId,
      occurred_at: c.occurredAt,
      data: c,
      prev_hash: prevHash,
      hash,
      hash_version: hashVersion,
    }));
    const inserted = await em.execute<Array<{ seq: string }>>(
      `insert into audit_record (event_id, event_type, source, action, actor_type, actor_id, entity_type, entity_id, amount, currency, correlation_id, occurred_at, data, prev_hash, hash, hash_version)
       select r.event_id, r.event_type, r.source, r.action, r.actor_type, r.actor_id, r.entity_type, r.entity_id, r.amount, r.currency, r.correlation_id, r.occurred_at, r.data, r.prev_hash, r.hash, r.hash_version
         from jsonb_to_recordset(?::jsonb) as r(event_id uuid, event_type text, source text, action text, actor_type text, actor_id text,
              entity_type text, entity_id text, amount bigint, currency text, correlation_id text, occurred_at timestamptz, data jsonb, prev_hash text, hash text, hash_version smallint, n int)
        order by r.n
       on conflict (event_id) do nothing returning seq`,
      [JSON.stringify(rows)],
    );
    return inserted.length;
  },

  /** Up to `limit` records after the sequence `after`, in chain order. */
  async after(em: SqlExecutor, after: string, limit: number): Promise<ChainedRecord[]> {
    const rows = await em.execute<ChainedRaw[]>(
      `select seq::text, event_id, action, entity_type, entity_id, actor_id, amount::text, recorded_at, data, prev_hash, hash, hash_version
         from audit_record where seq > ? order by audit_record.seq limit ?`,
      [after, limit],
    );
    return rows.map((r) => ({
      seq: r.seq,
      eventId: r.event_id,
      action: r.action,
      entityType: r.entity_type,
      entityId: r.entity_id,
      actorId: r.actor_id,
      amount: r.amount,
      recordedAt: new Date(r.recorded_at),
      content: r.data,
      prevHash: r.prev_hash,
      hash: r.hash,
      hashVersion: Number(r.hash_version),
    }));
  },

  /**
   * Newest first, up to `limit`. Each filter meets an index: (entity_type, entity_id, seq),
   * (actor_id, seq), (action, seq), (occurred_at, seq).
   */
  async list(em: SqlExecutor, f: AuditRecordFilter, limit: number): Promise<AuditRecordSummary[]> {
    const rows = await em.execute<SummaryRaw[]>(
      `select seq::text, event_id, event_type, action, actor_type, actor_id, entity_type, entity_id, amount::text, currency, correlation_id, occurred_at, hash,
              data->'event'->>'from' as event_from, data->'event'->>'to' as event_to, data->'event'->>'change' as event_change,
              case when jsonb_typeof(data->'event'->'reason') = 'string' then data->'event'->>'reason' end as event_reason,
              case when event_type in (${SETTING_EVENTS.map(() => '?').join(', ')}) then data->'event' end as setting_event
         from audit_record
        where (? = '' or entity_type = ?) and (? = '' or entity_id = ?) and (? = '' or actor_id = ?) and (? = '' or action = ?)
          and (?::timestamptz is null or occurred_at >= ?::timestamptz) and (?::timestamptz is null or occurred_at < ?::timestamptz)
          and (?::bigint is null or seq < ?::bigint)
        order by audit_record.seq desc limit ?`,
      [
        ...SETTING_EVENTS,
        f.entityType,
        f.entityType,
        f.entityId,
        f.entityId,
        f.actorId,
        f.actorId,
        f.action,
        f.action,
        f.from,
        f.from,
        f.to,
        f.to,
        f.before,
        f.before,
        limit,
      ],
    );
    return rows.map((r) => ({
      seq: r.seq,
      eventId: r.event_id,
      eventType: r.event_type,
      action: r.action,
      actorType: r.actor_type,
      actorId: r.actor_id,
      entityType: r.entity_type,
      entityId: r.entity_id,
      amount: r.amount,
      currency: r.currency,
      correlationId: r.correlation_id,
      occurredAt: new Date(r.occurred_at),
      hash: r.hash,
      eventFrom: r.event_from,
      eventTo: r.event_to,
      eventChange: r.event_change,
      eventReason: r.event_reason,
      settingEvent: r.setting_event,
    }));
  },
};
