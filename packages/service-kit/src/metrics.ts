import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  collectDefaultMetrics,
  Counter,
  Gauge,
  Histogram,
  Registry,
  type CounterConfiguration,
  type GaugeConfiguration,
  type HistogramConfiguration,
} from 'prom-client';
import { within } from './within.ts';

/**
 * The process's one metrics registry. Tests run several services in one process: they share it and
 * tell themselves apart by labels (service, target, consumer), never by separate registries.
 */
export const metricsRegistry = new Registry();

let defaultMetricsOn = false;

/* Get-or-create by name, so a metric is registered once per process however many services use it. */

export function counter<L extends string>(config: CounterConfiguration<L>): Counter<L> {
  return (metricsRegistry.getSingleMetric(config.name) as Counter<L> | undefined) ?? new Counter({ ...config, registers: [metricsRegistry] });
}

export function gauge<L extends string>(config: GaugeConfiguration<L>): Gauge<L> {
  return (metricsRegistry.getSingleMetric(config.name) as Gauge<L> | undefined) ?? new Gauge({ ...config, registers: [metricsRegistry] });
}

export function histogram<L extends string>(config: HistogramConfiguration<L>): Histogram<L> {
  return (metricsRegistry.getSingleMetric(config.name) as Histogram<L> | undefined) ?? new Histogram({ ...config, registers: [metricsRegistry] });
}

/** Bounds work done at scrape time (a database count, a broker query): a stuck dependency must not hang the scrape. */
export const withScrapeTimeout = <T>(work: Promise<T>, ms = 2_000): Promise<T> => within(work, ms);

/** Seconds since `started` (a process.hrtime.bigint() reading). */
export const secondsSince = (started: bigint): number => Number(process.hrtime.bigint() - started) / 1e9;

export interface MetricsServer {
  /** The bound port (the one asked for, or the one picked for port 0). */
  port: number;
  url: string;
  stop(): Promise<void>;
}

/**
 * Serves GET /metrics in the Prometheus text format on its own port, apart from the service's
 * public one, so scraping needs no credentials and exposes nothing else. Also turns on the default
 * process metrics (CPU, memory, event loop lag, GC), once per process.
 */
export async function startMetricsServer(port: number, host = '127.0.0.1'): Promise<MetricsServer> {
  if (!defaultMetricsOn) {
    collectDefaultMetrics({ register: metricsRegistry });
    defaultMetricsOn = true;
  }
  const server = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0];
    if (req.method !== 'GET' || path !== '/metrics') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
      return;
    }
    metricsRegistry.metrics().then(
      (text) => res.writeHead(200, { 'content-type': metricsRegistry.contentType }).end(text),
      (err: unknown) => res.writeHead(500, { 'content-type': 'text/plain' }).end(`metrics collection failed: ${(err as Error).message}\n`),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const bound = (server.address() as AddressInfo).port;
  return {
    port: bound,
    url: `http://${host.includes(':') ? `[${host}]` : host}:${bound}/metrics`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // A scraper's keep-alive connection would otherwise hold close() open.
        server.closeAllConnections();
      }),
  };
}
