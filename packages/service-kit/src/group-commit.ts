import { outsideCallContext } from './call-context.ts';

/** A request waiting for its batch: what was asked, and how to answer it. */
export type Waiting<T, R> = T & { resolve(result: R): void; reject(err: unknown): void };

export interface GroupCommitOptions<T> {
  /** Most requests written by one transaction. */
  maxBatch: number;
  /** Transactions writing at once; more requests wait and go together in the next. */
  inFlight: number;
  /**
   * Keys a request shares with no other in its batch nor with a batch being written (an
   * idempotency key: a repeat must find the first one's stored result, so it waits for its commit).
   */
  heldKeys?(request: T): readonly string[];
  /**
   * Keys a request shares with no other in its batch only (a row the batch reads before it locks
   * it: a batch being written holds its row locks, so the next one waits for them and reads after).
   */
  batchKeys?(request: T): readonly string[];
}

/**
 * Group commit. Requests that arrive while `inFlight` transactions are already writing queue up and
 * are written together by the next one: one lock statement, one write statement and one commit for
 * many requests, where each alone would pay all three. A lone request goes at once, so an idle
 * service adds no latency. `write` answers every request of its batch itself (resolve or reject);
 * if it throws instead, every request it did not answer gets that error.
 */
export class GroupCommit<T extends object, R> {
  private queue: Array<Waiting<T, R>> = [];
  private running = 0;
  private readonly keysBeingWritten = new Set<string>();
  private readonly write: (batch: Array<Waiting<T, R>>) => Promise<void>;
  private readonly options: GroupCommitOptions<T>;

  constructor(write: (batch: Array<Waiting<T, R>>) => Promise<void>, options: GroupCommitOptions<T>) {
    this.write = write;
    this.options = options;
  }

  submit(request: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ ...request, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.running < this.options.inFlight && this.queue.length > 0) {
      const batch = this.take();
      if (batch.length === 0) return; // everything waiting shares a key with a batch being written
      const keys = batch.flatMap((w) => this.options.heldKeys?.(w) ?? []);
      for (const key of keys) this.keysBeingWritten.add(key);
      this.running++;
      // A batch holds several calls' requests: it runs in none of their contexts (each request
      // carries what it needs of its own), and what it chains (the next pump) neither. A write
      // that throws is a bug, and must not strand the requests it did not answer.
      outsideCallContext(() => this.write(batch))
        .catch((err: unknown) => batch.forEach((w) => w.reject(err)))
        .finally(() => {
          for (const key of keys) this.keysBeingWritten.delete(key);
          this.running--;
          this.pump();
        });
    }
  }

  private take(): Array<Waiting<T, R>> {
    const batch: Array<Waiting<T, R>> = [];
    const later: Array<Waiting<T, R>> = [];
    const held = new Set<string>();
    const inBatch = new Set<string>();
    for (const w of this.queue) {
      const heldKeys = this.options.heldKeys?.(w) ?? [];
      const batchKeys = this.options.batchKeys?.(w) ?? [];
      const free = !heldKeys.some((k) => held.has(k) || this.keysBeingWritten.has(k)) && !batchKeys.some((k) => inBatch.has(k));
      if (batch.length < this.options.maxBatch && free) {
        for (const k of heldKeys) held.add(k);
        for (const k of batchKeys) inBatch.add(k);
        batch.push(w);
      } else later.push(w);
    }
    this.queue = later;
    return batch;
  }
}
