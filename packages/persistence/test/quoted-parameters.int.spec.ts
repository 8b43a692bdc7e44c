import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import { freshDatabase } from '@ziba/testing';
import type { MikroORM } from '@mikro-orm/postgresql';
import { openServiceOrm } from '../src/index.ts';
import { quoteLiteral, ZibaPostgreSqlPlatform } from '../src/postgres-driver.ts';

// Every parameter of em.execute travels inside the statement's text, so the quoting must give
// PostgreSQL back exactly the string it was given, whatever it holds.

const AWKWARD = [
  '',
  'plain',
  "O'Brien",
  "''",
  'back\\slash',
  "\\'",
  "E'\\x41'",
  '{"note":"a \\"quoted\\" word","path":"C:\\\\drivers"}',
  'naïve café ₦ 😀',
  'line\nbreak\ttab',
  "'; drop table thing; --",
];

let db: Awaited<ReturnType<typeof freshDatabase>>;
let orm: MikroORM;
beforeAll(async () => {
  db = await freshDatabase('quoted_params');
  orm = await openServiceOrm({ databaseUrl: db.url, migrations: [], pool: { max: 2, waitMs: 2_000 } });
});
afterAll(async () => {
  await orm?.close();
  await db?.drop();
});

it('gives PostgreSQL back every string exactly as it was passed, quotes and backslashes included', async () => {
  expect(orm.em.getPlatform()).toBeInstanceOf(ZibaPostgreSqlPlatform);
  for (const text of AWKWARD) {
    const [row] = await orm.em.fork().execute<Array<{ v: string; n: number }>>('select ?::text as v, length(?::text)::int as n', [text, text]);
    expect(row).toEqual({ v: text, n: [...text].length });
  }
  const json = JSON.stringify({ rows: AWKWARD });
  const [parsed] = await orm.em.fork().execute<Array<{ rows: string[] }>>(`select (?::jsonb)->'rows' as rows`, [json]);
  expect(parsed!.rows).toEqual(AWKWARD);
});

it('quotes exactly as MikroORM’s own escape does', () => {
  const theirs = new PostgreSqlPlatform();
  for (const text of AWKWARD) expect(quoteLiteral(text)).toBe(theirs.escape(text));
  // Anything else goes to MikroORM's own quoting (dates too, by the ORM's time zone), strings inside arrays through ours.
  const ours = orm.em.getPlatform();
  for (const value of [42, 12n, null, Buffer.from('ab'), ["O'Brien", 'back\\slash', 7], 'lone \ud800 surrogate'])
    expect(ours.escape(value)).toBe(theirs.escape(value));
});
