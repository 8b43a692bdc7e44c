import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from '@ziba/testing';
import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { gzipSync } from 'node:zlib';
import { expectProblem, inlinedApiDocument, people } from './people.ts';
import { api, startStack, type Stack } from './stack.ts';

// How the gateway reads the edges of a request an outside review found misread: the case of an id
// under an Idempotency-Key, the case of the Authorization scheme, a content-coded body, the shape of a
// new account's email, the Idempotency-Key a stuck-hold release must carry, and a repeated Authorization header.

let stack: Stack;
let client: ReturnType<typeof api>;
const { adminToken, onlineDriver, fundedRider, wallet } = people(() => client);

beforeAll(async () => {
  stack = await startStack('gwedges');
  client = api(stack.url);
}, 120_000);
afterAll(async () => stack?.stop());

const post = (token: string, path: string, key: string, body?: unknown) => client.call('POST', path, { token, body, headers: { 'idempotency-key': key } });

describe('an id in another case under the same Idempotency-Key', () => {
  it('is the same request: the repeat is answered from the first answer; another step under the key is still refused', async () => {
    const rider = await fundedRider(5_000_000);
    const driver = await onlineDriver();
    const trip = await post(rider.token, '/api/trips', randomUUID(), { serviceType: 'RIDE', paymentMethod: 'ONLINE', distanceMeters: 4_000 });
    expect(trip.status).toBe(201);
    const id = (trip.body.id as string).toLowerCase();
    const key = randomUUID();

    const first = await post(driver.token, `/api/trips/${id}/accept`, key);
    expect(first).toMatchObject({ status: 200, replayed: 'false', body: { id, status: 'ACCEPTED' } });
    const upper = await post(driver.token, `/api/trips/${id.toUpperCase()}/accept`, key);
    expect(upper).toMatchObject({ status: 200, replayed: 'true' });
    expect(upper.body).toEqual(first.body);
    expectProblem(await post(driver.token, `/api/trips/${id.toUpperCase()}/arrive`, key), 409, 'IDEMPOTENCY_KEY_REUSED');
  });
});

describe('the Authorization scheme', () => {
  it('is read in any case (RFC 9110): bearer and BEARER are Bearer; another scheme is 401', async () => {
    const rider = await client.register('RIDER');
    for (const scheme of ['Bearer', 'bearer', 'BEARER', 'bEaReR']) {
      const r = await client.call('GET', '/api/me', { headers: { authorization: `${scheme} ${rider.token}` } });
      expect({ scheme, status: r.status, id: r.body?.id }).toEqual({ scheme, status: 200, id: rider.id });
    }
    for (const header of [`Basic ${rider.token}`, `Bearer${rider.token}`, 'bearer ', `Token ${rider.token}`]) {
      expectProblem(await client.call('GET', '/api/me', { headers: { authorization: header } }), 401, 'UNAUTHENTICATED');
    }
  });

  it('is given once: two Authorization headers are 401, whichever comes first', async () => {
    const rider = await client.register('RIDER');
    // fetch would join them into one header; node:http sends raw headers as given.
    const twice = (first: string, second: string) =>
      new Promise<{ status: number; text: string }>((resolve, reject) => {
        const url = new URL('/api/me', stack.url);
        // Raw headers are sent exactly as listed: Host too.
        const req = request(url, { headers: ['host', url.host, 'authorization', first, 'authorization', second] }, (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString()));
          res.on('end', () => resolve({ status: res.statusCode!, text }));
        });
        req.on('error', reject);
        req.end();
      });
    for (const [first, second] of [
      [`Bearer ${rider.token}`, 'Bearer garbage'],
      ['Bearer garbage', `Bearer ${rider.token}`],
      [`Bearer ${rider.token}`, `Bearer ${rider.token}`],
    ])
      expect(await twice(first!, second!)).toMatchObject({ status: 401, text: expect.stringContaining('"code":"UNAUTHENTICATED"') });
    expect((await client.call('GET', '/api/me', { token: rider.token })).status).toBe(200);
  });
});

