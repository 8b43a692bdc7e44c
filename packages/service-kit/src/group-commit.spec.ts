import { describe, expect, it } from '@jest/globals';
import { currentCorrelationId, withCallContext } from './call-context.ts';
import { GroupCommit, type Waiting } from './group-commit.ts';

const call = (correlationId: string) => ({ caller: 'gateway', actor: null, correlationId, requestKey: null });

/** A writer whose first batch stays open until released, so what arrives meanwhile queues. */
function gatedWriter(options: {
  inFlight?: number;
  heldKeys?: (r: { id: string; key: string }) => string[];
  batchKeys?: (r: { id: string; key: string }) => string[];
}) {
  const batches: string[][] = [];
  const contexts: Array<string | null> = [];
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const writer = new GroupCommit<{ id: string; key: string }, string>(
    async (batch: Array<Waiting<{ id: string; key: string }, string>>) => {
      batches.push(batch.map((w) => w.id));
      contexts.push(currentCorrelationId());
      if (batches.length === 1) await gate;
      for (const w of batch) w.resolve(w.id);
    },
    { maxBatch: 10, inFlight: 1, ...options },
  );
  return { writer, batches, contexts, release };
}

describe('GroupCommit', () => {
  it('writes what arrives while a batch is writing together, in none of the callers’ contexts', async () => {
    const { writer, batches, contexts, release } = gatedWriter({});
    const answers = ['a', 'b', 'c'].map((id) => withCallContext(call(`request-${id}`), () => writer.submit({ id, key: id })));
    release();
    expect(await Promise.all(answers)).toEqual(['a', 'b', 'c']);
    expect(batches).toEqual([['a'], ['b', 'c']]);
    expect(contexts).toEqual([null, null]);
  });

  it('keeps a held key out of any batch while another with it is being written', async () => {
    // Two in flight: the other key's request goes beside the gated batch, the held one waits for it.
    const { writer, batches, release } = gatedWriter({ inFlight: 2, heldKeys: (r) => [r.key] });
    const answers = [writer.submit({ id: 'a', key: 'k' }), writer.submit({ id: 'b', key: 'k' }), writer.submit({ id: 'c', key: 'other' })];
    await new Promise((resolve) => setImmediate(resolve));
    release();
    await Promise.all(answers);
    expect(batches).toEqual([['a'], ['c'], ['b']]);
  });

  it('keeps a batch key out of the batch being formed only', async () => {
    const { writer, batches, release } = gatedWriter({ batchKeys: (r) => [r.key] });
    const answers = [
      writer.submit({ id: 'a', key: 'k' }),
      writer.submit({ id: 'b', key: 'k' }),
      writer.submit({ id: 'c', key: 'k' }),
      writer.submit({ id: 'd', key: 'x' }),
    ];
    await new Promise((resolve) => setImmediate(resolve));
    release();
    await Promise.all(answers);
    expect(batches).toEqual([['a'], ['b', 'd'], ['c']]);
  });

  it('answers every request of a batch whose write throws with its error', async () => {
    const writer = new GroupCommit<{ id: string }, string>(
      async () => {
        throw new Error('lost the connection');
      },
      { maxBatch: 10, inFlight: 1 },
    );
    await expect(writer.submit({ id: 'a' })).rejects.toThrow('lost the connection');
  });
});
