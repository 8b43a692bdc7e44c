import { deadLetterQueueOf } from '@ziba/messaging';
import { EXAMPLES, rows, SERVICES, type Invariant, type QueueReader } from './invariant.ts';

// Events (packages/messaging): every service's outbox is relayed to the broker, every consumer has
// taken what was published to it, and no consumer gave up on an event (its dead-letter queue,
// `<queue>.dead`, is empty). An outbox counts events, a queue messages (each holds a relay pass's
// events); the examples name where they are.

async function queueDepths(broker: QueueReader, queues: readonly string[], what: string) {
  let violations = 0;
  const examples: string[] = [];
  for (const queue of queues) {
    const depth = await broker.depth(queue);
    if (depth === null) {
      violations++;
      examples.push(`${queue}: no such queue`);
    } else if (depth > 0) {
      violations += depth;
      examples.push(`${queue}: ${depth} ${what}`);
    }
  }
  return { violations, checked: queues.length, examples: examples.slice(0, EXAMPLES) };
}

export const outboxesDrained: Invariant = {
  name: 'events: every outbox is drained',
  needs: [],
  async check({ present }) {
    let violations = 0;
    let checked = 0;
    const examples: string[] = [];
    for (const service of SERVICES) {
      const db = present[service];
      if (!db) continue;
      checked++;
      const [{ n }] = (await rows<{ n: number }>(db, 'select count(*)::int as n from outbox_event where published_at is null')) as [{ n: number }];
      violations += n;
      if (n > 0) examples.push(`${service}: ${n} events not yet published`);
    }
    return { violations, checked, examples };
  },
};

export const consumerQueuesDrained: Invariant = {
  name: 'events: every consumer queue is drained',
  needs: [],
  needsBroker: true,
  check: ({ broker }) => queueDepths(broker!, broker!.queues, 'messages waiting'),
};

export const nothingDeadLettered: Invariant = {
  name: 'events: no dead-lettered event',
  needs: [],
  needsBroker: true,
  check: ({ broker }) => queueDepths(broker!, broker!.queues.map(deadLetterQueueOf), 'dead-lettered messages'),
};

export const messagingInvariants: readonly Invariant[] = [outboxesDrained, consumerQueuesDrained, nothingDeadLettered];
