import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStack, type Stack } from './stack.ts';

// A stand-in build (what scripts/build-web writes to web/dist), so this tests the serving rules alone.
const dist = mkdtempSync(join(tmpdir(), 'ziba-web-'));
mkdirSync(join(dist, 'assets'));
writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Ziba wallet</title><script type="module" src="/assets/index-abc123.js"></script>');
writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log("ui")');

let stack: Stack;
let base: string;
const html = { accept: 'text/html,application/xhtml+xml' };

beforeAll(async () => {
  stack = await startStack('webui');
  base = (await stack.startGateway({ WEB_DIST_DIR: dist })).url;
});
afterAll(async () => stack?.stop());

describe('the gateway serves the web UI', () => {
  it('serves index.html never cached and hashed assets cached for good', async () => {
    const page = await fetch(`${base}/index.html`);
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const asset = await fetch(`${base}/assets/index-abc123.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('serves a build made while it runs: the new index.html and its new assets, not the old ones', async () => {
    writeFileSync(join(dist, 'assets', 'index-def456.js'), 'console.log("ui 2")');
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Ziba wallet</title><script type="module" src="/assets/index-def456.js"></script>');
    expect(await (await fetch(`${base}/wallet`, { headers: html })).text()).toContain('/assets/index-def456.js');
    expect(await (await fetch(`${base}/assets/index-def456.js`)).text()).toBe('console.log("ui 2")');
    // A file the build does not have is a 404 problem like any unknown path.
    const missing = await fetch(`${base}/assets/index-000000.js`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toContain('application/problem+json');
  });

  it('answers a browser navigation to a client route with the app, and nothing else', async () => {
    const route = await fetch(`${base}/driver`, { headers: html });
    expect(route.status).toBe(200);
    expect(route.headers.get('content-type')).toContain('text/html');
    expect(await route.text()).toContain('<title>Ziba wallet</title>');
    // Not a page request, or under /api: a 404 problem, never the app.
    for (const [path, headers] of [
      ['/driver', {}],
      ['/api/nope', html],
      ['/api/nope', {}],
    ] as const) {
      const r = await fetch(`${base}${path}`, { headers });
      expect(r.status).toBe(404);
      expect(r.headers.get('content-type')).toContain('application/problem+json');
      expect(await r.json()).toMatchObject({ code: 'ROUTE_NOT_FOUND' });
    }
    expect((await fetch(`${base}/driver`, { method: 'POST', headers: html })).status).toBe(404);
  });

  it('sends a strict Content-Security-Policy and the other security headers', async () => {
    const r = await fetch(`${base}/wallet`, { headers: html });
    const csp = r.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    // The API's answers carry the same headers.
    expect((await fetch(`${base}/api/wallet`)).headers.get('content-security-policy')).toBe(csp);
  });

  it('keeps the API docs working under their own policy', async () => {
    const docs = await fetch(`${base}/docs/static/index.html`);
    expect(docs.status).toBe(200);
  });
});
