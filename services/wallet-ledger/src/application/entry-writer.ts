import { GroupCommit, type Waiting } from '@ziba/service-kit';
import type { EntryResult, PostCommand } from './post-entry.ts';

/** An entry asked for, with what was known of it when it was asked. */
export interface EntrySubmission {
  cmd: PostCommand;
  requestHash: string;
  traceHeaders: Record<string, string>;
}

/** A command waiting for its batch. */
export type PendingEntry = Waiting<EntrySubmission, EntryResult>;

/**
 * Group commit for the ledger (GroupCommit). An entry waits for a later batch while its idempotency
 * key is in the batch being formed or in one being written (it then finds the first one's stored
 * result), and while a hold it uses is in the batch being formed (its draft is sized from the hold as
 * stored, so it must see the other's commit). Holds in batches being written need nothing: their row
 * locks make the next batch wait and read them.
 */
export const entryWriter = (write: (batch: PendingEntry[]) => Promise<void>, options: { maxBatch: number; inFlight: number }) =>
  new GroupCommit<EntrySubmission, EntryResult>(write, {
    ...options,
    heldKeys: (s) => [s.cmd.idempotencyKey],
    batchKeys: (s) => s.cmd.holdIds ?? [],
  });

export type EntryWriter = ReturnType<typeof entryWriter>;
