import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { PROBLEMS, problemAnchor } from '../openapi/problem-catalogue.ts';
import type { RouteDeps } from './route-deps.ts';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/** `code spans` in a meaning become <code>. */
const withCode = (s: string) => escapeHtml(s).replace(/`([^`]+)`/g, '<code>$1</code>');

/** One static page: every problem code with its anchor, so a problem's `type` link lands on its meaning. */
function problemsPage(): string {
  const rows = Object.entries(PROBLEMS)
    .map(([code, p]) => `<tr id="${problemAnchor(code)}"><td><code>${code}</code></td><td>${p.status}</td><td>${withCode(p.meaning)}</td></tr>`)
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Problem codes · Ziba money platform API</title>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1a1a1a}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ccc;padding:.5rem;text-align:left;vertical-align:top}
tr:target{background:#fff3bf}code{font-size:.9em}</style></head>
<body><h1>Problem codes</h1>
<p>Every error is <code>application/problem+json</code> (RFC 9457) with a stable <code>code</code>. Branch on the code, not on <code>detail</code>.
A 422 lists every rule that refused the request in <code>reasons</code>. The full reference is at <a href="/docs">/docs</a>; the document at <a href="/openapi.json">/openapi.json</a>.</p>
<table><thead><tr><th>Code</th><th>Status</th><th>Meaning</th></tr></thead><tbody>
${rows}
</tbody></table></body></html>`;
}

/**
 * What a client developer reads and generates from: the OpenAPI document at /openapi.json (also
 * /api/openapi.json and /docs/json), the problem codes at /docs/problems, and the token-signing keys at the standard
 * /.well-known/jwks.json so other verifiers need no gRPC.
 */
export const apiDocsRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { clients }) => {
  const hide = { hide: true };
  // Also under /api, where a client developer looks for it beside the API itself.
  for (const path of ['/openapi.json', '/api/openapi.json'])
    app.get(path, { schema: hide }, async (_request, reply) => reply.header('cache-control', 'public, max-age=300').send(app.swagger()));

  const page = problemsPage();
  app.get('/docs/problems', { schema: hide }, async (_request, reply) =>
    reply.header('cache-control', 'public, max-age=300').type('text/html; charset=utf-8').send(page),
  );

  app.get('/.well-known/jwks.json', { schema: hide }, async (_request, reply) => {
    const { jwksJson } = await clients.identity.call('GetJwks', {});
    // Keys rotate: a verifier re-reads within five minutes, and on an unknown key id.
    return reply.header('cache-control', 'public, max-age=300').type('application/jwk-set+json').send(jwksJson);
  });
};
