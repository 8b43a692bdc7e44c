import type pg from 'pg';

/** What one invariant found: how many things it looked at, how many break it, and a few of them. */
export interface InvariantResult {
  name: string;
  violations: number;
  checked: number;
  /** Up to a few offending ids or values, for the person reading the report. */
  examples: string[];
  /** Set when the invariant could not be checked (no database or broker given for it). */
  skipped?: string;
}

/** The services' databases, each read in one repeatable-read snapshot, by service name. */
export interface Snapshots {
  identity?: pg.ClientBase;
  'wallet-ledger'?: pg.ClientBase;
  'trip-settlement'?: pg.ClientBase;
  payout?: pg.ClientBase;
  audit?: pg.ClientBase;
}

export type ServiceName = keyof Snapshots;
export const SERVICES: readonly ServiceName[] = ['identity', 'trip-settlement', 'payout', 'wallet-ledger', 'audit'];

/** The broker's side: how many messages wait in a queue (null: the queue does not exist). */
export interface QueueReader {
  /** The consumers' queues of the stack, e.g. `audit-ziba.events`; their dead-letter queues are `<queue>.dead`. */
  queues: readonly string[];
  depth(queue: string): Promise<number | null>;
}

export interface CheckInput {
  /** The databases the invariant said it needs (the runner skips it when one is missing). */
  db: Required<Snapshots>;
  /** Every database given, for invariants that look at whichever services there are. */
  present: Snapshots;
  broker: QueueReader | null;
}

/** One invariant: a name that says what must hold, and what it needs to be checked. */
export interface Invariant {
  name: string;
  needs: readonly ServiceName[];
  needsBroker?: boolean;
  check(input: CheckInput): Promise<Omit<InvariantResult, 'name'>>;
}

export const EXAMPLES = 5;

/** A result from a list of offenders and how many things were looked at. */
export const found = (offenders: readonly string[], checked: number): Omit<InvariantResult, 'name'> => ({
  violations: offenders.length,
  checked,
  examples: offenders.slice(0, EXAMPLES),
});

/** Rows of a query, typed. */
export async function rows<T>(db: pg.ClientBase, text: string, params: unknown[] = []): Promise<T[]> {
  return (await db.query(text, params)).rows as T[];
}

/** Counts of keys, for comparing what one service did with what another recorded. */
export class Tally {
  private readonly counts = new Map<string, number>();
  add(key: string, n = 1): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + n);
  }
  get(key: string): number {
    return this.counts.get(key) ?? 0;
  }
  keys(): IterableIterator<string> {
    return this.counts.keys();
  }
  get size(): number {
    return this.counts.size;
  }
}
