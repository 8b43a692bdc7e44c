// What the end-to-end benchmarks share: the untimed making of their users through REST, a worker
// pool, percentiles, and the wait for the event consumers to catch up.
import { createApiClient, type ApiClient } from '@ziba/api-client';
import { queuedMessages, sql } from '@ziba/testing';
import { randomUUID } from 'node:crypto';
import { documentDigits as digits, holder, profile } from '../test/e2e/support/nigerian-identity.ts';
import type { E2eStack } from '../test/e2e/support/e2e-stack.ts';

/** A failure the benchmark explains in one line (no stack). */
export class BenchError extends Error {}

/** Runs a benchmark; a failure ends the process with status 1 and one line on stderr. */
export async function runBenchmark(name: string, run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (err) {
    console.error(`bench ${name}: ${err instanceof BenchError ? err.message : ((err as Error).stack ?? String(err))}`);
    process.exit(1);
  }
}

const PASSWORD = 'bench password, long enough';

export async function must<T>(what: string, call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const r = await call;
  if (r.data === undefined) throw new BenchError(`${what}: ${r.response.status} ${JSON.stringify(r.error)}`);
  return r.data;
}

/** Runs `count` tasks over `width` concurrent workers. */
export async function pool(count: number, width: number, task: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, count) }, async () => {
      while (next < count) await task(next++);
    }),
  );
}

export const round = (v: number) => Math.round(v * 100) / 100;

/** p50, p95 and p99 of these milliseconds. */
export function percentiles(ms: number[]): { p50Ms: number; p95Ms: number; p99Ms: number } {
  const l = [...ms].sort((a, b) => a - b);
  const at = (p: number) => round(l[Math.min(l.length - 1, Math.floor(p * l.length))] ?? 0);
  return { p50Ms: at(0.5), p95Ms: at(0.95), p99Ms: at(0.99) };
}

let addresses = 0;
/** A client address of its own for each user, as behind the platform's proxy: per-address limits then apply per user. */
export const nextAddress = () => `10.77.${Math.floor(++addresses / 250)}.${(addresses % 250) + 1}`;

export interface BenchUser {
  id: string;
  token: string;
  api: ApiClient;
  address: string;
}

/**
 * A NG account of this role, signed in, its identity profile saved. Riders are funded; drivers and
 * restaurants verified (NIN, and a licence for drivers); drivers online; with `bankAccount`, earners
 * have one to withdraw to.
 */
export async function benchUser(baseUrl: string, role: 'RIDER' | 'DRIVER' | 'RESTAURANT', bankAccount = false): Promise<BenchUser> {
  const address = nextAddress();
  const api = (token?: string) => createApiClient({ baseUrl, token, headers: { 'x-forwarded-for': address } });
  const email = `bench-${role.toLowerCase()}-${randomUUID()}@example.com`;
  const registered = await must('register', api().POST('/api/auth/register', { body: { email, password: PASSWORD, role, countryCode: 'NG' } }));
  const token = (await must('login', api().POST('/api/auth/login', { body: { email, password: PASSWORD } }))).accessToken;
  const user = { id: registered.id, token, api: api(token), address };
  await must('profile', user.api.PUT('/api/me/identity-profile', { body: profile }));
  if (role === 'RIDER') {
    await must('top-up', user.api.POST('/api/wallet/add-funds', { params: { header: { 'idempotency-key': randomUUID() } }, body: { amount: 50_000_000 } }));
    return user;
  }
  await must(
    'NIN',
    user.api.POST('/api/me/identity-documents', {
      body: { documentType: 'NIN', documentNumber: digits(11), issuingAuthority: 'NIMC', countryCode: 'NG', ...holder },
    }),
  );
  const account = { type: 'BANK' as const, bankName: 'Zenith Bank', bankCode: '057', accountNumber: digits(10), accountName: 'Adaeze Okafor' };
  if (role === 'RESTAURANT') {
    if (bankAccount) await must('bank account', user.api.POST('/api/restaurant/bank-account', { body: account }));
    return user;
  }
  const expiryDate = `${new Date().getUTCFullYear() + 5}-06-30`;
  await must(
    'licence',
    user.api.POST('/api/me/identity-documents', {
      body: { documentType: 'DRIVER_LICENSE', documentNumber: `LAG${digits(9)}`, issuingAuthority: 'FRSC', expiryDate, countryCode: 'NG', ...holder },
    }),
  );
  for (let tries = 0; ; tries++) {
    const e = await must('eligibility', user.api.GET('/api/me/eligibility', { params: { query: { action: 'GO_ONLINE' } } }));
    if (e.allowed) break;
    if (tries > 100) throw new BenchError(`driver not verified: ${e.reasons.join(', ')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  await must('online', user.api.POST('/api/driver/online', { body: {} }));
  if (bankAccount) await must('bank account', user.api.POST('/api/driver/bank-account', { body: account }));
  return user;
}

/** Seconds until every consumer queue of the stack is empty (the audit trail has caught up). */
export async function drainSeconds(e2e: E2eStack): Promise<number> {
  const started = performance.now();
  for (;;) {
    const waiting = await queuedMessages(e2e.stack.amqpUrl, e2e.stack.consumerQueues);
    if (waiting === 0) return (performance.now() - started) / 1000;
    if (performance.now() - started > 120_000) throw new BenchError(`${waiting} events still queued after 120 s`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * After the untimed setup, as pgbench and scripts/bench ledger do: every service database vacuumed
 * and analysed. The machines here run PostgreSQL without autovacuum, so tables filled by the setup
 * would otherwise keep the statistics of empty tables, and the timed phase would measure plans no
 * production database (autovacuum on) runs, such as sequential scans of the journal.
 */
export async function analyzeDatabases(e2e: E2eStack): Promise<void> {
  for (const url of Object.values(e2e.stack.databaseUrls)) await sql(url, 'vacuum analyze');
}

/** The stack's processes by pid, and this one as the load generator: what cpuTicks groups by. */
export function processNames(e2e: E2eStack): Map<number, string> {
  const named = new Map<number, string>([[process.pid, 'loadGenerator']]);
  for (const [name, child] of e2e.stack.processes) if (child.pid) named.set(child.pid, name);
  return named;
}
