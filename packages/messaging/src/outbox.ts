import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { EventEnvelope } from '@ziba/contracts';
import { eventTraceHeaders } from '@ziba/service-kit';
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

/** One of the caller's own writes (an insert or an update, `?` placeholders) run with an outbox insert, as a `with` part of its statement. */
export interface SqlPart {
  sql: string;
  params: unknown[];
}

/**
 * Writes an event into the outbox in the caller's transaction: it is published if and only if the
 * change it describes commits. The active trace context goes with it, so consumers join the trace.
 * It also asks for the outbox relay to be woken once that transaction commits (see
 * `wakeRelayAfterCommit`), so the event leaves without waiting for the relay's next poll and no
 * caller wakes anything by hand.
 */
export async function enqueueEvent<T>(em: SqlExecutor, source: string, event: NewEvent<T>): Promise<EventEnvelope<T>> {
  const [envelope] = await enqueueEvents(em, source, [event]);
  return envelope as EventEnvelope<T>;
}

/**
 * Writes several events, and the caller's own writes they describe (`alongside`), in one statement:
 * one round trip where each would be its own (a trip's step is its update, its transition row and
 * its events). Every part of a statement runs, or the statement fails whole; as with enqueueEvent,
 * the events leave only if the transaction commits. What PostgreSQL asks of such a statement:
 * - its parts run on one snapshot and do not see each other's writes;
 * - no row may be changed by two parts (which change would win is not defined): a row changed
 *   twice needs two statements;
 * - every `?` in a part's SQL is a placeholder (MikroORM fills them in), so jsonb's `?` operators
 *   are out; a `?` in a parameter's value is only data.
 */
export async function enqueueEvents(
  em: SqlExecutor,
  source: string,
  events: ReadonlyArray<NewEvent<unknown>>,
  alongside: readonly SqlPart[] = [],
): Promise<EventEnvelope<unknown>[]> {
  const rows = outboxRowsOf(source, events);
  await enqueueOutboxRows(em, rows, alongside);
  return rows.map((r) => r.envelope);
}

/** An event as its outbox row holds it: the envelope, and the trace context it was written in. */
export interface OutboxRow {
  envelope: EventEnvelope<unknown>;
  headers: Record<string, string>;
}

/**
 * The outbox rows of events, built in the context they are asked in (its request's correlation id
 * and trace): a batch writing several requests' events builds each request's in its own context
 * and writes them all with enqueueOutboxRows.
 */
export function outboxRowsOf(source: string, events: ReadonlyArray<NewEvent<unknown>>): OutboxRow[] {
  const headers = eventTraceHeaders();
  return events.map((e) => ({ envelope: buildEnvelope(source, e), headers }));
}

/** enqueueEvents for rows already built (outboxRowsOf): the caller's writes and the rows in one statement. */
export async function enqueueOutboxRows(em: SqlExecutor, rows: readonly OutboxRow[], alongside: readonly SqlPart[] = []): Promise<void> {
  if (rows.length === 0) throw new Error('enqueueEvents needs at least one event');
  const withParts = alongside.length ? `with ${alongside.map((part, i) => `w${i} as (${part.sql})`).join(', ')} ` : '';
  await em.execute(
    `${withParts}insert into outbox_event (id, routing_key, envelope, headers) values ${rows.map(() => '(?, ?, ?, ?)').join(', ')}`,
    [...alongside.flatMap((part) => part.params), ...rows.flatMap((r) => [r.envelope.id, r.envelope.type, r.envelope, r.headers])],
    'run',
  );
  wakeRelayAfterCommit(em);
}

/** The wakes of the outbox relays started on an ORM (startMessaging), by its configuration, which every fork of its EntityManager shares. */
const relayWakes = new WeakMap<object, Set<() => void>>();

/** Wakes `wake` after every commit of this ORM's transactions that enqueued an event; returns the function that stops it. */
export function wakeRelayOnCommits(orm: MikroORM, wake: () => void): () => void {
  const wakes = relayWakes.get(orm.config) ?? new Set<() => void>();
  relayWakes.set(orm.config, wakes.add(wake));
  return () => void wakes.delete(wake);
}

/** The per-transaction event managers that already carry the wake (one per transaction, however many events). */
const armed = new WeakSet<object>();

/**
 * The after-commit hook of the transaction `em` works in: MikroORM gives each transaction's fork an
 * event manager of its own, so a subscriber registered there runs once, after that commit, and never
 * after a rollback. An EntityManager outside a transaction has already committed the row: the relay
 * is woken at once. An executor that is no EntityManager (a test's) wakes nothing.
 */
function wakeRelayAfterCommit(executor: SqlExecutor): void {
  const em = executor as Partial<EntityManager>;
  if (typeof em.getEventManager !== 'function' || !em.config) return;
  const wakes = relayWakes.get(em.config);
  if (!wakes?.size) return;
  const wake = () => {
    for (const w of wakes) w();
  };
  // The global EntityManager shares its event manager with every fork after it: never subscribe there.
  if (!em.isInTransaction!() || em.global) return wake();
  const events = em.getEventManager();
  if (armed.has(events)) return;
  armed.add(events);
  events.registerSubscriber({ afterTransactionCommit: async () => wake() });
}
