import type { SqlExecutor } from '@ziba/messaging';
import { requireSequenceCursor } from '@ziba/service-kit';
import { AppError } from '@ziba/service-kit/errors';

interface Row {
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
}

const time = (field: string, v: string) => {
  if (v && Number.isNaN(Date.parse(v))) throw new AppError('INVALID', 'INVALID_ARGUMENT', `${field} must be an ISO time`);
  return v || null;
};

/**
 * Newest first, keyset-paginated by sequence. Each filter meets an index: (entity_type, entity_id,
 * seq), (actor_id, seq), (action, seq), (occurred_at, seq).
 */
export async function listAuditRecords(
  em: SqlExecutor,
  f: { entityType: string; entityId: string; actorId: string; action: string; from: string; to: string; pageSize: number; cursor: string },
) {
  if (f.cursor) requireSequenceCursor(f.cursor);
  const limit = Math.min(Math.max(f.pageSize || 50, 1), 1000);
  const rows = await em.execute<Row[]>(
    `select seq::text, event_id, event_type, action, actor_type, actor_id, entity_type, entity_id, amount::text, currency, correlation_id, occurred_at, hash
       from audit_record
      where (? = '' or entity_type = ?) and (? = '' or entity_id = ?) and (? = '' or actor_id = ?) and (? = '' or action = ?)
        and (?::timestamptz is null or occurred_at >= ?::timestamptz) and (?::timestamptz is null or occurred_at < ?::timestamptz)
        and (?::bigint is null or seq < ?::bigint)
      order by audit_record.seq desc limit ?`,
    [
      f.entityType,
      f.entityType,
      f.entityId,
      f.entityId,
      f.actorId,
      f.actorId,
      f.action,
      f.action,
      time('from', f.from),
      time('from', f.from),
      time('to', f.to),
      time('to', f.to),
      f.cursor || null,
      f.cursor || null,
      limit + 1,
    ],
  );
  const shown = rows.slice(0, limit);
  return {
    records: shown.map((r) => ({
      seq: r.seq,
      eventId: r.event_id,
      eventType: r.event_type,
      action: r.action,
      actorType: r.actor_type ?? '',
      actorId: r.actor_id ?? '',
      entityType: r.entity_type,
      entityId: r.entity_id,
      amount: r.amount !== null && r.currency ? { amount: r.amount, currency: r.currency.trim() } : null,
      correlationId: r.correlation_id ?? '',
      occurredAt: new Date(r.occurred_at).toISOString(),
      hash: r.hash,
    })),
    page: { nextCursor: rows.length > limit ? shown[shown.length - 1]!.seq : '' },
  };
}

/** An owner's notifications, newest first. */
export async function listNotifications(em: SqlExecutor, ownerId: string, pageSize: number, cursor: string) {
  if (cursor) requireSequenceCursor(cursor);
  const limit = Math.min(Math.max(pageSize || 20, 1), 100);
  const rows = await em.execute<Array<{ id: string; kind: string; amount: string; currency: string; reference: string; created_at: Date }>>(
    `select id::text, kind, amount::text, currency, reference, created_at from notification
      where owner_id = ? and (?::bigint is null or id < ?::bigint) order by notification.id desc limit ?`,
    [ownerId, cursor || null, cursor || null, limit + 1],
  );
  const shown = rows.slice(0, limit);
  return {
    notifications: shown.map((r) => ({
      id: r.id,
      kind: r.kind,
      amount: { amount: r.amount, currency: r.currency.trim() },
      reference: r.reference,
      createdAt: new Date(r.created_at).toISOString(),
    })),
    page: { nextCursor: rows.length > limit ? shown[shown.length - 1]!.id : '' },
  };
}
