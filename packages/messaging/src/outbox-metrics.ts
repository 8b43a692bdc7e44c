import type { MikroORM } from '@mikro-orm/postgresql';
import { gauge, withScrapeTimeout } from '@ziba/service-kit';

interface Backlog {
  count: number;
  oldestAgeSeconds: number;
}

const sources = new Map<MikroORM, string>();

// Both gauges are collected in the same scrape: one query per database serves both.
let snapshot: { at: number; result: Promise<Map<string, Backlog>> } | null = null;
const SNAPSHOT_MS = 1_000;

function backlogs(): Promise<Map<string, Backlog>> {
  if (!snapshot || Date.now() - snapshot.at > SNAPSHOT_MS) snapshot = { at: Date.now(), result: readAll() };
  return snapshot.result;
}

/** Per service label; several instances of one service in a process (tests) add up. */
async function readAll(): Promise<Map<string, Backlog>> {
  const read = await Promise.allSettled([...sources].map(async ([orm, service]) => ({ service, backlog: await withScrapeTimeout(readBacklog(orm)) })));
  const byService = new Map<string, Backlog>();
  for (const r of read) {
    // A database that cannot answer leaves its series out of this scrape rather than failing it.
    if (r.status !== 'fulfilled') continue;
    const { service, backlog } = r.value;
    const seen = byService.get(service) ?? { count: 0, oldestAgeSeconds: 0 };
    byService.set(service, { count: seen.count + backlog.count, oldestAgeSeconds: Math.max(seen.oldestAgeSeconds, backlog.oldestAgeSeconds) });
  }
  return byService;
}

/** Cheap: the relay deletes confirmed rows, so the outbox holds only the few still to publish. */
async function readBacklog(orm: MikroORM): Promise<Backlog> {
  const [row] = await orm.em.fork().execute<Array<{ count: number; age: number }>>(
    `select count(*)::int as count, coalesce(extract(epoch from now() - min(created_at)), 0)::float8 as age
     from outbox_event where published_at is null`,
  );
  return { count: Number(row?.count ?? 0), oldestAgeSeconds: Number(row?.age ?? 0) };
}

gauge({
  name: 'outbox_backlog',
  help: 'Outbox events committed but not yet published to the broker',
  labelNames: ['service'],
  async collect() {
    this.reset();
    for (const [service, b] of await backlogs()) this.set({ service }, b.count);
  },
});

gauge({
  name: 'outbox_oldest_unpublished_age_seconds',
  help: 'Age of the oldest outbox event not yet published (0 when none waits)',
  labelNames: ['service'],
  async collect() {
    this.reset();
    for (const [service, b] of await backlogs()) this.set({ service }, b.oldestAgeSeconds);
  },
});

/** Reports this database's outbox backlog under `service` until the returned function is called. */
export function trackOutboxBacklog(service: string, orm: MikroORM): () => void {
  sources.set(orm, service);
  return () => {
    sources.delete(orm);
  };
}
