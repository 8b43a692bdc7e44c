import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createLogger } from '@ziba/service-kit';
import { randomBytes, randomUUID } from 'node:crypto';
import { startGateway, type Gateway } from '../src/app.ts';
import { loadGatewayConfig } from '../src/config.ts';
import { expectProblem } from './people.ts';
import { api, sampleProfile, startStack, type Stack } from './stack.ts';

// Sign-in for browsers (issue 14) over REST: httpOnly session cookies, the CSRF check of changes
// made with them, rotation with reuse detection, sign-out; Bearer tokens unchanged. The gateway
// here has a public origin of its own and logs everything (trace), so no token may reach a log line.

const PUBLIC = 'https://wallet.ziba.test';
const DEV_SERVER = 'http://localhost:5173';
const PASSWORD = 'a strong password';
/** What Chromium sends with a fetch from one of the gateway's own pages. */
const fromOwnPage = { 'sec-fetch-site': 'same-origin', origin: PUBLIC };

let stack: Stack;
let gateway: Gateway;
const logLines: string[] = [];
/** Every response body the tests saw, to look for tokens in. */
const bodies: string[] = [];
/** Every token value a Set-Cookie carried. */
const tokensSeen = new Set<string>();

beforeAll(async () => {
  stack = await startStack('session');
  const a = stack.grpc.addresses;
  gateway = await startGateway(
    loadGatewayConfig({
      PORT: '0',
      METRICS_PORT: '0',
      IDENTITY_ADDRESS: a.identity,
      WALLET_ADDRESS: a['wallet-ledger'],
      TRIP_ADDRESS: a['trip-settlement'],
      PAYOUT_ADDRESS: a.payout,
      AUDIT_ADDRESS: a.audit,
      SERVICE_TOKEN: stack.grpc.gatewayToken,
      RATE_LIMIT_PER_MINUTE: '100000',
      REDIS_KEY_PREFIX: `session-${randomBytes(3).toString('hex')}:`,
      PUBLIC_BASE_URL: PUBLIC,
      TRUSTED_ORIGINS: DEV_SERVER,
    }),
    createLogger('gateway', 'trace', { write: (line: string) => void logLines.push(line) }),
  );
});
afterAll(async () => {
  await gateway?.stop();
  await stack?.stop();
});

interface Cookie {
  name: string;
  value: string;
  attributes: Record<string, string | true>;
}

const parseSetCookie = (header: string): Cookie => {
  const [pair, ...attrs] = header.split(';').map((s) => s.trim());
  const eq = pair!.indexOf('=');
  const attributes: Record<string, string | true> = {};
  for (const a of attrs) {
    const i = a.indexOf('=');
    attributes[(i < 0 ? a : a.slice(0, i)).toLowerCase()] = i < 0 ? true : a.slice(i + 1);
  }
  return { name: pair!.slice(0, eq), value: decodeURIComponent(pair!.slice(eq + 1)), attributes };
};

/** A browser's cookie jar, reduced to what these tests need (one host, paths under /api). */
class Browser {
  jar = new Map<string, Cookie>();

  cookieHeader(path: string): string {
    return [...this.jar.values()]
      .filter((c) => c.attributes.path === '/' || path === c.attributes.path || path.startsWith(`${String(c.attributes.path)}/`))
      .map((c) => `${c.name}=${c.value}`)
      .join('; ');
  }