describe('a content-coded body', () => {
  it('is 415 UNSUPPORTED_MEDIA_TYPE with Accept-Encoding: identity, and changes nothing', async () => {
    const rider = await fundedRider(1_000);
    const addFunds = (body: string | Buffer, encoding: string) =>
      fetch(`${stack.url}/api/wallet/add-funds`, {
        method: 'POST',
        headers: { authorization: `Bearer ${rider.token}`, 'content-type': 'application/json', 'content-encoding': encoding, 'idempotency-key': randomUUID() },
        body,
      });
    for (const [body, encoding] of [
      ['{"amount":500}', 'gzip'],
      [gzipSync('{"amount":500}'), 'gzip'],
      ['{"amount":500}', 'br'],
      ['{"amount":500}', 'identity, gzip'],
      ['{"amount":500}', 'DEFLATE'],
    ] as const) {
      const r = await addFunds(body, encoding);
      const problem = (await r.json()) as { code: string; detail: string };
      expect({ encoding, status: r.status, code: problem.code, acceptEncoding: r.headers.get('accept-encoding') }).toEqual({
        encoding,
        status: 415,
        code: 'UNSUPPORTED_MEDIA_TYPE',
        acceptEncoding: 'identity',
      });
      expect(problem.detail).toContain('content-encoded');
    }
    expect(await wallet(rider.token)).toMatchObject({ availableBalance: '1000' });
    // `identity` is no coding at all.
    expect((await addFunds('{"amount":500}', 'identity')).status).toBe(200);
    expect(await wallet(rider.token)).toMatchObject({ availableBalance: '1500' });
  });

  it('is refused before anything reads it: no account is registered, no provider callback is taken', async () => {
    const email = `rider-${randomUUID()}@example.com`;
    const register = await fetch(`${stack.url}/api/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: JSON.stringify({ email, password: 'a strong password', role: 'RIDER', countryCode: 'NG' }),
    });
    expect(register.status).toBe(415);
    expectProblem(await client.call('POST', '/api/auth/login', { body: { email, password: 'a strong password' } }), 401, 'INVALID_CREDENTIALS');

    const webhook = await fetch(`${stack.url}/api/webhooks/payouts/simulated`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'content-encoding': 'gzip',
        'x-ziba-timestamp': String(Math.floor(Date.now() / 1000)),
        'x-ziba-signature': '0'.repeat(64),
      },
      body: gzipSync('{"payoutId":"x"}'),
    });
    expect({ status: webhook.status, code: ((await webhook.json()) as { code: string }).code }).toEqual({ status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' });
  });
});

describe('a key that would poison a prototype', () => {
  it('is refused by name (400 VALIDATION_FAILED, the key in errors) and changes nothing', async () => {
    const rider = await client.register('RIDER');
    const send = (body: string) =>
      fetch(`${stack.url}/api/wallet/add-funds`, {
        method: 'POST',
        headers: { authorization: `Bearer ${rider.token}`, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
        body,
      });
    for (const [body, field] of [
      ['{"amount":500,"__proto__":{"admin":true}}', '__proto__'],
      ['{"amount":500,"constructor":{"prototype":{"admin":true}}}', 'constructor'],
    ] as const) {
      const r = await send(body);
      const problem = (await r.json()) as { code: string; detail: string; errors: Array<{ field: string }> };
      expect({ status: r.status, code: problem.code, fields: problem.errors?.map((e) => e.field) }).toEqual({
        status: 400,
        code: 'VALIDATION_FAILED',
        fields: [field],
      });
      expect(problem.detail).toBe(`body ${field} must not be sent: it is a reserved key`);
    }
    expect((await client.call('GET', '/api/wallet', { token: rider.token })).body).toMatchObject({ availableBalance: '0' });
  });
});

describe("a new account's email", () => {
  const register = (email: string) =>
    client.call('POST', '/api/auth/register', { body: { email, password: 'a strong password', role: 'RIDER', countryCode: 'NG' } });

  it('is refused unless it has a practical address shape (400 VALIDATION_FAILED, in words)', async () => {
    for (const email of [
      '<script>@x.io',
      '"quoted"@example.com',
      'a b@example.com',
      'a..b@example.com',
      '.a@example.com',
      'a@example',
      'a@-x.io',
      'a@1.2.3.4',
      'a@x.c',
    ]) {
      const r = await register(email);
      expect({ email, status: r.status, code: r.body.code }).toEqual({ email, status: 400, code: 'VALIDATION_FAILED' });
      expect(r.body.detail).toContain('must be an email address');
    }
  });

  it('takes the addresses people and this repository use, in any case', async () => {
    for (const email of [
      `Driver-${randomUUID()}@Example.com`,
      `o'brien+tag.${randomUUID().slice(0, 8)}@sub.example.co.uk`,
      `e2e-driver-${randomUUID()}@example.com`,
      `chiamaka.obi.${randomUUID().slice(0, 8)}@demo.ziba.test`,
      `x_y%z-${randomUUID().slice(0, 8)}@ziba.local`,
    ]) {
      const r = await register(email);
      expect({ email, status: r.status }).toEqual({ email, status: 201 });
      expect(r.body.email).toBe(email.toLowerCase());
      expect(await client.login(email.toLowerCase(), 'a strong password')).toEqual(expect.any(String));
    }
  });

  it('leaves accounts made before the rule signing in as they did', async () => {
    const rider = await client.register('RIDER');
    const legacy = `legacy<${randomUUID().slice(0, 8)}>@example.com`;
    await sql(stack.identityDatabaseUrl, 'update app_user set email = $1 where id = $2', [legacy, rider.id]);
    const token = await client.login(legacy, 'a strong password');
    expect((await client.call('GET', '/api/me', { token })).body).toMatchObject({ id: rider.id, email: legacy });
  });
});

describe('releasing a stuck hold', () => {
  it('requires an Idempotency-Key, as the API document says', async () => {
    const token = await adminToken(stack, ['MANAGE_PAYOUTS']);
    const r = await client.call('POST', `/api/admin/holds/${randomUUID()}/release`, { token, body: { reason: 'checked with the driver' } });
    expectProblem(r, 400, 'VALIDATION_FAILED');
    expect(r.body.detail).toContain('idempotency-key');

    const doc = await inlinedApiDocument(client);
    const release = doc.paths['/api/admin/holds/{tripId}/release'].post;
    expect(release.parameters).toEqual(expect.arrayContaining([expect.objectContaining({ in: 'header', name: 'idempotency-key', required: true })]));
    expect(release.description).toContain('requires an `Idempotency-Key`');
  });
});
