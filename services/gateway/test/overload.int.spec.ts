import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { endedWeek, holdingLock, sql } from '@ziba/testing';
import { randomUUID } from 'node:crypto';
import { expectProblem, people } from './people.ts';
import { api, startStack, type Stack } from './stack.ts';

// A burst larger than the ledger's connection pool while its balance table is locked for a moment
// (an operator's statement, a long migration): the ledger's connections wait on the lock, the
// requests that cannot get a connection in time are told to come back (429 + Retry-After), none is
// a 5xx, and every 200 is in the ledger once. The lock must stop reads too (ACCESS EXCLUSIVE): the
// writes queue in the ledger's batcher without a connection, so only the reads each request makes
// (its wallet, before and after) hold the pool. Whether the pool runs short then no longer depends
// on the machine's speed (CI runs answered all 100 within the wait, without a lock and with one
// that let reads through).

let stack: Stack;
let client: ReturnType<typeof api>;
let gatewayUrl: string;
const { adminToken, fundedRider, wallet } = people(() => client);

beforeAll(async () => {
  // Two connections per pool (migrating at start takes both), and little patience for one.
  stack = await startStack('overload', { DB_POOL_MAX: '2', DB_POOL_WAIT_MS: '100' });
  gatewayUrl = (await stack.startGateway({ RATE_LIMIT_PER_MINUTE: '100000' })).url;
  client = api(gatewayUrl);
});
afterAll(async () => stack?.stop());

describe('overload', () => {
  it('answers a burst past the connection pool with 200 or 429 DATABASE_BUSY + Retry-After, never a 5xx; each retry under its key lands once', async () => {
    const riders = [];
    for (let i = 0; i < 5; i += 1) riders.push(await fundedRider(1_000)); // one at a time: the pool is tiny
    const burst = riders.flatMap((r) => Array.from({ length: 20 }, () => ({ token: r.token, key: randomUUID() })));
    const addFunds = async (b: { token: string; key: string }) => {
      const res = await fetch(`${gatewayUrl}/api/wallet/add-funds`, {
        method: 'POST',
        headers: { authorization: `Bearer ${b.token}`, 'content-type': 'application/json', 'idempotency-key': b.key },
        body: JSON.stringify({ amount: 100 }),
      });
      return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as { code?: string; entryId?: string } };
    };
    const release = await holdingLock(stack.walletDatabaseUrl, 'lock table wallet_balance in access exclusive mode');
    const answering = Promise.all(burst.map(addFunds));
    await new Promise((r) => setTimeout(r, 1_000));
    await release();
    const answers = await answering;
    const statuses = answers.map((a) => a.status);
    process.stdout.write(`overload: ${JSON.stringify(Object.fromEntries([...new Set(statuses)].map((s) => [s, statuses.filter((x) => x === s).length])))}\n`);
    expect(statuses.filter((s) => s !== 200 && s !== 429)).toEqual([]);
    expect(statuses).toContain(429);
    for (const busy of answers.filter((a) => a.status === 429)) expect(busy).toMatchObject({ retryAfter: '1', body: { code: 'DATABASE_BUSY' } });

    // Told to come back, each client retries under the same key after Retry-After (one at a time, as
    // the tiny pool allows): every top-up then lands, and lands once.
    const retried = async (b: (typeof burst)[number]) => {
      for (let attempt = 0; ; attempt += 1) {
        const r = await addFunds(b);
        if (r.status !== 429 || attempt === 60) return r;
        await new Promise((wait) => setTimeout(wait, Number(r.retryAfter ?? 1) * 1_000));
      }
    };
    const final = [];
    for (const [i, b] of burst.entries()) final.push(answers[i]!.status === 200 ? answers[i]! : await retried(b));
    expect(final.map((a) => a.status)).toEqual(Array(burst.length).fill(200));
    const entryIds = final.map((a) => a.body.entryId!);
    expect(new Set(entryIds).size).toBe(burst.length);
    const inLedger = await sql(stack.walletDatabaseUrl, 'select count(*)::int as n from journal_entry where id = any($1::uuid[])', [entryIds]);
    expect(inLedger).toEqual([{ n: burst.length }]);
    for (const rider of riders) expect((await wallet(rider.token)).availableBalance).toBe(String(1_000 + 20 * 100));
  });
});

describe('weekly runs asked for many times at once', () => {
  // Each call used to wait for the run's lock holding a connection, so a dozen calls left the run
  // itself none: DATABASE_BUSY for a double-clicked run (outside review).
  it('make one run; every other call gets its report, or 409 RUN_IN_PROGRESS with Retry-After, never a 5xx', async () => {
    const admin = await adminToken(stack, ['MANAGE_PAYOUTS']);
    const week = { weekOf: endedWeek(7), countryCode: 'NG' };
    for (const path of ['/api/admin/settlements/weekly-run', '/api/admin/payouts/auto-weekly-run']) {
      const answers = await Promise.all(Array.from({ length: 12 }, () => client.call('POST', path, { token: admin, body: week })));
      for (const a of answers.filter((x) => x.status !== 200)) {
        expectProblem(a, 409, 'RUN_IN_PROGRESS');
        expect(a.retryAfter).toBe('1');
      }
      const replayed = (a: (typeof answers)[number]) => (path.includes('payouts') ? a.body.replayed : a.body.runs[0].replayed);
      expect(answers.filter((a) => a.status === 200 && !replayed(a))).toHaveLength(1);
      // Asked again, each gets the one run's report.
      const again = await client.call('POST', path, { token: admin, body: week });
      expect(again.status).toBe(200);
      expect(replayed(again)).toBe(true);
    }
  });
});
