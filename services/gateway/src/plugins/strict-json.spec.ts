import { describe, expect, it } from '@jest/globals';
import { contentEncodingRefusal, strictJsonProblem } from './strict-json.ts';

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

  it('refuses a key given twice in one object, also spelt with escapes or after a nested object', () => {
    expect(strictJsonProblem('{"amount":100,"amount":999999}')).toBe('the key "amount" is given twice');
    expect(strictJsonProblem('{"amount":100,"\\u0061mount":5}')).toBe('the key "amount" is given twice');
    expect(strictJsonProblem('{"a":{"b":1},"a":2}')).toBe('the key "a" is given twice');
    expect(strictJsonProblem('[{"x":1,"y":{"z":1,"z":2}}]')).toBe('the key "z" is given twice');
  });

  it('refuses numbers with a fraction or an exponent', () => {
    for (const n of ['1e3', '100.0', '1E3', '-0.5', '2e-1', '1.5E+2'])
      expect(strictJsonProblem(`{"amount":${n}}`)).toBe(`the number ${n} must be a whole number written in digits`);
    expect(strictJsonProblem('[1,2,3.0]')).toBe('the number 3.0 must be a whole number written in digits');
  });

  it('refuses whole numbers too large to be read exactly, and keeps the largest exact one', () => {
    expect(strictJsonProblem('{"amount":9007199254740993}')).toBe('the number 9007199254740993 is too large to be read exactly');
    expect(strictJsonProblem('{"amount":-9007199254740993}')).toBe('the number -9007199254740993 is too large to be read exactly');
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
