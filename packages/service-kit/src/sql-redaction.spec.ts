import { expect, it } from '@jest/globals';
import fc from 'fast-check';
import { redactSqlValues } from './sql-redaction.ts';

/** How MikroORM's PostgreSQL platform (and pg's escapeLiteral) writes a string value into SQL. */
function escapeLiteral(value: string): string {
  const body = value.replaceAll("'", "''").replaceAll('\\', '\\\\');
  return value.includes('\\') ? ` E'${body}'` : `'${body}'`;
}

it('replaces the values MikroORM inlines and keeps the statement around them', () => {
  const sql = `select "u0".*, "u0"."id2" from "user" as "u0" where "u0"."email" = 'ada@example.com' and "u0"."failed_logins" < 5 limit 1`;
  expect(redactSqlValues(sql)).toBe(`select "u0".*, "u0"."id2" from "user" as "u0" where "u0"."email" = ? and "u0"."failed_logins" < ? limit ?`);
  expect(redactSqlValues(`insert into idempotency (key, amount) values ( E'a\\\\b''c', 1.5e3), ('x', -42)`)).toBe(
    'insert into idempotency (key, amount) values ( ?, ?), (?, -?)',
  );
  expect(redactSqlValues(`update t set body = $tag$it's secret$tag$, n = $$x$$ where id = $1 and t2.c3 = "q""x1"`)).toBe(
    'update t set body = ?, n = ? where id = $1 and t2.c3 = "q""x1"',
  );
  expect(redactSqlValues(`select 'unterminated secret`)).toBe('select ?');
});

it('never lets a string value through, whatever it holds', () => {
  fc.assert(
    fc.property(fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), (a, b) => {
      const sql = `insert into "payout_account" ("holder", "number", "n") values (${escapeLiteral(a)}, ${escapeLiteral(b)}, 7)`;
      expect(redactSqlValues(sql)).toMatch(/^insert into "payout_account" \("holder", "number", "n"\) values \( ?\?, {1,2}\?, \?\)$/);
    }),
  );
});
