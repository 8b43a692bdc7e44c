import type { EventActor, EventEnvelope } from '@ziba/contracts';
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
    correlationId: e.correlationId ?? null,
    causationId: e.causationId ?? null,
    actor: e.actor ?? null,
    data: e.data,
  };
}
