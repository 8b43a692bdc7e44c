import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from '@ziba/testing';
import { randomUUID } from 'node:crypto';
import { expectProblem } from './people.ts';
import { api, startStack, type Stack } from './stack.ts';

let stack: Stack;
let client: ReturnType<typeof api>;
const responses: string[] = [];

beforeAll(async () => {
  stack = await startStack('gw');
  const base = api(stack.url);
  // Every response body is kept to check that none carries a stack trace.
  client = {
    ...base,
    call: async (...args: Parameters<typeof base.call>) => {
      const r = await base.call(...args);
      responses.push(r.text);
      return r;
    },
  };
});
afterAll(async () => stack?.stop());

const addFunds = (token: string, body: unknown, key: string | null = randomUUID()) =>
  client.call('POST', '/api/wallet/add-funds', { token, body, headers: key ? { 'idempotency-key': key } : {} });

describe('gateway', () => {
  it('lets a rider register, log in, add funds and see the balance and the transaction', async () => {
    const rider = await client.register('RIDER', 'NG');
    const me = await client.call('GET', '/api/me', { token: rider.token });
    expect(me.body).toMatchObject({ id: rider.id, role: 'RIDER', currency: 'NGN' });
    await client.saveProfile(rider.token, 'NG');
    expect((await addFunds(rider.token, { amount: 150_000 })).status).toBe(200);
    const wallet = await client.call('GET', '/api/wallet', { token: rider.token });
    expect(wallet.body).toMatchObject({ ownerId: rider.id, currency: 'NGN', availableBalance: '150000', lockedBalance: '0', negativeBalance: '0' });
    const txs = await client.call('GET', '/api/wallet/transactions', { token: rider.token });
    expect(txs.body.transactions).toEqual([expect.objectContaining({ type: 'CREDIT', amount: '150000', availableAfter: '150000' })]);
  });

  it('credits once for a repeated Idempotency-Key', async () => {
    const rider = await client.register('RIDER', 'US');
    await client.saveProfile(rider.token, 'US');
    const key = randomUUID();
    const [a, b] = await Promise.all([addFunds(rider.token, { amount: 2_500 }, key), addFunds(rider.token, { amount: 2_500 }, key)]);
    expect(a.body.entryId).toBe(b.body.entryId);
    expect((await client.call('GET', '/api/wallet', { token: rider.token })).body.availableBalance).toBe('2500');
    const other = await addFunds(rider.token, { amount: 9_999 }, key);
    expect(other).toMatchObject({ status: 409, body: { code: 'IDEMPOTENCY_KEY_REUSED' } });
  });

  it.each([
    ['negative', { amount: -100 }],
    ['zero', { amount: 0 }],
    ['float', { amount: 10.5 }],
    ['string', { amount: '100' }],
    ['above 10^15', { amount: 1_000_000_000_000_001 }],
    ['missing', {}],
    ['unknown field', { amount: 100, currency: 'USD' }],
  ])('refuses a %s amount with 400 problem+json and moves nothing', async (_name, body) => {
    const rider = await client.register('RIDER', 'BD');
    const r = await addFunds(rider.token, body);
    expect(r.status).toBe(400);
    expect(r.type).toContain('application/problem+json');
    expect(r.body).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    expect((await client.call('GET', '/api/wallet', { token: rider.token })).body.availableBalance).toBe('0');
  });

  it('refuses malformed JSON, a missing Idempotency-Key and unknown register fields with 400', async () => {
    const rider = await client.register('RIDER');
    expect(
      (await client.call('POST', '/api/wallet/add-funds', { token: rider.token, rawBody: '{"amount": 1', headers: { 'idempotency-key': randomUUID() } }))
        .status,
    ).toBe(400);
    expect((await addFunds(rider.token, { amount: 100 }, null)).body).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    const reg = await client.call('POST', '/api/auth/register', {
      body: { email: `x-${randomUUID()}@e.com`, password: 'long password!', role: 'RIDER', countryCode: 'NG', isAdmin: true },
    });
    expect(reg.body).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', detail: 'body has an unknown field: isAdmin' });
    const admin = await client.call('POST', '/api/auth/register', {
      body: { email: `x-${randomUUID()}@e.com`, password: 'long password!', role: 'ADMIN', countryCode: 'NG' },
    });
    expect(admin.status).toBe(400);
    // Long enough, but the first an attacker tries: refused on the password field, and no account is made.
    const email = `x-${randomUUID()}@e.com`;
    const guessable = await client.call('POST', '/api/auth/register', { body: { email, password: 'P@ssword2026!', role: 'RIDER', countryCode: 'NG' } });
    expect(guessable.body).toMatchObject({
      status: 400,
      code: 'WEAK_PASSWORD',
      detail: expect.stringMatching(/^password is one of the first an attacker would try/),
    });
    expect((await client.call('POST', '/api/auth/login', { body: { email, password: 'P@ssword2026!' } })).status).toBe(401);
  });

  it('answers a body sent as anything but JSON with 415, and moves nothing', async () => {
    const rider = await client.register('RIDER');
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/xml']) {
      const r = await client.call('POST', '/api/wallet/add-funds', {
        token: rider.token,
        rawBody: '{"amount": 100}',
        headers: { 'idempotency-key': randomUUID(), 'content-type': type },
      });
      expect(r).toMatchObject({ status: 415, type: expect.stringContaining('application/problem+json'), body: { code: 'UNSUPPORTED_MEDIA_TYPE' } });
    }
    expect((await client.call('GET', '/api/wallet', { token: rider.token })).body).toMatchObject({ availableBalance: '0' });
  });

  it('lets only riders add funds', async () => {
    const driver = await client.register('DRIVER');
    expect(await addFunds(driver.token, { amount: 100 })).toMatchObject({ status: 403, body: { code: 'ROLE_NOT_ALLOWED' } });
    // Whatever they send: a driver learns top-ups are not theirs, not what a top-up should look like.
    expect(await addFunds(driver.token, { amount: -1, extra: true })).toMatchObject({ status: 403, body: { code: 'ROLE_NOT_ALLOWED' } });
  });

  it("hides another user's wallet behind 404", async () => {
    const alice = await client.register('RIDER');
    const bob = await client.register('RIDER');
    const bobWallet = (await client.call('GET', '/api/wallet', { token: bob.token })).body;
    expect(await client.call('GET', `/api/wallets/${bobWallet.id}`, { token: alice.token })).toMatchObject({ status: 404, body: { code: 'WALLET_NOT_FOUND' } });
    expect(await client.call('GET', `/api/wallets/${randomUUID()}`, { token: alice.token })).toMatchObject({ status: 404, body: { code: 'WALLET_NOT_FOUND' } });
    expect((await client.call('GET', `/api/wallets/${bobWallet.id}`, { token: bob.token })).status).toBe(200);
  });

  it('keeps /api/admin to admins with the permission, and shows them wallets and ledgers read-only', async () => {
    const rider = await client.register('RIDER', 'US');
    await client.saveProfile(rider.token, 'US');
    expect((await addFunds(rider.token, { amount: 4_321 })).status).toBe(200);
    expect(await client.call('GET', '/api/admin/wallets', { token: rider.token })).toMatchObject({ status: 403, body: { code: 'ADMIN_ONLY' } });
    expect(await client.call('GET', '/api/admin/wallets')).toMatchObject({ status: 401, body: { code: 'UNAUTHENTICATED' } });
    expect(await client.call('GET', '/api/admin/wallets', { token: 'not.a.token' })).toMatchObject({ status: 401 });
    // Who may not call a route learns that before anything about its input.
    const someone = randomUUID();
    expect(await client.call('POST', `/api/admin/users/${someone}/block`, { body: {} })).toMatchObject({ status: 401, body: { code: 'UNAUTHENTICATED' } });
    expect(await client.call('POST', '/api/admin/settlements/negative-balance', { token: rider.token, body: {} })).toMatchObject({
      status: 403,
      body: { code: 'ADMIN_ONLY' },
    });
    const adminToken = await client.login(stack.admin.email, stack.admin.password);
    const list = await client.call('GET', '/api/admin/wallets?ownerType=RIDER&country=US&minAvailable=4321&maxAvailable=4321', { token: adminToken });
    expect(list.status).toBe(200);
    const mine = list.body.wallets.find((w: { ownerId: string }) => w.ownerId === rider.id);
    expect(mine).toMatchObject({ availableBalance: '4321', currency: 'USD', ownerEmail: rider.email });
    const ledger = await client.call('GET', `/api/admin/wallets/${mine.id}/transactions`, { token: adminToken });
    expect(ledger.body.transactions).toEqual([expect.objectContaining({ type: 'CREDIT', amount: '4321', availableAfter: '4321', lockedAfter: '0' })]);
    // The other side, the platform's funding account, is sharded: its lines say no balance after them (null, not 0).
    const accounts = (await client.call('GET', '/api/admin/wallets?ownerType=SYSTEM&limit=100', { token: adminToken })).body.wallets.filter(
      (w: { currency: string; mode: string }) => w.currency === 'USD' && w.mode === 'live',
    );
    // Every page of each (the accounts are shared by every test of the stack): the line is there, wherever it fell.
    const allLines = async (walletId: string) => {
      const lines: Array<{ entryId: string }> = [];
      for (let cursor: string | null = ''; cursor !== null;) {
        const page: { transactions: Array<{ entryId: string }>; page: { nextCursor: string | null } } = (
          await client.call('GET', `/api/admin/wallets/${walletId}/transactions?limit=100${cursor ? `&cursor=${cursor}` : ''}`, { token: adminToken })
        ).body;
        lines.push(...page.transactions);
        cursor = page.page.nextCursor;
      }
      return lines;
    };
    const platformLines = (await Promise.all(accounts.map((w: { id: string }) => allLines(w.id)))).flat();
    expect(platformLines.find((t: { entryId: string }) => t.entryId === ledger.body.transactions[0].entryId)).toMatchObject({
      amount: '4321',
      availableAfter: null,
      lockedAfter: null,
      negativeAfter: null,
    });
    expect((await client.call('GET', `/api/admin/wallets/${mine.id}`, { token: adminToken })).body).toMatchObject({ id: mine.id, ownerEmail: rider.email });
    // One user's wallets, as the Users page links to them; an id that is not one is a 400, not an empty page.
    const theirs = await client.call('GET', `/api/admin/wallets?ownerId=${rider.id}`, { token: adminToken });
    expect(theirs.body.wallets.map((w: { id: string }) => w.id)).toEqual([mine.id]);
    expect(await client.call('GET', '/api/admin/wallets?ownerId=ada', { token: adminToken })).toMatchObject({
      status: 400,
      body: { code: 'VALIDATION_FAILED' },
    });
    // The platform's own wallets belong to no user: no email, and the list is served all the same.
    const platform = await client.call('GET', '/api/admin/wallets?ownerType=PLATFORM', { token: adminToken });
    expect(platform.status).toBe(200);
    expect(platform.body.wallets.length).toBeGreaterThan(0);
    expect(platform.body.wallets.every((w: { ownerEmail: string | null }) => w.ownerEmail === null)).toBe(true);
    // A range given back to front is a mistake, said as one, not an empty page.
    for (const [path, detail] of [
      ['/api/admin/wallets?minAvailable=1000000&maxAvailable=10', 'querystring minAvailable must not be after maxAvailable'],
      [
        '/api/admin/wallets?minAvailable=100000',
        'querystring country must be given with minAvailable or maxAvailable (or ownerId): they are minor units of its currency',
      ],
      ['/api/admin/payouts?country=NG&countryCode=US', 'querystring countryCode must be the same as country (they are one filter), or left out'],
      ['/api/admin/payouts?from=2026-11-20&to=2026-11-01', 'querystring from must not be after to'],
      ['/api/admin/earnings?from=2026-12-30&to=2026-11-01&groupBy=day', 'querystring from must not be after to'],
      ['/api/admin/audit?from=2026-11-20T00:00:00Z&to=2026-11-01T00:00:00Z', 'querystring from must not be after to'],
      ['/api/admin/audit/export?from=2026-11-20T00:00:00Z&to=2026-11-01T00:00:00Z', 'querystring from must not be after to'],
    ]) {
      expect(await client.call('GET', path!, { token: adminToken })).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED', detail } });
    }
    expect((await client.call('GET', '/api/admin/payouts?from=2026-11-20&to=2026-11-20', { token: adminToken })).status).toBe(200);
    // The balance range's refusal names the field it wants, so a form can mark it.
    expect((await client.call('GET', '/api/admin/wallets?minAvailable=-5', { token: adminToken })).body.errors).toEqual([
      { field: 'country', message: 'must be given with minAvailable or maxAvailable (or ownerId): they are minor units of its currency' },
    ]);
    // The country filter by SPEC's name (country) and the other lists' (countryCode) is one filter.
    for (const list of ['payouts', 'wallets']) {
      const [byCountry, byCode] = await Promise.all([
        client.call('GET', `/api/admin/${list}?country=NG&limit=100`, { token: adminToken }),
        client.call('GET', `/api/admin/${list}?countryCode=NG&limit=100`, { token: adminToken }),
      ]);
      expect(byCountry.status).toBe(200);
      expect(byCountry.body).toEqual(byCode.body);
      if (list === 'wallets') {
        expect(byCountry.body.wallets.length).toBeGreaterThan(0);
        expect(byCountry.body.wallets.every((w: { countryCode: string }) => w.countryCode === 'NG')).toBe(true);
      }
    }
    // A route that takes no query parameter refuses one too: a misspelt filter is never ignored.
    for (const path of ['/api/admin/audit/verify?x=1', '/api/me?limit=5', `/api/admin/wallets/${mine.id}?x=1`])
      expect(await client.call('GET', path, { token: adminToken })).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED' } });
    // Two fields refused at once are worded alike, and both named.
    const twoBad = await client.call('GET', '/api/admin/audit?from=yesterday&to=today', { token: adminToken });
    expectProblem(twoBad, 400, 'VALIDATION_FAILED');
    expect(twoBad.body.detail).toMatch(/^querystring from must .+, querystring to must /);
    expect(twoBad.body.errors.map((e: { field: string }) => e.field)).toEqual(['from', 'to']);
    // Read-only: the ledger takes no write, and says which methods it takes.
    expect(await client.call('POST', `/api/admin/wallets/${mine.id}/transactions`, { token: adminToken, body: {} })).toMatchObject({
      status: 405,
      body: { code: 'METHOD_NOT_ALLOWED' },
    });
  });

  it('serves the OpenAPI document at /docs', async () => {
    const doc = await client.call('GET', '/docs/json');
    expect(doc.status).toBe(200);
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/api/auth/register', '/api/wallet/add-funds', '/api/admin/wallets']));
  });

  it('never sends a stack trace, and the ledger stays consistent', async () => {
    expect(responses.length).toBeGreaterThan(20);
    for (const text of responses) expect(text).not.toMatch(/\bat .+\.(ts|js):\d+|stack/);
    expect(await sql(stack.walletDatabaseUrl, 'select entry_id from posting group by entry_id having sum(amount) <> 0')).toEqual([]);
  });
});
