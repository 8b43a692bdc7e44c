import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createLocalJWKSet, jwtVerify, type JSONWebKeySet } from 'jose';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { api, startStack, type Stack } from './stack.ts';

let stack: Stack;
let client: ReturnType<typeof api>;

beforeAll(async () => {
  stack = await startStack('contract');
  client = api(stack.url);
});
afterAll(async () => stack?.stop());

describe('the API contract a client generates from', () => {
  it('serves at /openapi.json (and /api/openapi.json) the very document the committed typed client was generated from', async () => {
    const served = await client.call('GET', '/openapi.json');
    expect(served.status).toBe(200);
    const committed = JSON.parse(readFileSync(join(import.meta.dirname, '../../../packages/api-client/openapi.json'), 'utf8'));
    expect(served.body).toEqual(committed);
    expect((await client.call('GET', '/docs/json')).body).toEqual(committed);
    expect((await client.call('GET', '/api/openapi.json')).body).toEqual(committed);
  });

  it('names every operation and documents every error as problem+json', async () => {
    const doc = (await client.call('GET', '/openapi.json')).body;
    const withMethods = Object.values(doc.paths).flatMap((item: any) => Object.entries(item)) as [string, any][];
    const operations = withMethods.map(([, op]) => op);
    expect(operations.length).toBeGreaterThan(80);
    const ids = operations.map((op) => op.operationId);
    expect(new Set(ids).size).toBe(operations.length);
    for (const op of operations) {
      expect(op).toMatchObject({ operationId: expect.stringMatching(/^[a-z][A-Za-z]+$/), summary: expect.any(String), description: expect.any(String) });
      for (const [status, response] of Object.entries(op.responses) as [string, any][]) {
        if (status === 'default' || Number(status) >= 400) expect(Object.keys(response.content)).toEqual(['application/problem+json']);
      }
      // What any route may answer: the rate limit everywhere.
      expect(op.responses['429'].headers).toHaveProperty('Retry-After');
    }
    // And 415 wherever a body may be sent (the payout webhook reads its own raw body).
    for (const [method, op] of withMethods) if (['post', 'put', 'patch'].includes(method)) expect(op.responses).toHaveProperty('415');
  });

  it('answers 401 with the scheme that would authenticate (WWW-Authenticate), and 415 as documented', async () => {
    const r = await fetch(`${stack.url}/api/wallet`, { headers: { authorization: 'Bearer not-a-token' } });
    expect(r.status).toBe(401);
    expect(r.headers.get('www-authenticate')).toBe('Bearer realm="ziba"');
    const encoded = await client.call('POST', '/api/auth/login', {
      body: { email: 'a@example.com', password: 'a long password' },
      headers: { 'content-encoding': 'gzip' },
    });
    expect(encoded).toMatchObject({ status: 415, body: { code: 'UNSUPPORTED_MEDIA_TYPE' } });
  });

  it('answers a problem whose type link lands on the explanation of its code', async () => {
    const r = await client.call('GET', '/api/wallet');
    expect(r).toMatchObject({ status: 401, type: expect.stringContaining('application/problem+json'), body: { code: 'UNAUTHENTICATED' } });
    const link = new URL(r.body.type);
    expect(link.hash).toBe('#unauthenticated');
    const page = await fetch(`${stack.url}${link.pathname}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<tr id="unauthenticated">');
  });

  it('publishes the token-signing keys at /.well-known/jwks.json, enough to verify a login token', async () => {
    const jwks = await fetch(`${stack.url}/.well-known/jwks.json`);
    expect(jwks.status).toBe(200);
    expect(jwks.headers.get('cache-control')).toBe('public, max-age=300');
    const keys = (await jwks.json()) as JSONWebKeySet;
    expect(keys.keys.length).toBeGreaterThan(0);
    expect(JSON.stringify(keys)).not.toMatch(/"d":/); // public halves only
    const admin = await stack.createAdmin(['VIEW_WALLETS']);
    const token = await client.login(admin.email, admin.password);
    const { payload } = await jwtVerify(token, createLocalJWKSet(keys));
    expect(payload.sub).toBeDefined();
  });
});
