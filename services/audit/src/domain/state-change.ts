/** The events whose data says an entity moved from one status to another (their `from` and `to`). */
const STATE_CHANGES = new Set(['payout.status-changed.v1', 'trip.status-changed.v1']);

/**
 * What a record changed, when its event is a status change: from which status (empty for a first
 * one) to which. Read from the event the record holds, so the trail says what changed without a
 * reader opening the entity. Null for every other event.
 */
export function stateChangeOf(eventType: string, from: string | null, to: string | null): { from: string; to: string } | null {
  if (!STATE_CHANGES.has(eventType) || !to) return null;
  return { from: from ?? '', to };
}
