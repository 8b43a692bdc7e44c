import type { SqlExecutor } from '@ziba/messaging';
import { requireSequenceCursor } from '@ziba/service-kit';
import { AppError } from '@ziba/service-kit/errors';
import { settingChangesOf } from '../domain/setting-change.ts';
import { stateChangeOf } from '../domain/state-change.ts';
import { AuditRecordRepository } from '../persistence/audit-record.repository.ts';
import { NotificationRepository } from '../persistence/notification.repository.ts';

const time = (field: string, v: string) => {
  if (v && Number.isNaN(Date.parse(v))) throw new AppError('INVALID', 'INVALID_ARGUMENT', `${field} must be an ISO time`);
  return v || null;
};

/** A state change as the message carries it: empty strings when the record changed no status. */
const stateWords = (change: { from: string; to: string } | null) => ({ fromState: change?.from ?? '', toState: change?.to ?? '' });

/** Newest first, keyset-paginated by sequence. */
export async function listAuditRecords(
  em: SqlExecutor,
  f: { entityType: string; entityId: string; actorId: string; action: string; from: string; to: string; pageSize: number; cursor: string },
) {
  if (f.cursor) requireSequenceCursor(f.cursor);
  const limit = Math.min(Math.max(f.pageSize || 50, 1), 1000);
  const rows = await AuditRecordRepository.list(
    em,
    {
      entityType: f.entityType,
      entityId: f.entityId,
      actorId: f.actorId,
      action: f.action,
      from: time('from', f.from),
      to: time('to', f.to),
      before: f.cursor || null,
    },
    limit + 1,
  );
  const shown = rows.slice(0, limit);
  return {
    records: shown.map((r) => ({
      ...stateWords(stateChangeOf(r.eventType, r.eventFrom, r.eventTo, r.eventChange)),
      seq: r.seq,
      eventId: r.eventId,
      eventType: r.eventType,
      action: r.action,
      actorType: r.actorType ?? '',
      actorId: r.actorId ?? '',
      entityType: r.entityType,
      entityId: r.entityId,
      amount: r.amount !== null && r.currency ? { amount: r.amount, currency: r.currency.trim() } : null,
      correlationId: r.correlationId ?? '',
      occurredAt: r.occurredAt.toISOString(),
      hash: r.hash,
      changes: settingChangesOf(r.eventType, r.settingEvent),
      reason: r.eventReason ?? '',
    })),
    page: { nextCursor: rows.length > limit ? shown[shown.length - 1]!.seq : '' },
  };
}

/** An owner's notifications, newest first. */
export async function listNotifications(em: SqlExecutor, ownerId: string, pageSize: number, cursor: string) {
  if (cursor) requireSequenceCursor(cursor);
  const limit = Math.min(Math.max(pageSize || 20, 1), 100);
  const rows = await NotificationRepository.ofOwner(em, ownerId, cursor || null, limit + 1);
  const shown = rows.slice(0, limit);
  return {
    notifications: shown.map((r) => ({
      id: r.id,
      kind: r.kind,
      amount: r.amount === null || r.currency === null ? null : { amount: r.amount, currency: r.currency },
      reference: r.reference,
      createdAt: r.createdAt.toISOString(),
    })),
    page: { nextCursor: rows.length > limit ? shown[shown.length - 1]!.id : '' },
  };
}
