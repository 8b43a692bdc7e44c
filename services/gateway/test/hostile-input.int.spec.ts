import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from '@ziba/testing';
import { randomUUID } from 'node:crypto';
import { expectProblem, people } from './people.ts';
import { api, startStack, type Stack } from './stack.ts';

// Every operation of the served OpenAPI document, sent hostile values in each of its inputs by every
// kind of caller: no answer may be a 5xx, carry a stack trace, or be anything but problem+json when
// refused, and no money may move. Deterministic: the values are a fixed list, not random.

let stack: Stack;
let client: ReturnType<typeof api>;
const { adminToken, fundedRider, verifiedDriver, wallet } = people(() => client);

const HOSTILE_STRINGS = [
  '\u0000',
  'a\u0000b',
  'A'.repeat(5_000),
  '99999999999999999999',
  '-1',
  '1e308',
  '0x10',
  '../../etc/passwd',
  "' OR 1=1 --",
  '<script>alert(1)</script>',
  '%00',
  '\uD800',
  '🙂',
  'NULL',
  'constructor',
  '__proto__',
  ' ',
  '',
  randomUUID().toUpperCase(),
];
/** In a URL: the strings above that can be encoded, and malformed escapes sent as they are. */
const encodable = (v: string) => !/[\uD800-\uDFFF]/.test(v.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, ''));
const URL_VALUES = [...HOSTILE_STRINGS.filter(encodable).map(encodeURIComponent), '%ZZ', '%C0%AF', '%'];
const HOSTILE_VALUES: unknown[] = [...HOSTILE_STRINGS, -1, 0, 2 ** 63, -(2 ** 63), 1.5, 1e308, true, null, [], {}, { $gt: '' }];

type Operation = { method: string; path: string; op: any };

function operations(doc: any): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, item]: [string, any]) =>
    Object.entries(item).map(([method, op]) => ({ method: method.toUpperCase(), path, op })),
  );
}

/** The operation's path with its parameters filled: fresh UUIDs, or the given (already URL-encoded) values. */
function fillPath(path: string, overrides: Record<string, string> = {}) {
  return path.replace(
    /\{(\w+)\}/g,
    (_m, name: string) =>
      overrides[name] ?? (name === 'countryCode' ? 'NG' : name === 'serviceType' ? 'RIDE' : name === 'provider' ? 'simulated' : randomUUID()),
  );
}

const schemaOf = (doc: any, s: any): any => (s?.$ref ? doc.components.schemas[s.$ref.split('/').pop()] : s);

/** Every hostile variant of one operation's request. */
function variants(doc: any, { path, op }: Operation) {
  const out: { url: string; body?: unknown; headers: Record<string, string> }[] = [];
  const headers = { 'idempotency-key': `fuzz-${randomUUID()}` };
  const params: any[] = op.parameters ?? [];
  for (const p of params.filter((x) => x.in === 'path'))
    for (const v of URL_VALUES) out.push({ url: fillPath(path, { [p.name]: v }), headers, body: op.requestBody ? {} : undefined });
  for (const p of params.filter((x) => x.in === 'query')) {
    for (const v of URL_VALUES) out.push({ url: `${fillPath(path)}?${p.name}=${v}`, headers, body: op.requestBody ? {} : undefined });
  }
  const body = schemaOf(doc, op.requestBody?.content?.['application/json']?.schema);
  for (const field of Object.keys(body?.properties ?? {})) {
    for (const v of HOSTILE_VALUES) out.push({ url: fillPath(path), headers: { ...headers, 'idempotency-key': `fuzz-${randomUUID()}` }, body: { [field]: v } });
  }
  if (op.requestBody) for (const raw of ['null', '[]', '"x"', '{', '{"__proto__":{"admin":true}}']) out.push({ url: fillPath(path), headers, body: raw });
  return out;
}

beforeAll(async () => {
  stack = await startStack('hostile');
  // The fuzzing client is one address sending thousands of requests: lift the per-IP limit for it.
  client = api((await stack.startGateway({ RATE_LIMIT_PER_MINUTE: '1000000' })).url);
});
afterAll(async () => stack?.stop());

