import type { SqlExecutor } from '@ziba/messaging';
import type { Notification } from '../domain/notifications.ts';

export interface StoredNotification {
  id: string;
  kind: string;
  amount: string;
  currency: string;
  reference: string;
  createdAt: Date;
}

/** Notifications to earners, one per (event, owner, kind). */
export const NotificationRepository = {
  /** Writes it unless the event already gave this owner a notification of this kind. */
  async insert(em: SqlExecutor, n: Notification, eventId: string): Promise<void> {
    await em.execute(
      'insert into notification (owner_id, kind, amount, currency, reference, event_id) values (?, ?, ?, ?, ?, ?) on conflict do nothing',
      [n.ownerId, n.kind, n.amount, n.currency, n.reference, eventId],
      'run',
    );
  },

  /** An owner's notifications, newest first, before the id `before` (or the newest when null). */
  async ofOwner(em: SqlExecutor, ownerId: string, before: string | null, limit: number): Promise<StoredNotification[]> {
    const rows = await em.execute<Array<{ id: string; kind: string; amount: string; currency: string; reference: string; created_at: Date }>>(
      `select id::text, kind, amount::text, currency, reference, created_at from notification
        where owner_id = ? and (?::bigint is null or id < ?::bigint) order by notification.id desc limit ?`,
      [ownerId, before, before, limit],
    );
    return rows.map((r) => ({ id: r.id, kind: r.kind, amount: r.amount, currency: r.currency, reference: r.reference, createdAt: new Date(r.created_at) }));
  },
};
