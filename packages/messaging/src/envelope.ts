import type { EventActor, EventEnvelope } from '@ziba/contracts';
import { currentCorrelationId } from '@ziba/service-kit';
import { randomUUID } from 'node:crypto';

export interface NewEvent<T> {
  type: string;
  aggregateType: string;
  aggregateId: string;
  data: T;
  actor?: EventActor | null;
  correlationId?: string | null;
  causationId?: string | null;
}

export function buildEnvelope<T>(source: string, e: NewEvent<T>): EventEnvelope<T> {
  return {
    id: randomUUID(),
    type: e.type,
    source,
    aggregateType: e.aggregateType,
    aggregateId: e.aggregateId,
    occurredAt: new Date().toISOString(),
    // A handler's events name the request it serves unless the event says (null: none, as the
    // ledger's batches say for an entry whose call had none).
    correlationId: e.correlationId !== undefined ? e.correlationId : currentCorrelationId(),
    causationId: e.causationId ?? null,
    // Null: not known here. A step no user or admin asked for says so itself (SYSTEM and its service).
    actor: e.actor ?? null,
    data: e.data,
  };
}
