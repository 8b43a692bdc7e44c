import { describe, expect, it } from '@jest/globals';
import { currentCorrelationId, withCallContext } from '@ziba/service-kit';
import type { PostCommand } from './post-entry.ts';
import { EntryWriter, type PendingEntry } from './entry-writer.ts';

const call = (correlationId: string) => ({ caller: 'gateway', actor: null, correlationId, requestKey: null });
const entry = (key: string) => ({ cmd: { idempotencyKey: key } as PostCommand, requestHash: key, traceHeaders: {} });

describe('EntryWriter', () => {
  it('writes a batch of several calls in none of their contexts, so nothing it writes names the call that started it', async () => {
    const seen: Array<string | null> = [];
    let release!: () => void;
    const first = new Promise<void>((resolve) => (release = resolve));
    const writer = new EntryWriter(
      async (batch: PendingEntry[]) => {
        seen.push(currentCorrelationId());
        // The first batch is still writing while the others queue, so they go together after it.
        if (seen.length === 1) await first;
        for (const p of batch) p.resolve({ key: p.cmd.idempotencyKey } as never);
      },
      { maxBatch: 10, inFlight: 1 },
    );
    const a = withCallContext(call('request-a'), () => writer.submit(entry('a')));
    const b = withCallContext(call('request-b'), () => writer.submit(entry('b')));
    const c = withCallContext(call('request-c'), () => writer.submit(entry('c')));
    release();
    await Promise.all([a, b, c]);
    expect(seen).toEqual([null, null]);
  });
});
