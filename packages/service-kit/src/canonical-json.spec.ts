import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { canonicalJson } from './canonical-json.ts';

/** The definition the stored hashes were made with: JSON.stringify and a key-sorting replacer. */
const reference = (value: unknown): string =>
  JSON.stringify(value, (_k, v: unknown) => {
    if (typeof v === 'bigint') return v.toString();
    if (v && typeof v === 'object' && !Array.isArray(v)) return Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)));
    return v;
  }) ?? 'null';

describe('canonicalJson', () => {
  it('gives exactly the text of the key-sorting replacer, for any JSON-like value with bigints', () => {
    const value = fc.letrec((tie) => ({
      leaf: fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.bigInt(), fc.date({ noInvalidDate: true })),
      node: fc.oneof({ depthSize: 'small' }, tie('leaf'), fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(fc.oneof(fc.string(), fc.nat().map(String), fc.constantFrom('4294967294', '4294967295', '01', '-1')), tie('node'), { maxKeys: 5 })),
    })).node;
    fc.assert(fc.property(value, (v) => expect(canonicalJson(v)).toBe(reference(v))), { numRuns: 2000 });
  });

  it('does not depend on the order keys were added in', () => {
    expect(canonicalJson({ b: 1n, a: [{ d: 'x', c: null }] })).toBe(canonicalJson({ a: [{ c: null, d: 'x' }], b: 1n }));
    expect(canonicalJson({ b: 1n, a: [{ d: 'x', c: null }] })).toBe('{"a":[{"c":null,"d":"x"}],"b":"1"}');
  });
});