describe('hostile input, on every operation of the API', () => {
  it('never answers 5xx or a stack trace, and moves no money', async () => {
    const doc = (await client.call('GET', '/openapi.json')).body;
    const [admin, rider, driver] = await Promise.all([
      adminToken(stack, ['VIEW_WALLETS', 'VIEW_PAYOUTS', 'MANAGE_PAYOUTS', 'VIEW_EARNINGS_REPORTS', 'MANAGE_KYC', 'MANAGE_COMMISSION', 'MANAGE_USERS']),
      fundedRider(100_000),
      verifiedDriver(),
    ]);
    const entriesBefore = await sql(stack.walletDatabaseUrl, 'select count(*)::int as n from journal_entry');
    const failures: string[] = [];
    let sent = 0;
    const byStatus: Record<number, number> = {};
    for (const operation of operations(doc)) {
      for (const v of variants(doc, operation)) {
        for (const token of [admin, rider.token, driver.token, undefined]) {
          const r = await client.call(operation.method, v.url, {
            token,
            headers: v.headers,
            ...(typeof v.body === 'string' ? { rawBody: v.body } : v.body === undefined ? {} : { body: v.body }),
          });
          sent += 1;
          byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
          const where = `${operation.method} ${v.url.slice(0, 120)} ${typeof v.body === 'string' ? v.body : JSON.stringify(v.body)?.slice(0, 80)}`;
          if (r.status >= 500) failures.push(`${r.status} ${where}: ${r.text.slice(0, 200)}`);
          else if (/\bat .+\.(ts|js):\d+|"stack"/.test(r.text)) failures.push(`stack trace ${where}`);
          else if (r.status >= 400 && !r.type.includes('application/problem+json')) failures.push(`${r.status} not problem+json (${r.type}) ${where}`);
        }
      }
    }
    process.stdout.write(`hostile-input: ${sent} requests, by status ${JSON.stringify(byStatus)}\n`);
    expect(sent).toBeGreaterThan(5_000);
    expect(failures).toEqual([]);
    expect(await sql(stack.walletDatabaseUrl, 'select count(*)::int as n from journal_entry')).toEqual(entriesBefore);
  }, 600_000);

  it('refuses a body read two ways (a key given twice), numbers not written as whole digits, and non-UTF-8 JSON, moving nothing', async () => {
    const rider = await fundedRider(1_000);
    const addFunds = (rawBody: string | Uint8Array, contentType = 'application/json') =>
      client.call('POST', '/api/wallet/add-funds', { token: rider.token, rawBody, headers: { 'idempotency-key': randomUUID(), 'content-type': contentType } });
    const refused = [
      ['{"amount":100,"amount":999999}', 'must be given once: the key is given twice'],
      ['{"amount":100,"\u0061mount":999999}', 'must be given once: the key is given twice'],
      ['{"amount":1e3}', 'must be a whole number written in digits, not 1e3'],
      ['{"amount":100.0}', 'must be a whole number written in digits, not 100.0'],
      ['{"amount":99999999999999999999999}', 'must be between -9007199254740991 and 9007199254740991 to be read exactly, not 99999999999999999999999'],
    ];
    for (const [body, message] of refused) {
      const r = await addFunds(body!);
      // The field is named, as for any other refused field.
      expectProblem(r, 400, 'VALIDATION_FAILED');
      expect(r.body).toMatchObject({ detail: `body amount ${message}`, errors: [{ field: 'amount', message }] });
    }
    expectProblem(await addFunds('{"amount":100}', 'application/json; charset=latin1'), 415, 'UNSUPPORTED_MEDIA_TYPE');
    // Bytes that are not UTF-8 are refused, not read as U+FFFD (the text kept would not be the text sent).
    const notUtf8 = await addFunds(Buffer.concat([Buffer.from('{"amount":100,"note":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]));
    expectProblem(notUtf8, 400, 'VALIDATION_FAILED');
    expect(notUtf8.body.detail).toBe('the body is not valid UTF-8 text; send JSON in UTF-8');
    expect(await wallet(rider.token)).toMatchObject({ availableBalance: '1000' });
    // No bytes under a JSON content type is no body: a route that needs one names it missing, one that takes none goes on.
    const empty = await addFunds('');
    expectProblem(empty, 400, 'VALIDATION_FAILED');
    expect(empty.body.detail).toBe('body must be object');
    const cancel = await client.call('POST', `/api/food-orders/${randomUUID()}/cancel`, {
      token: rider.token,
      rawBody: '',
      headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
    });
    expectProblem(cancel, 404, 'TRIP_NOT_FOUND'); // past the body: the order is looked for
    // The same request, well formed (a declared UTF-8 too), goes through.
    expect((await addFunds('{"amount":100}', 'application/json; charset=UTF-8')).status).toBe(200);
    expect(await wallet(rider.token)).toMatchObject({ availableBalance: '1100' });
  });
});
