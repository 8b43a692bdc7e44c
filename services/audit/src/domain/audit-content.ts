import type { EventEnvelope } from '@ziba/contracts';
import { auditFacts } from './audit-action.ts';

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

export type AuditContent = ReturnType<typeof recordContent>;
