/** The events whose data says an entity moved from one status to another (their `from` and `to`). */
const STATE_CHANGES = new Set(['payout.status-changed.v1', 'trip.status-changed.v1', 'payout.method-changed.v1']);
/** The events that name their change (a user's BLOCKED, DRIVER_SUSPENDED...; an admin's ADMIN_CREATED, PERMISSIONS_CHANGED, SIGN_INS_ENDED, TOKENS_ENDED) instead of two statuses. */
const NAMED_CHANGES = new Set(['identity.user-status-changed.v1', 'identity.admin-access-changed.v1']);

/**
 * What a record changed, when its event is a status change: from which status (empty for a first
 * one) to which. Read from the event the record holds, so the trail says what changed without a
 * reader opening the entity. Null for every other event.
 */
export function stateChangeOf(eventType: string, from: string | null, to: string | null, change: string | null = null): { from: string; to: string } | null {
  if (NAMED_CHANGES.has(eventType)) return change ? { from: '', to: change } : null;
  if (!STATE_CHANGES.has(eventType) || !to) return null;
  return { from: from ?? '', to };
}
