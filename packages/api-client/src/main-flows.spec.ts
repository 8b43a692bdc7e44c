import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// main-flows.http is for people; this keeps it true to the contract: every request names an
// operation of openapi.json, and every JSON body uses only fields that operation accepts.

const here = join(import.meta.dirname, '..');
const document = JSON.parse(readFileSync(join(here, 'openapi.json'), 'utf8'));
const requests = readFileSync(join(here, 'main-flows.http'), 'utf8')
  .split(/^###.*$/m)
  .slice(1)
  .map((block) => {
    const lines = block.split('\n').filter((l) => !l.startsWith('#'));
    const start = lines.findIndex((l) => /^(GET|POST|PUT|DELETE|PATCH) /.test(l));
    const [method, target] = lines[start]!.split(' ');
    const blank = lines.findIndex((l, i) => i > start && l.trim() === '');
    const body = blank > 0 ? lines.slice(blank).join('\n').trim() : '';
    return { method: method!.toLowerCase(), path: new URL(target!.replace('{{base}}', 'http://x').replace(/\{\{[^}]+\}\}/g, 'VAR')).pathname, body };
  });

/** The OpenAPI path template that matches a concrete path (`/api/trips/VAR/accept` -> `/api/trips/{tripId}/accept`). */
const templateOf = (path: string) => Object.keys(document.paths).find((t) => new RegExp(`^${t.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(path));

const schemaOf = (node: { $ref?: string }): any => (node.$ref ? document.components.schemas[node.$ref.split('/').pop()!] : node);

describe('main-flows.http', () => {
  it('has the main flows', () => {
    expect(requests.length).toBeGreaterThan(15);
  });

  it.each(requests.map((r) => [`${r.method.toUpperCase()} ${r.path}`, r] as const))('%s is an operation of the API, with a body it accepts', (_name, r) => {
    const template = templateOf(r.path);
    expect(template).toBeDefined();
    const operation = document.paths[template!][r.method];
    expect(operation).toBeDefined();
    if (!r.body) return;
    const schema = schemaOf(operation.requestBody.content['application/json'].schema);
    const body = JSON.parse(r.body) as Record<string, unknown>;
    expect(Object.keys(schema.properties ?? {})).toEqual(expect.arrayContaining(Object.keys(body)));
    expect(Object.keys(body)).toEqual(expect.arrayContaining(schema.required ?? []));
  });
});
