import { describe, expect, it } from '@jest/globals';
import { TypeBoxValidatorCompiler } from '@fastify/type-provider-typebox';
import { Type, type TSchema } from 'typebox';
import { OneLineText } from '../schemas/common.ts';
import { validatorCompiler } from './validation.ts';

type Part = 'params' | 'headers' | 'querystring';
const compile = (schema: TSchema, httpPart: Part) => {
  const route = { schema, httpPart, method: 'GET', url: '/x' } as unknown as Parameters<typeof validatorCompiler>[0];
  return { ours: validatorCompiler(route) as (d: unknown) => unknown, plain: TypeBoxValidatorCompiler(route as never) as (d: unknown) => unknown };
};

describe('validatorCompiler', () => {
  it('answers string-only params and headers as the TypeBox compiler does, converted or not', () => {
    const params = compile(Type.Object({ tripId: Type.String({ format: 'uuid' }) }), 'params');
    const headers = compile(Type.Object({ 'idempotency-key': Type.Optional(Type.String({ minLength: 8 })) }, { additionalProperties: true }), 'headers');
    const cases: Array<[typeof params, unknown]> = [
      [params, { tripId: '0b7c6d2e-8a43-4d43-9a57-0d6c2b1f4e11' }],
      [params, { tripId: 'not-a-uuid' }],
      [params, {}],
      [headers, { host: 'x', 'idempotency-key': 'abcdefgh-1' }],
      [headers, { host: 'x', 'idempotency-key': 'short' }],
      [headers, { host: 'x', 'set-cookie': ['a', 'b'] }],
      [headers, { host: 'x', 'idempotency-key': ['abcdefgh-1', 'abcdefgh-2'] }],
    ];
    for (const [v, input] of cases) {
      const ours = v.ours(structuredClone(input)) as { value?: unknown; error?: unknown };
      const plain = v.plain(structuredClone(input)) as { value?: unknown; error?: unknown };
      expect('value' in ours).toBe('value' in plain);
      if ('value' in plain) expect(ours.value).toEqual(plain.value);
    }
  });

  it('still refuses a NUL character in a path parameter', () => {
    const { ours } = compile(Type.Object({ id: Type.String() }), 'params');
    expect(ours({ id: 'a\u0000b' })).toMatchObject({ error: [{ keyword: 'nul' }] });
  });

  it('refuses a text-direction override, a control or invisible character, or text that shows nothing, and keeps what scripts need', () => {
    const route = { schema: Type.Object({ name: Type.String() }), httpPart: 'body', method: 'POST', url: '/x' };
    const body = validatorCompiler(route as unknown as Parameters<typeof validatorCompiler>[0]) as (d: unknown) => {
      value?: unknown;
      error?: Array<{ instancePath: string; message: string }>;
    };
    const refusal = (message: string) => [expect.objectContaining({ instancePath: '/name', message })];
    for (const hidden of [
      'Jollof \u202Erice',
      'Suya\u2066',
      'Fried\u0007 plantain',
      'Moi\u007F moi',
      'Zobo\u200B',
      'Kilishi\u200F',
      'Puff\uFEFFpuff',
      'Eba\uD800',
      'Amala\uFFFF',
    ])
      expect(body({ name: hidden }).error).toEqual(refusal('must not contain control characters, invisible characters or text-direction overrides'));
    for (const blank of ['\u200D', '\u0301', '\u3164', ' \u200C\u200D '])
      expect(body({ name: blank }).error).toEqual(refusal('must contain a visible character'));
    // Bengali's joiners, an emoji sequence, line breaks, tabs and spaces alone are text (a field's own pattern says whether it may be blank).
    for (const text of ['খাবার\u200Cঘর', 'ক্\u200Dষ', '👩\u200D🍳 Chef', 'line one\nline two\tend', '   ', ''])
      expect(body({ name: text })).toEqual({ value: { name: text } });
  });

  it('takes any character but NUL in a password, and refuses a name of more than one line', () => {
    const route = { schema: Type.Object({ password: Type.String(), newPassword: Type.String() }), httpPart: 'body', method: 'POST', url: '/x' };
    const body = validatorCompiler(route as unknown as Parameters<typeof validatorCompiler>[0]) as (d: unknown) => { value?: unknown; error?: unknown };
    const secrets = { password: 'correct\u200Fhorse\u0007', newPassword: '\u200D\u200D\u200D\u200D\u200D\u200D\u200D\u200D' };
    expect(body(secrets)).toEqual({ value: secrets });
    expect(body({ password: 'a\u0000b', newPassword: 'x' }).error).toEqual([expect.objectContaining({ keyword: 'nul' })]);
    const name = validatorCompiler({ schema: Type.Object({ name: OneLineText(120) }), httpPart: 'body', method: 'POST', url: '/x' } as unknown as Parameters<
      typeof validatorCompiler
    >[0]) as (d: unknown) => { error?: Array<{ message: string }> };
    // A long line ending in a line break: the pattern that backtracked took over a second on it.
    expect(name({ name: `${'a'.repeat(60_000)}\n` }).error?.map((e) => e.message)).toContain('must be one line of text, not blank');
    expect(name({ name: '  Suya platter ' }).error).toBeUndefined();
  });

  it('names an unknown field in one line, not twice in TypeBox words', () => {
    const route = { schema: Type.Object({ amount: Type.Integer() }, { additionalProperties: false }), httpPart: 'body', method: 'POST', url: '/x' };
    const body = validatorCompiler(route as unknown as Parameters<typeof validatorCompiler>[0]) as (d: unknown) => { error?: Array<{ message: string }> };
    expect(body({ amount: 5, currency: 'USD' }).error?.map((e) => e.message)).toEqual(['has an unknown field: currency']);
    expect(body({ amount: 5, currency: 'USD', x: 1 }).error?.map((e) => e.message)).toEqual(['has unknown fields: currency, x']);
    expect(body({ amount: 'five' }).error?.map((e) => e.message)).toEqual(['must be integer']);
    expect(body({ amount: 5 })).toEqual({ value: { amount: 5 } });
  });

  it('reads an integer query parameter only from plain digits: 1.5 is refused, not read as 1', () => {
    const { ours } = compile(Type.Object({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })) }), 'querystring');
    expect(ours({ limit: '20' })).toEqual({ value: { limit: 20 } });
    for (const limit of ['1.5', '1e1', '- 3', 'abc'])
      expect(ours({ limit })).toMatchObject({ error: [{ instancePath: '/limit', message: 'must be a whole number' }] });
  });

  it('tells a negative integer query parameter its bound, not that it is no whole number', () => {
    const { ours } = compile(Type.Object({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })) }), 'querystring');
    expect(ours({ limit: '-3' })).toMatchObject({ error: [{ instancePath: '/limit', message: 'must be >= 1' }] });
  });

  it('says what a pattern means rather than the pattern', () => {
    const { ours } = compile(Type.Object({ country: Type.String({ pattern: '^[A-Z]{2}$' }) }), 'querystring');
    expect(ours({ country: 'ng' })).toMatchObject({ error: [{ message: 'must be a two-letter country code in capitals, such as NG' }] });
  });
});
