import type { SqlExecutor } from '@ziba/messaging';
import type { Notification } from '../domain/notifications.ts';

/**
 * News without money is stored as 0 of ISO 4217's "no currency", XXX: the columns stay not null, so
 * the release before this one (which reads every row as money) still reads it during a rolling deploy
 * or after a rollback.
 */
const NO_CURRENCY = 'XXX';

export interface StoredNotification {
  id: string;
  kind: string;
  /** Null, with currency, for news that moves no money. */
  amount: string | null;
  currency: string | null;
  reference: string;
  createdAt: Date;
}

/** Notifications to users, one per (event, owner, kind). */
export const NotificationRepository = {
  /** Writes them, each unless its event already gave its owner a notification of its kind. */
  async insertMany(em: SqlExecutor, notifications: ReadonlyArray<Notification & { eventId: string }>): Promise<void> {
    if (notifications.length === 0) return;
    await em.execute(
      `insert into notification (owner_id, kind, amount, currency, reference, event_id)
       select n.owner_id, n.kind, n.amount, n.currency, n.reference, n.event_id
         from jsonb_to_recordset(?::jsonb) as n(i int, owner_id text, kind text, amount bigint, currency text, reference text, event_id uuid)
        order by n.i
       on conflict do nothing`,
      [
        JSON.stringify(
          notifications.map((n, i) => ({
            i,
            owner_id: n.ownerId,
            kind: n.kind,
            amount: n.amount ?? '0',
            currency: n.currency ?? NO_CURRENCY,
            reference: n.reference,
            event_id: n.eventId,
          })),
        ),
      ],
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
    return rows.map((r) => {
      const money = r.currency.trim() !== NO_CURRENCY;
      return {
        id: r.id,
        kind: r.kind,
        amount: money ? r.amount : null,
        currency: money ? r.currency.trim() : null,
        reference: r.reference,
        createdAt: new Date(r.created_at),
      };
    });
  },
};
