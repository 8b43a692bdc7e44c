import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from '@ziba/testing';
import { createHmac, randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { eventually, expectProblem, people } from './people.ts';
import { api, sampleProfile, startStack, type Stack } from './stack.ts';

// The edges the generated fuzzing cannot reach by itself: requests that are valid in shape but aim at
// what is not there, ids in another case, and requests that are not even valid HTTP.

let stack: Stack;
let client: ReturnType<typeof api>;
const { fundedRider, onlineDriver } = people(() => client);

beforeAll(async () => {
  stack = await startStack('edges');
  client = api(stack.url);
});
afterAll(async () => stack?.stop());

describe('edges of the input', () => {
  it('names each field at fault in `errors`, so a form can say it beside the field', async () => {
    const register = await client.call('POST', '/api/auth/register', { body: { email: 'rev5@x', password: 'short', role: 'RIDER', countryCode: 'NG' } });
    expectProblem(register, 400, 'VALIDATION_FAILED');
    expect(register.body.errors).toEqual([
      { field: 'email', message: expect.stringContaining('must be an email address') },
      { field: 'password', message: 'must not have fewer than 10 characters' },
    ]);
    const missing = await client.call('POST', '/api/auth/register', { body: { password: 'a long password', role: 'RIDER', countryCode: 'NG' } });
    expect(missing.body.errors).toEqual([{ field: 'email', message: 'is required' }]);

    const rider = await client.register('RIDER', 'NG');
    const young = `${new Date().getUTCFullYear() - 11}-01-15`;
    const profile = await client.call('PUT', '/api/me/identity-profile', { token: rider.token, body: { ...sampleProfile('NG'), dateOfBirth: young } });
    expectProblem(profile, 400, 'INVALID_DATE');
    expect(profile.body.errors).toEqual([{ field: 'dateOfBirth', message: 'account holders must be at least 18' }]);
  });

  it('answers headers too large with a 431 problem', async () => {
    const url = new URL(stack.url);
    const answer = await new Promise<{ status: number; type: string; body: string }>((resolve, reject) => {
      const req = httpRequest({ host: url.hostname, port: url.port, path: '/api/wallet', headers: { 'x-padding': 'a'.repeat(40_000) } }, (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }));
      });
      req.on('error', reject);
      req.end();
    });
    expect(answer.status).toBe(431);
    expect(answer.type).toBe('application/problem+json');
    expect(JSON.parse(answer.body)).toMatchObject({ status: 431, code: 'HEADERS_TOO_LARGE' });
  });

  it('answers a known path asked with the wrong method with 405 and the methods it takes, and an unknown one with 404', async () => {
    const rider = await client.register('RIDER', 'NG');
    const ask = async (method: string, path: string) => {
      const r = await fetch(`${stack.url}${path}`, { method, headers: { authorization: `Bearer ${rider.token}` } });
      return { status: r.status, type: r.headers.get('content-type'), allow: r.headers.get('allow'), code: ((await r.json()) as { code: string }).code };
    };
    expect(await ask('DELETE', '/api/wallet')).toEqual({
      status: 405,
      type: 'application/problem+json; charset=utf-8',
      allow: 'GET, HEAD',
      code: 'METHOD_NOT_ALLOWED',
    });
    expect(await ask('GET', `/api/trips/${randomUUID()}/settle`)).toMatchObject({ status: 405, allow: 'POST', code: 'METHOD_NOT_ALLOWED' });
    expect(await ask('POST', '/api/wallet/nothing-here')).toMatchObject({ status: 404, allow: null, code: 'ROUTE_NOT_FOUND' });
    expect(await ask('GET', `/api/trips/${randomUUID()}/settle/more`)).toMatchObject({ status: 404, code: 'ROUTE_NOT_FOUND' });
  });

  it('refuses to change a menu item that does not exist, rather than creating it under the client’s id', async () => {
    const restaurant = await client.register('RESTAURANT', 'NG');
    const id = randomUUID();
    expectProblem(
      await client.call('PUT', `/api/restaurant/menu-items/${id}`, { token: restaurant.token, body: { name: 'Jollof', price: 150_000, available: true } }),
      404,
      'MENU_ITEM_NOT_FOUND',
    );
    expect((await client.call('GET', `/api/restaurants/${restaurant.id}/menu`, { token: restaurant.token })).body.items).toEqual([]);
  });

  it('finds a trip by its id in upper case, and records it in lower case', async () => {
    const rider = await fundedRider(500_000);
    await onlineDriver();
    const trip = await client.call('POST', '/api/trips', { token: rider.token, body: { serviceType: 'RIDE', paymentMethod: 'ONLINE', distanceMeters: 5_000 } });
    const cancelled = await client.call('POST', `/api/trips/${trip.body.id.toUpperCase()}/cancel`, { token: rider.token });
    expect(cancelled).toMatchObject({ status: 200, body: { id: trip.body.id, status: 'CANCELLED_BY_RIDER' } });
    // The events, and so the audit trail, name the trip as it is stored: an audit search by its id finds the cancel.
    const records = await eventually(
      () => sql(stack.auditDatabaseUrl, 'select entity_id, action from audit_record where lower(entity_id) = $1', [trip.body.id]),
      (rows) => expect(rows.length).toBeGreaterThanOrEqual(2),
    );
    expect(records.map((r) => r.entity_id)).toEqual(records.map(() => trip.body.id));
  });

  it('refuses a top-up past one top-up’s limit with a 422, moves nothing, and says the limit as the room a top-up has', async () => {
    const rider = await fundedRider(1);
    const topUp = (amount: number) =>
      client.call('POST', '/api/wallet/add-funds', { token: rider.token, body: { amount }, headers: { 'idempotency-key': randomUUID() } });
    // The wallet says how much one top-up may add, so a page can say it before the card is charged.
    expect((await client.call('GET', '/api/wallet', { token: rider.token })).body.topUpRoom).toBe('100000000'); // NGN: ₦1,000,000
    expectProblem(await topUp(100_000_001), 422, 'TOP_UP_LIMIT');
    expectProblem(await topUp(99_999_999_999_999), 422, 'TOP_UP_LIMIT');
    expect((await client.call('GET', '/api/wallet', { token: rider.token })).body).toMatchObject({ availableBalance: '1' });
    expect((await topUp(100_000_000)).status).toBe(200);
    expect((await client.call('GET', '/api/wallet', { token: rider.token })).body).toMatchObject({ availableBalance: '100000001', topUpRoom: '100000000' });
  });

  it('refuses a signed provider callback whose body is JSON null, and an unknown provider named like a prototype key', async () => {
    const ts = String(Math.floor(Date.now() / 1000));
    const sign = (body: string) => createHmac('sha256', stack.webhookSecret).update(`${ts}.${body}`).digest('hex');
    const post = (provider: string, body: string) =>
      fetch(`${stack.url}/api/webhooks/payouts/${provider}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-ziba-timestamp': ts, 'x-ziba-signature': sign(body) },
        body,
      });
    const nullBody = await post('simulated', 'null');
    expect(nullBody.status).toBe(400);
    expect(await nullBody.json()).toMatchObject({ code: 'INVALID_WEBHOOK' });
    for (const provider of ['constructor', '__proto__', 'tostring']) {
      const r = await post(provider, '{}');
      expect(r.status).toBeLessThan(500);
      expect(r.status).toBeGreaterThanOrEqual(400);
    }
  });
});
