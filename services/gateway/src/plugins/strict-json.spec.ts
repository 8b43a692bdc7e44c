import { describe, expect, it } from '@jest/globals';
import { contentEncodingRefusal, reservedKeyIn, strictJsonProblem } from './strict-json.ts';

describe('strictJsonProblem', () => {
  it('accepts whole numbers, nesting, and the same key in different objects', () => {
    for (const body of ['{}', '[]', '{"amount":100}', '{"amount":-5,"n":0}', '{"a":{"x":1},"b":{"x":2},"c":[{"x":1},{"x":2}]}', '"x"', '12', 'null'])
      expect(strictJsonProblem(body)).toBeNull();
  });

  it('does not take a string value, or an escaped quote inside one, for a key or a number', () => {
    expect(strictJsonProblem('{"note":"amount","amount":1}')).toBeNull();
    expect(strictJsonProblem('{"note":"say \\"amount\\": 1.5e3, then \\\\","amount":1}')).toBeNull();
    expect(strictJsonProblem('{"tags":["amount","amount"]}')).toBeNull();
  });

  it('refuses a key given twice in one object, also spelt with escapes or after a nested object, naming where', () => {
    const twice = (field: string) => ({ field, message: 'must be given once: the key is given twice' });
    expect(strictJsonProblem('{"amount":100,"amount":999999}')).toEqual(twice('amount'));
    expect(strictJsonProblem('{"amount":100,"\\u0061mount":5}')).toEqual(twice('amount'));
    expect(strictJsonProblem('{"a":{"b":1},"a":2}')).toEqual(twice('a'));
    expect(strictJsonProblem('[{"x":1,"y":{"z":1,"z":2}}]')).toEqual(twice('0.y.z'));
  });

  it('refuses numbers with a fraction or an exponent, naming the field by its path', () => {
    for (const n of ['1e3', '100.0', '1E3', '-0.5', '2e-1', '1.5E+2'])
      expect(strictJsonProblem(`{"amount":${n}}`)).toEqual({ field: 'amount', message: `must be a whole number written in digits, not ${n}` });
    expect(strictJsonProblem('[1,2,3.0]')).toEqual({ field: '2', message: 'must be a whole number written in digits, not 3.0' });
    expect(strictJsonProblem('{"items":[{"menuItemId":"a","quantity":1},{"menuItemId":"b","quantity":2.5}]}')).toEqual({
      field: 'items.1.quantity',
      message: 'must be a whole number written in digits, not 2.5',
    });
    expect(strictJsonProblem('3.5')).toEqual({ field: '', message: 'must be a whole number written in digits, not 3.5' });
  });

  it('refuses whole numbers too large to be read exactly, and keeps the largest exact one', () => {
    const tooLarge = (n: string) => ({ field: 'amount', message: `must be between -9007199254740991 and 9007199254740991 to be read exactly, not ${n}` });
    expect(strictJsonProblem('{"amount":9007199254740993}')).toEqual(tooLarge('9007199254740993'));
    expect(strictJsonProblem('{"amount":-9007199254740993}')).toEqual(tooLarge('-9007199254740993'));
    expect(strictJsonProblem('{"amount":9007199254740991}')).toBeNull();
  });
});

describe('contentEncodingRefusal', () => {
  const refusal = (encoding?: string) => contentEncodingRefusal({ headers: encoding === undefined ? {} : { 'content-encoding': encoding } });

  it('lets a body with no content-coding through (no header, identity in any case)', () => {
    for (const encoding of [undefined, 'identity', 'IDENTITY', ' identity ', 'identity, identity', '']) expect(refusal(encoding)).toBeNull();
  });

  it('refuses any other coding as 415 UNSUPPORTED_MEDIA_TYPE, saying identity is what it takes', () => {
    for (const encoding of ['gzip', 'br', 'deflate', 'x-gzip', 'identity, gzip', 'GZIP', 'zstd']) {
      expect(refusal(encoding)).toMatchObject({ statusCode: 415, code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE', headers: { 'accept-encoding': 'identity' } });
    }
  });
});

describe('reservedKeyIn', () => {
  it('names where a prototype-poisoning key sits, also spelt with escapes or nested', () => {
    expect(reservedKeyIn('{"amount":1,"__proto__":{"admin":true}}')).toBe('__proto__');
    expect(reservedKeyIn('{"\\u005f_proto__":{}}')).toBe('__proto__');
    expect(reservedKeyIn('{"lines":[{"constructor":{"prototype":{}}}]}')).toBe('lines.0.constructor');
  });

  it('finds none in a body that is not JSON, or holds a constructor that is no prototype', () => {
    expect(reservedKeyIn('{')).toBeNull();
    expect(reservedKeyIn('{"constructor":"a word"}')).toBeNull();
    expect(reservedKeyIn('{"note":"__proto__"}')).toBeNull();
  });

  it('searches any depth a body can hold, and keeps the path it names short', () => {
    expect(reservedKeyIn(`${'['.repeat(5000)}{"__proto__":1}${']'.repeat(5000)}`)).toMatch(/^….*\.0\.__proto__$/);
    const long = reservedKeyIn(`{"${'k'.repeat(60_000)}":{"__proto__":1}}`)!;
    expect(long).toBe(`${'k'.repeat(60)}.__proto__`);
    expect(reservedKeyIn(`{"a":${'{"b":'.repeat(2000)}{"__proto__":1}${'}'.repeat(2000)}}`)!.length).toBeLessThanOrEqual(200);
  });
});
