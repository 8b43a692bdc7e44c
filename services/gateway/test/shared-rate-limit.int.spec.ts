import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { api, startStack, type Stack } from './stack.ts';

// Two gateway replicas in front of one platform: the per-client limit is one limit, kept in Redis,
// not one per replica.

let stack: Stack;
beforeAll(async () => {
  stack = await startStack('ratelimit');
});
afterAll(async () => stack?.stop());

describe('rate limits across gateway replicas', () => {
  it('counts a client’s requests to every replica against one limit', async () => {
    const shared = { RATE_LIMIT_PER_MINUTE: '30', REDIS_KEY_PREFIX: `shared-${randomBytes(3).toString('hex')}:` };
    const [a, b] = await Promise.all([stack.startGateway(shared), stack.startGateway(shared)]);
    const statuses: number[] = [];
    for (let i = 0; i < 20; i += 1) {
      for (const g of [a, b]) statuses.push((await api(g.url).call('GET', '/api/wallet')).status);
    }
    // 40 requests, 30 allowed in the minute: 30 answered (401, no token) and 10 refused, whichever replica.
    expect(statuses.filter((s) => s === 401)).toHaveLength(30);
    expect(statuses.filter((s) => s === 429)).toHaveLength(10);
    const refused = await api(b.url).call('GET', '/api/wallet');
    expect(refused).toMatchObject({ status: 429, body: { code: 'RATE_LIMITED' } });
  });

  it('counts each signed-in user on their own: one busy user behind an address does not lock out the others', async () => {
    const gateway = await stack.startGateway({ RATE_LIMIT_PER_MINUTE: '30' });
    const client = api(gateway.url);
    const busy = await api(stack.url).register('RIDER', 'NG');
    const other = await api(stack.url).register('DRIVER', 'NG');
    const statuses: number[] = [];
    for (let i = 0; i < 31; i += 1) statuses.push((await client.call('GET', '/api/wallet', { token: busy.token })).status);
    expect(statuses.slice(0, 30).every((s) => s !== 429)).toBe(true);
    expect(statuses[30]).toBe(429);
    // Same address: the other user and a caller without a token are still answered.
    expect((await client.call('GET', '/api/wallet', { token: other.token })).status).toBe(200);
    expect((await client.call('GET', '/api/wallet')).status).toBe(401);
    // A forged token is counted by address, not as a user of its own: the address's 30 run out.
    const forged = `${other.token.slice(0, -4)}AAAA`;
    const forgedStatuses: number[] = [];
    for (let i = 0; i < 30; i += 1) forgedStatuses.push((await client.call('GET', '/api/wallet', { token: forged })).status);
    expect(forgedStatuses.filter((s) => s === 429)).toHaveLength(1);
    expect((await client.call('GET', '/api/wallet', { token: other.token })).status).toBe(200);
  });
});
