import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { holdingLock, sql } from '@ziba/testing';
import { randomUUID } from 'node:crypto';
import { people } from './people.ts';
import { api, startStack, type Stack } from './stack.ts';

// A burst larger than the ledger's connection pool while its balance rows are locked for a moment
// (an operator's statement, a long batch job): the ledger's connections wait on the lock, the
// requests that cannot get a connection in time are told to come back (503 + Retry-After), none is
// a 500, and every 200 is in the ledger once. Without the lock, whether the pool runs short depends
// on the machine's speed (a CI run once answered all 100 within the wait).

let stack: Stack;
let client: ReturnType<typeof api>;
let gatewayUrl: string;
const { fundedRider } = people(() => client);

beforeAll(async () => {
  // Two connections per pool (migrating at start takes both), and little patience for one.
  stack = await startStack('overload', { DB_POOL_MAX: '2', DB_POOL_WAIT_MS: '100' });
  gatewayUrl = (await stack.startGateway({ RATE_LIMIT_PER_MINUTE: '100000' })).url;
  client = api(gatewayUrl);
});
afterAll(async () => stack?.stop());

describe('overload', () => {
  it('answers a burst past the connection pool with 200 or 503 + Retry-After, never 500, and loses nothing', async () => {
    const riders = [];
    for (let i = 0; i < 5; i += 1) riders.push(await fundedRider(1_000)); // one at a time: the pool is tiny
    const burst = riders.flatMap((r) => Array.from({ length: 20 }, () => ({ token: r.token, key: randomUUID() })));
    const release = await holdingLock(stack.walletDatabaseUrl, 'lock table wallet_balance in exclusive mode');
    const answering = Promise.all(
      burst.map(async (b) => {
        const res = await fetch(`${gatewayUrl}/api/wallet/add-funds`, {
          method: 'POST',
          headers: { authorization: `Bearer ${b.token}`, 'content-type': 'application/json', 'idempotency-key': b.key },
          body: JSON.stringify({ amount: 100 }),
        });
        return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as { code?: string; entryId?: string } };
      }),
    );
    await new Promise((r) => setTimeout(r, 1_000));
    await release();
    const answers = await answering;
    const statuses = answers.map((a) => a.status);
    process.stdout.write(`overload: ${JSON.stringify(Object.fromEntries([...new Set(statuses)].map((s) => [s, statuses.filter((x) => x === s).length])))}\n`);
    expect(statuses.filter((s) => s !== 200 && s !== 503)).toEqual([]);
    expect(statuses).toContain(503);
    expect(statuses).toContain(200); // those that waited for the lock went through once it was released
    for (const busy of answers.filter((a) => a.status === 503))
      expect(busy).toMatchObject({ retryAfter: '1', body: { code: expect.stringMatching(/^(DATABASE_BUSY|DEPENDENCY_UNAVAILABLE)$/) } });
    const ok = answers.filter((a) => a.status === 200).map((a) => a.body.entryId!);
    const inLedger = await sql(stack.walletDatabaseUrl, 'select count(*)::int as n from journal_entry where id = any($1::uuid[])', [ok]);
    expect(inLedger).toEqual([{ n: ok.length }]);
  });
});
