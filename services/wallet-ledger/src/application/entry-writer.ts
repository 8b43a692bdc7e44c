import { outsideCallContext } from '@ziba/service-kit';
import type { EntryResult, PostCommand } from './post-entry.ts';

/** A command waiting for its batch, with what was known of it when it was asked. */
export interface PendingEntry {
  cmd: PostCommand;
  requestHash: string;
  traceHeaders: Record<string, string>;
  resolve(result: EntryResult): void;
  reject(err: unknown): void;
}

export interface EntryWriterOptions {
  /** Most entries written by one transaction. */
  maxBatch: number;
  /** Transactions writing at once; more entries wait and go together in the next. */
  inFlight: number;
}

/**
 * Group commit for the ledger. Entries asked for while `inFlight` transactions are already writing
 * queue up and are written together by the next one: one lock statement, one write statement and
 * one commit for many entries, where each of them alone would pay all three. A lone entry goes at
 * once, so an idle ledger adds no latency.
 *
 * An entry waits for a later batch while its idempotency key is in the batch being formed or in one
 * being written (it then finds the first one's stored result), and while a hold it uses is in the
 * batch being formed (its draft is sized from the hold as stored, so it must see the other's commit).
 * Holds in batches being written need nothing: their row locks make the next batch wait and read them.
 */
export class EntryWriter {
  private queue: PendingEntry[] = [];
  private running = 0;
  private readonly keysBeingWritten = new Set<string>();
  private readonly write: (batch: PendingEntry[]) => Promise<void>;
  private readonly options: EntryWriterOptions;

  constructor(write: (batch: PendingEntry[]) => Promise<void>, options: EntryWriterOptions) {
    this.write = write;
    this.options = options;
  }

  submit(entry: Omit<PendingEntry, 'resolve' | 'reject'>): Promise<EntryResult> {
    return new Promise<EntryResult>((resolve, reject) => {
      this.queue.push({ ...entry, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.running < this.options.inFlight && this.queue.length > 0) {
      const batch = this.take();
      if (batch.length === 0) return; // everything waiting shares a key with a batch being written
      const keys = batch.map((p) => p.cmd.idempotencyKey);
      for (const key of keys) this.keysBeingWritten.add(key);
      this.running++;
      // writeBatch settles every entry itself; a failure here is a bug, and must not strand them. A
      // batch holds several calls' entries: it runs in none of their contexts (each entry names its own
      // correlation id), and what it chains (the next pump) neither.
      outsideCallContext(() => this.write(batch))
        .catch((err: unknown) => batch.forEach((p) => p.reject(err)))
        .finally(() => {
          for (const key of keys) this.keysBeingWritten.delete(key);
          this.running--;
          this.pump();
        });
    }
  }

  private take(): PendingEntry[] {
    const batch: PendingEntry[] = [];
    const later: PendingEntry[] = [];
    const keys = new Set<string>();
    const holds = new Set<string>();
    for (const p of this.queue) {
      const key = p.cmd.idempotencyKey;
      const holdIds = p.cmd.holdIds ?? [];
      const free = !keys.has(key) && !this.keysBeingWritten.has(key) && !holdIds.some((h) => holds.has(h));
      if (batch.length < this.options.maxBatch && free) {
        keys.add(key);
        for (const h of holdIds) holds.add(h);
        batch.push(p);
      } else later.push(p);
    }
    this.queue = later;
    return batch;
  }
}
