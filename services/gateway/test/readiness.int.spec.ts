import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { people } from './people.ts';
import { api, startStack, type Stack } from './stack.ts';

// Readiness is the gateway's own: a failing downstream is reported, but the replica stays in
// rotation for everything the other services can serve.

let stack: Stack;
let client: ReturnType<typeof api>;
const { fundedRider } = people(() => client);

beforeAll(async () => {
  stack = await startStack('ready');
  client = api(stack.url);
});
afterAll(async () => stack?.stop());

describe('readiness', () => {
  it('stays ready with a downstream breaker open, reports it, and keeps serving what still works', async () => {
    const rider = await fundedRider(10_000);
    // A replica whose payout service is unreachable.
    const cut = api((await stack.startGateway({ PAYOUT_ADDRESS: '127.0.0.1:1' })).url);
    const driver = await client.register('DRIVER', 'NG');
    for (let i = 0; i < 8; i += 1) expect((await cut.call('GET', '/api/driver/payouts', { token: driver.token })).status).toBe(503);
    expect((await cut.call('GET', '/readyz')).body).toEqual({ status: 'degraded', open: ['payout'] });
    expect((await cut.call('GET', '/readyz')).status).toBe(200);
    expect((await cut.call('GET', '/api/wallet', { token: rider.token })).status).toBe(200);
  });
});
