import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { canonicalJson } from './canonical-json.ts';

/** The definition the stored hashes were made with: JSON.stringify and this replacer. */
const reference = (value: unknown): string | undefined =>
  JSON.stringify(value, (_k, v: unknown) => {
    if (typeof v === 'bigint') return v.toString();
    if (v && typeof v === 'object' && !Array.isArray(v)) return Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)));
    return v;
  });

const key = fc.oneof(fc.string(), fc.nat().map(String), fc.constantFrom('4294967294', '4294967295', '01', '-1', 'toJSON'));
const withToJSON = fc.constantFrom<unknown>(
  { toJSON: (k: string) => k },
  { toJSON: () => new Date(0) },
  { toJSON: () => undefined },
  Object.assign(() => 1, { toJSON: () => 'fn' }),
  () => 1,
  Object.create(null) as unknown,
);

describe('canonicalJson', () => {
  it('gives exactly the text of JSON.stringify with the key-sorting replacer, for any value', () => {
    const value = fc.letrec((tie) => ({
      leaf: fc.oneof(
        fc.string(),
        fc.integer(),
        fc.double(),
        fc.boolean(),
        fc.constant(null),
        fc.constant(undefined),
        fc.bigInt(),
        fc.date({ noInvalidDate: true }),
        withToJSON,
      ),
      node: fc.oneof(
        { depthSize: 'small' },
        tie('leaf'),
        fc.array(tie('node'), { maxLength: 4 }),
        fc.sparseArray(tie('node'), { maxLength: 4 }),
        fc.dictionary(key, tie('node'), { maxKeys: 5 }),
      ),
    })).node;
    fc.assert(
      fc.property(
        value.filter((v) => reference(v) !== undefined),
        (v) => expect(canonicalJson(v)).toBe(reference(v)),
      ),
      { numRuns: 3000 },
    );
  });

  it('does not depend on the order keys were added in', () => {
    expect(canonicalJson({ b: 1n, a: [{ d: 'x', c: null }] })).toBe(canonicalJson({ a: [{ c: null, d: 'x' }], b: 1n }));
    expect(canonicalJson({ b: 1n, a: [{ d: 'x', c: null }] })).toBe('{"a":[{"c":null,"d":"x"}],"b":"1"}');
  });
});
