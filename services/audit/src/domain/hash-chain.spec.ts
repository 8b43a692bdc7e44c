import { describe, expect, it } from '@jest/globals';
import { canonicalJson } from '@ziba/service-kit/canonical-json';
import { chainHash, GENESIS } from './hash-chain.ts';

describe('hash chain', () => {
  it('hashes content independent of key order, and depends on the previous link', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: 3 } })).toBe('{"a":{"c":3,"d":2},"b":1}');
    expect(chainHash(GENESIS, { a: 1, b: 2 })).toBe(chainHash(GENESIS, { b: 2, a: 1 }));
    expect(chainHash(GENESIS, { a: 1 })).not.toBe(chainHash(chainHash(GENESIS, { x: 0 }), { a: 1 }));
    expect(chainHash(GENESIS, { a: 1 })).not.toBe(chainHash(GENESIS, { a: 2 }));
  });
});
