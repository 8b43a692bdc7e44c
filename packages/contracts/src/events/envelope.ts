/** Every domain event travels in this envelope; `type` is versioned and is the routing key. */
export interface EventEnvelope<T = unknown> {
  id: string;
  type: string;
  source: string;
  aggregateType: string;
  aggregateId: string;
  occurredAt: string;
  correlationId: string | null;
  causationId: string | null;
  actor: EventActor | null;
  data: T;
}

export interface EventActor {
  type: 'USER' | 'ADMIN' | 'SYSTEM';
  id: string;
}
