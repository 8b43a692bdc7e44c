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
    const wallet = (token?: string) => client.call('GET', '/api/wallet', token ? { token } : {});
    const busy = await api(stack.url).register('RIDER', 'NG');
    const other = await api(stack.url).register('DRIVER', 'NG');
    // A token this gateway has not checked yet is counted by address for that first request.
    expect((await wallet(busy.token)).status).toBe(200);
    expect((await wallet(other.token)).status).toBe(200);
    const statuses: number[] = [];
    for (let i = 0; i < 31; i += 1) statuses.push((await wallet(busy.token)).status);
    expect(statuses.slice(0, 30).every((s) => s === 200)).toBe(true);
    expect(statuses[30]).toBe(429);
    // At its limit, the busy user can still sign out, and the sign-in ends (its token now counted by address).
    expect((await client.call('POST', '/api/auth/logout', { token: busy.token })).status).toBe(204);
    expect(await wallet(busy.token)).toMatchObject({ status: 401, body: { code: 'TOKEN_REVOKED' } });
    // Same address: the other user and a caller without a token are still answered.
    expect((await wallet(other.token)).status).toBe(200);
    expect((await wallet()).status).toBe(401);
    // A forged token is counted by address, not as a user of its own: the address's 30 run out
    // (4 spent above: the two first requests, the signed-out token's and the one without a token).
    const forged = `${other.token.slice(0, -4)}AAAA`;
    const forgedStatuses: number[] = [];
    for (let i = 0; i < 28; i += 1) forgedStatuses.push((await wallet(forged)).status);
    expect(forgedStatuses.filter((s) => s === 429)).toHaveLength(2);
    expect((await wallet(other.token)).status).toBe(200);
  });

  it('counts a signed-out token by address: whoever holds a copy cannot spend its owner’s allowance', async () => {
    const gateway = await stack.startGateway({ RATE_LIMIT_PER_MINUTE: '20' });
    const client = api(gateway.url);
    const rider = await api(stack.url).register('RIDER', 'NG');
    const copied = await client.login(rider.email, 'a strong password');
    // Both sign-ins known to this gateway (a token's first request is counted by address).
    expect((await client.call('GET', '/api/wallet', { token: copied })).status).toBe(200);
    expect((await client.call('GET', '/api/wallet', { token: rider.token })).status).toBe(200);
    expect((await client.call('POST', '/api/auth/logout', { token: copied })).status).toBe(204);
    const statuses: number[] = [];
    for (let i = 0; i < 25; i += 1) statuses.push((await client.call('GET', '/api/wallet', { token: copied })).status);
    expect(statuses).toContain(429);
    expect(statuses.filter((s) => s === 401).length).toBeGreaterThan(0);
    // The owner's other sign-in still has its minute.
    for (let i = 0; i < 19; i += 1) expect((await client.call('GET', '/api/wallet', { token: rider.token })).status).toBe(200);
  });

  it('keeps every address under its own ceiling, however many accounts sign its requests', async () => {
    const gateway = await stack.startGateway({ RATE_LIMIT_PER_MINUTE: '100', ADDRESS_LIMIT_PER_MINUTE: '6' });
    const client = api(gateway.url);
    const [a, b] = [await api(stack.url).register('RIDER', 'NG'), await api(stack.url).register('DRIVER', 'NG')];
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) for (const u of [a, b]) statuses.push((await client.call('GET', '/api/wallet', { token: u.token })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 429, 429]);
    const refused = await client.call('GET', '/api/wallet', { token: a.token });
    expect(refused).toMatchObject({ status: 429, body: { code: 'RATE_LIMITED' } });
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
  });

  it('behind one proxy (TRUST_PROXY=1) takes the address the proxy saw, not one the client wrote into X-Forwarded-For', async () => {
    const gateway = await stack.startGateway({ RATE_LIMIT_PER_MINUTE: '5', TRUST_PROXY: '1' });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      const r = await api(gateway.url).call('GET', '/api/wallet', { headers: { 'x-forwarded-for': `198.51.100.${i + 1}, 203.0.113.9` } });
      statuses.push(r.status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  });
});
