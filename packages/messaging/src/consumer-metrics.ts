import type { EventEnvelope } from '@ziba/contracts';
import { counter, gauge, histogram, withScrapeTimeout } from '@ziba/service-kit';
import type { Channel, ChannelModel, ConsumeMessage } from 'amqplib';
import type { Broker } from './broker.ts';
import { DEFAULT_DELIVERY_LIMIT } from './topology.ts';

export type ConsumerOutcome = 'processed' | 'duplicate' | 'failed' | 'dead_lettered';

const events = counter({ name: 'consumer_events_total', help: 'Deliveries handled by an inbox consumer, by outcome', labelNames: ['consumer', 'outcome'] });
const lag = histogram({
  name: 'consumer_event_lag_seconds',
  help: 'Time from an event occurring to its consumer processing it',
  labelNames: ['consumer'],
  buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600],
});

/** Counts a delivery that ended; a first-time processing also observes the event's lag. */
export function recordDelivery(consumer: string, outcome: ConsumerOutcome, event?: EventEnvelope): void {
  events.inc({ consumer, outcome });
  if (outcome !== 'processed' || !event) return;
  const occurred = Date.parse(event.occurredAt);
  // Clocks of different hosts disagree a little; a negative lag is reported as none.
  if (Number.isFinite(occurred)) lag.observe({ consumer }, Math.max(0, (Date.now() - occurred) / 1000));
}

/**
 * Counts a failed handling: the queue redelivers it until its delivery limit, then dead-letters
 * it. x-delivery-count is the number of earlier failed deliveries, so this failure is the last
 * one when it brings the count past the limit.
 */
export function recordFailedDelivery(consumer: string, msg: ConsumeMessage, deliveryLimit = DEFAULT_DELIVERY_LIMIT): void {
  const earlier = Number(msg.properties.headers?.['x-delivery-count'] ?? 0);
  recordDelivery(consumer, earlier + 1 > deliveryLimit ? 'dead_lettered' : 'failed');
}

/** A separate channel for passive queue checks: a failing check closes its channel, never a consumer's. */
class QueueDepthProbe {
  readonly queues: string[];
  private connection: ChannelModel | null = null;
  private channel: Promise<Channel> | null = null;

  constructor(queues: string[]) {
    this.queues = queues;
  }

  /** Called on every (re)connection of the broker. */
  useConnection(connection: ChannelModel): void {
    this.connection = connection;
    this.channel = null;
  }

  async depth(queue: string): Promise<number> {
    const connection = this.connection;
    if (!connection) throw new Error('broker not connected');
    this.channel ??= connection.createChannel().then((ch) => {
      ch.on('error', () => undefined);
      ch.on('close', () => (this.channel = null));
      return ch;
    });
    const pending = this.channel;
    pending.catch(() => (this.channel = null));
    return (await (await pending).checkQueue(queue)).messageCount;
  }

  stop(): void {
    const channel = this.channel;
    this.connection = null;
    this.channel = null;
    void channel?.then((ch) => ch.close()).catch(() => undefined);
  }
}

const probes = new Set<QueueDepthProbe>();

// Read at scrape time: one passive declare per queue, each bounded so a slow broker cannot hang
// the scrape; a queue that cannot be read is left out of that scrape.
gauge({
  name: 'consumer_queue_depth',
  help: 'Messages ready in a consumer queue (and its dead-letter queue)',
  labelNames: ['queue'],
  async collect() {
    this.reset();
    const reads = [...probes].flatMap((probe) => probe.queues.map(async (queue) => ({ queue, depth: await withScrapeTimeout(probe.depth(queue)) })));
    for (const r of await Promise.allSettled(reads)) if (r.status === 'fulfilled') this.set({ queue: r.value.queue }, r.value.depth);
  },
});

/** Reports these queues' depths while the broker is connected, until the returned function is called. */
export async function trackQueueDepth(broker: Broker, queues: string[]): Promise<() => void> {
  if (queues.length === 0) return () => undefined;
  const probe = new QueueDepthProbe(queues);
  await broker.onConnect(async (connection) => probe.useConnection(connection));
  probes.add(probe);
  return () => {
    probes.delete(probe);
    probe.stop();
  };
}
