import type { EventEnvelope } from '@ziba/contracts';
import { traceHeaders } from '@ziba/service-kit';
import { buildEnvelope, type NewEvent } from './envelope.ts';
import type { SqlExecutor } from './sql.ts';

/** DDL for a service's outbox and inbox tables; each service's first migration includes it. */
export const MESSAGING_DDL = `
create table outbox_event (
  seq bigint generated always as identity primary key,
  id uuid not null unique,
  routing_key text not null,
  envelope jsonb not null,
  headers jsonb not null default '{}',
  created_at timestamptz not null default now(),
  published_at timestamptz,
  attempts int not null default 0,
  next_attempt_at timestamptz not null default now(),
  last_error text
);
create index outbox_event_unpublished_idx on outbox_event (seq) where published_at is null;

create table inbox_event (
  consumer text not null,
  event_id uuid not null,
  event_type text not null,
  processed_at timestamptz not null default now(),
  primary key (consumer, event_id)
);
`;

/**
 * Writes an event into the outbox in the caller's transaction: it is published if and only if the
 * change it describes commits. The active trace context goes with it, so consumers join the trace.
 */
export async function enqueueEvent<T>(em: SqlExecutor, source: string, event: NewEvent<T>, headers: Record<string, string> = {}): Promise<EventEnvelope<T>> {
  const envelope = buildEnvelope(source, event);
  await em.execute('insert into outbox_event (id, routing_key, envelope, headers) values (?, ?, ?, ?)', [envelope.id, envelope.type, envelope, { ...traceHeaders(), ...headers }], 'run');
  return envelope;
}