  async fetch(method: string, path: string, opts: { body?: unknown; headers?: Record<string, string>; cookies?: boolean } = {}) {
    const headers: Record<string, string> = { ...opts.headers };
    const cookie = opts.cookies === false ? '' : this.cookieHeader(path);
    if (cookie) headers.cookie = cookie;
    if (opts.body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${gateway.url}${path}`, { method, headers, body: opts.body === undefined ? undefined : JSON.stringify(opts.body) });
    const setCookies = res.headers.getSetCookie().map(parseSetCookie);
    for (const c of setCookies) {
      if (c.value && c.name !== HINT) tokensSeen.add(c.value);
      if (c.attributes['max-age'] === '0') this.jar.delete(c.name);
      else this.jar.set(c.name, c);
    }
    const text = await res.text();
    bodies.push(text);
    return {
      status: res.status,
      type: res.headers.get('content-type') ?? '',
      replayed: null,
      retryAfter: res.headers.get('retry-after'),
      location: res.headers.get('location'),
      correlationId: res.headers.get('x-correlation-id'),
      text,
      body: text ? JSON.parse(text) : null,
      setCookies,
    };
  }

  value(name: string): string | undefined {
    return this.jar.get(name)?.value;
  }
}

const ACCESS = '__Secure-ziba-access';
const REFRESH = '__Secure-ziba-refresh';
/** Readable by the page, secret-free: that a session may exist (the page then asks who is signed in). */
const HINT = '__Host-ziba-signed-in';

async function registered(role: 'RIDER' | 'DRIVER' = 'RIDER') {
  const email = `${role.toLowerCase()}-${randomUUID()}@example.com`;
  const reg = await api(gateway.url).call('POST', '/api/auth/register', { body: { email, password: PASSWORD, role, countryCode: 'NG' } });
  expect(reg.status).toBe(201);
  return { email, id: reg.body.id as string };
}

async function signedIn() {
  const user = await registered();
  const browser = new Browser();
  const r = await browser.fetch('POST', '/api/auth/session', { body: { email: user.email, password: PASSWORD }, headers: fromOwnPage });
  expect(r.status).toBe(200);
  return { ...user, browser };
}

const hasProfile = async (browser: Browser) => (await browser.fetch('GET', '/api/me/verification')).body.profile !== null;

describe('sign-in for browsers', () => {
  it('sets httpOnly, Secure, SameSite=Strict cookies and answers the user, never a token', async () => {
    const user = await registered();
    const browser = new Browser();
    const r = await browser.fetch('POST', '/api/auth/session', { body: { email: user.email.toUpperCase(), password: PASSWORD }, headers: fromOwnPage });
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ user: expect.objectContaining({ id: user.id, email: user.email, role: 'RIDER' }), expiresIn: 900 });
    const byName = Object.fromEntries(r.setCookies.map((c) => [c.name, c]));
    expect(Object.keys(byName).sort()).toEqual([HINT, ACCESS, REFRESH]);
    expect(byName[ACCESS]!.attributes).toEqual({ 'max-age': '900', path: '/api', httponly: true, secure: true, samesite: 'Strict' });
    expect(byName[REFRESH]!.attributes).toEqual({
      'max-age': String(14 * 86_400),
      path: '/api/auth/session',
      httponly: true,
      secure: true,
      samesite: 'Strict',
    });
    expect(byName[HINT]).toEqual({ name: HINT, value: '1', attributes: { 'max-age': String(14 * 86_400), path: '/', secure: true, samesite: 'Strict' } });
    expect(byName[ACCESS]!.value.split('.')).toHaveLength(3);
    expect(r.text).not.toContain(byName[ACCESS]!.value);
    expect(r.text).not.toContain(byName[REFRESH]!.value);
  });

  it('refuses a sign-in that does not come from the site’s own pages, and a wrong password, setting no cookie', async () => {
    const user = await registered();
    const body = { email: user.email, password: PASSWORD };
    const refused: Record<string, string>[] = [
      {},
      { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' },
      { 'sec-fetch-site': 'same-site', origin: PUBLIC },
      { origin: 'https://evil.example' },
      { origin: 'null' },
    ];
    for (const headers of refused) {
      const r = await new Browser().fetch('POST', '/api/auth/session', { body, headers });
      expectProblem(r, 403, 'CSRF_REJECTED');
      expect(r.setCookies).toEqual([]);
    }
    const wrong = await new Browser().fetch('POST', '/api/auth/session', { body: { ...body, password: 'not the password' }, headers: fromOwnPage });
    expectProblem(wrong, 401, 'INVALID_CREDENTIALS');
    expect(wrong.setCookies).toEqual([]);
  });

  it('authenticates GET requests with the cookie alone', async () => {
    const { browser, id } = await signedIn();
    const me = await browser.fetch('GET', '/api/me');
    expect(me.status).toBe(200);
    expect(me.body.id).toBe(id);
    expect((await browser.fetch('GET', '/api/wallet')).status).toBe(200);
    expectProblem(await new Browser().fetch('GET', '/api/me'), 401, 'UNAUTHENTICATED');
  });

  it('refuses cookie-authenticated changes from another site or origin, or without either header, and changes nothing', async () => {
    const { browser } = await signedIn();
    const refused: Record<string, string>[] = [
      {},
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site', origin: PUBLIC },
      { 'sec-fetch-site': 'cross-site', origin: PUBLIC },
      { 'sec-fetch-site': 'same-origin', origin: 'https://evil.example' },
      { 'sec-fetch-site': 'same-origin', origin: `${PUBLIC}:8443` },
      { 'sec-fetch-site': 'same-origin', origin: 'http://wallet.ziba.test' },
      { origin: 'https://wallet.ziba.test.evil.example' },
      { origin: 'null' },
    ];
    for (const headers of refused) {
      const r = await browser.fetch('PUT', '/api/me/identity-profile', { body: sampleProfile('NG'), headers });
      expectProblem(r, 403, 'CSRF_REJECTED');
    }
    expect(await hasProfile(browser)).toBe(false);
    // The same for a DELETE and a POST of the session itself.
    expectProblem(await browser.fetch('DELETE', '/api/auth/session', { headers: { 'sec-fetch-site': 'cross-site' } }), 403, 'CSRF_REJECTED');
    expectProblem(await browser.fetch('POST', '/api/auth/session/refresh', { headers: { origin: 'https://evil.example' } }), 403, 'CSRF_REJECTED');
    expect((await browser.fetch('GET', '/api/me')).status).toBe(200);
  });

  it('accepts cookie-authenticated changes from the site’s own pages (same-origin, exact Origin, or a configured extra origin)', async () => {
    const { browser } = await signedIn();
    const saved = await browser.fetch('PUT', '/api/me/identity-profile', { body: sampleProfile('NG'), headers: fromOwnPage });
    expect(saved.status).toBe(200);
    expect(await hasProfile(browser)).toBe(true);
    // Either header alone, when it passes (browsers without Fetch Metadata still send Origin).
    expect((await browser.fetch('PUT', '/api/me/identity-profile', { body: sampleProfile('NG'), headers: { origin: PUBLIC } })).status).toBe(200);
    expect((await browser.fetch('PUT', '/api/me/identity-profile', { body: sampleProfile('NG'), headers: { 'sec-fetch-site': 'same-origin' } })).status).toBe(
      200,
    );
    // The Vite dev server proxying /api: same-origin to the page, its own Origin.
    expect(
      (await browser.fetch('PUT', '/api/me/identity-profile', { body: sampleProfile('NG'), headers: { 'sec-fetch-site': 'same-origin', origin: DEV_SERVER } }))
        .status,
    ).toBe(200);
  });

  it('keeps Bearer tokens working exactly as before, with no CSRF header, even beside a cookie', async () => {
    const { browser, email } = await signedIn();
    const token = await api(gateway.url).login(email, PASSWORD);
    const bearer = { authorization: `Bearer ${token}` };
    expect((await new Browser().fetch('PUT', '/api/me/identity-profile', { body: sampleProfile('NG'), headers: bearer })).status).toBe(200);
    // A Bearer header is what authenticates when both come: no CSRF check for it.
    expect((await browser.fetch('PUT', '/api/me/identity-profile', { body: sampleProfile('NG'), headers: bearer })).status).toBe(200);
    // And a bad Bearer header is not rescued by a good cookie.
    expectProblem(await browser.fetch('GET', '/api/me', { headers: { authorization: 'Bearer not-a-token' } }), 401, 'UNAUTHENTICATED');
  });

  it('gives a session from before the hint its hint when its page asks who is signed in, and only then', async () => {
    const { browser, email } = await signedIn();
    browser.jar.delete(HINT);
    const me = await browser.fetch('GET', '/api/me');
    expect(me.status).toBe(200);
    expect(me.setCookies.map((c) => [c.name, c.value, c.attributes['max-age'], c.attributes.path, c.attributes.httponly])).toEqual([
      [HINT, '1', '7776000', '/', undefined],
    ]);
    expect((await browser.fetch('GET', '/api/me')).setCookies).toEqual([]); // it has one now
    const bearer = { authorization: `Bearer ${await api(gateway.url).login(email, PASSWORD)}` };
    expect((await new Browser().fetch('GET', '/api/me', { headers: bearer })).setCookies).toEqual([]); // apps keep no cookie
  });

  it('rotates both cookies on refresh; the new access cookie works', async () => {
    const { browser, id } = await signedIn();
    const [access1, refresh1] = [browser.value(ACCESS), browser.value(REFRESH)];
    const r = await browser.fetch('POST', '/api/auth/session/refresh', { headers: fromOwnPage });
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ user: expect.objectContaining({ id }), expiresIn: 900 });
    expect(r.setCookies.map((c) => c.name).sort()).toEqual([HINT, ACCESS, REFRESH]);
    expect(browser.value(REFRESH)).not.toBe(refresh1);
    expect(browser.value(ACCESS)).toBeDefined();
    expect(r.text).not.toContain(browser.value(REFRESH)!);
    expect(access1).toBeDefined();
    expect((await browser.fetch('GET', '/api/me')).body.id).toBe(id);
    // A typed client sends `{}` for an operation without input: also accepted.
    expect((await browser.fetch('POST', '/api/auth/session/refresh', { body: {}, headers: fromOwnPage })).status).toBe(200);
  });

  it('revokes the whole session when an old refresh token comes back: the newest stops working too', async () => {
    const { browser } = await signedIn();
    const stolen = new Browser();
    stolen.jar = new Map(browser.jar);
    expect((await browser.fetch('POST', '/api/auth/session/refresh', { headers: fromOwnPage })).status).toBe(200);
    // The copy of the first refresh token is presented again.
    const reuse = await stolen.fetch('POST', '/api/auth/session/refresh', { headers: fromOwnPage });
    expectProblem(reuse, 401, 'REFRESH_TOKEN_REUSED');
    expect(reuse.setCookies.map((c) => [c.name, c.attributes['max-age']]).sort()).toEqual([
      [HINT, '0'],
      [ACCESS, '0'],
      [REFRESH, '0'],
    ]);
    // The session's newest access token (whoever holds it) stops working at once...
    expectProblem(await browser.fetch('GET', '/api/me'), 401, 'TOKEN_REVOKED');
    // ...and the legitimate browser's newer refresh token is revoked with its family.
    const newest = await browser.fetch('POST', '/api/auth/session/refresh', { headers: fromOwnPage });
    expectProblem(newest, 401, 'SESSION_EXPIRED');
    expect(browser.value(REFRESH)).toBeUndefined();
    expect(browser.value(ACCESS)).toBeUndefined();
  });

  it('lets one of two concurrent refreshes with the same cookie rotate', async () => {
    const { browser } = await signedIn();
    const statuses = (await Promise.all([0, 1].map(() => browser.fetch('POST', '/api/auth/session/refresh', { headers: fromOwnPage }))))
      .map((r) => r.status)
      .sort();
    expect(statuses).toEqual([200, 401]);
  });

  it('signs out: the refresh token and the access token are revoked and both cookies are cleared', async () => {
    const { browser, email } = await signedIn();
    const kept = new Browser();
    kept.jar = new Map(browser.jar);
    // The same user elsewhere: another browser, and an app with a Bearer token.
    const elsewhere = new Browser();
    expect((await elsewhere.fetch('POST', '/api/auth/session', { body: { email, password: PASSWORD }, headers: fromOwnPage })).status).toBe(200);
    const bearer = { authorization: `Bearer ${await api(gateway.url).login(email, PASSWORD)}` };
    const out = await browser.fetch('DELETE', '/api/auth/session', { headers: fromOwnPage });
    expect(out.status).toBe(204);
    expect(out.setCookies.map((c) => [c.name, c.attributes['max-age'], c.attributes.path]).sort()).toEqual([
      [HINT, '0', '/'],
      [ACCESS, '0', '/api'],
      [REFRESH, '0', '/api/auth/session'],
    ]);
    expect(browser.jar.size).toBe(0);
    expectProblem(await browser.fetch('GET', '/api/me'), 401, 'UNAUTHENTICATED');
    // A copy of the access cookie kept from before the sign-out no longer works, for reads or changes...
    expectProblem(await kept.fetch('GET', '/api/me'), 401, 'TOKEN_REVOKED');
    expectProblem(await kept.fetch('PUT', '/api/me/identity-profile', { body: sampleProfile('NG'), headers: fromOwnPage }), 401, 'TOKEN_REVOKED');
    expect(await hasProfile(elsewhere)).toBe(false);
    // ...nor does a copy of the refresh cookie bring the session back.
    expectProblem(await kept.fetch('POST', '/api/auth/session/refresh', { headers: fromOwnPage }), 401, 'SESSION_EXPIRED');
    // The user's other sessions and tokens are not signed out.
    expect((await elsewhere.fetch('GET', '/api/me')).status).toBe(200);
    expect((await new Browser().fetch('GET', '/api/me', { headers: bearer })).status).toBe(200);
    // Signing out without a session is still 204; refreshing without one is 401.
    expect((await new Browser().fetch('DELETE', '/api/auth/session', { headers: fromOwnPage })).status).toBe(204);
    expectProblem(await new Browser().fetch('POST', '/api/auth/session/refresh', { headers: fromOwnPage }), 401, 'SESSION_EXPIRED');
  });

  it('ends the session a browser had when it signs in again', async () => {
    const { browser, email } = await signedIn();
    const before = new Browser();
    before.jar = new Map(browser.jar);
    expect((await browser.fetch('POST', '/api/auth/session', { body: { email, password: PASSWORD }, headers: fromOwnPage })).status).toBe(200);
    expectProblem(await before.fetch('GET', '/api/me'), 401, 'TOKEN_REVOKED');
    expectProblem(await before.fetch('POST', '/api/auth/session/refresh', { headers: fromOwnPage }), 401, 'SESSION_EXPIRED');
    expect((await browser.fetch('GET', '/api/me')).status).toBe(200);
    expect((await browser.fetch('POST', '/api/auth/session/refresh', { headers: fromOwnPage })).status).toBe(200);
  });

  it('signs an app out: that sign-in’s token is refused, the user’s other sign-ins go on', async () => {
    const { email } = await registered();
    const [phone, tablet] = await Promise.all([0, 1].map(() => api(gateway.url).login(email, PASSWORD)));
    const as = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });
    expect((await new Browser().fetch('POST', '/api/auth/logout', as(phone!))).status).toBe(204);
    expectProblem(await new Browser().fetch('GET', '/api/me', as(phone!)), 401, 'TOKEN_REVOKED');
    expectProblem(await new Browser().fetch('POST', '/api/auth/logout', as(phone!)), 401, 'TOKEN_REVOKED');
    expect((await new Browser().fetch('GET', '/api/me', as(tablet!))).status).toBe(200);
    expectProblem(await new Browser().fetch('POST', '/api/auth/logout'), 401, 'UNAUTHENTICATED');
    // A browser's sign-in lives on in its refresh cookie, which this route never sees: it is told where to sign out.
    const { browser } = await signedIn();
    expectProblem(await browser.fetch('POST', '/api/auth/logout', { headers: fromOwnPage }), 400, 'BEARER_TOKEN_REQUIRED');
    expect((await browser.fetch('GET', '/api/me')).status).toBe(200);
  });

  it('while Redis is away: tokens are still accepted, and a sign-out that cannot be recorded is 503, not a false success', async () => {
    const { email } = await registered();
    const token = await api(gateway.url).login(email, PASSWORD);
    const cut = await stack.startGateway({ REDIS_URL: 'redis://127.0.0.1:1' });
    const bearer = { authorization: `Bearer ${token}` };
    expect((await fetch(`${cut.url}/api/me`, { headers: bearer })).status).toBe(200);
    const out = await fetch(`${cut.url}/api/auth/logout`, { method: 'POST', headers: bearer });
    expect({ status: out.status, code: ((await out.json()) as { code: string }).code }).toEqual({ status: 503, code: 'DEPENDENCY_UNAVAILABLE' });
    // Not signed out, so the token goes on working where Redis answers; the app retries the sign-out.
    expect((await new Browser().fetch('GET', '/api/me', { headers: bearer })).status).toBe(200);
  });

  it('puts no token in any response body or log line, and redacts the cookie header', () => {
    expect(tokensSeen.size).toBeGreaterThan(10);
    const logs = logLines.join('');
    expect(logLines.length).toBeGreaterThan(50);
    for (const token of tokensSeen) {
      expect(bodies.some((b) => b.includes(token))).toBe(false);
      expect(logs.includes(token)).toBe(false);
    }
    expect(logs).not.toContain(ACCESS);
  });
});
