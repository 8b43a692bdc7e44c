import { describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { DocumentHasher } from './document-hasher.ts';

const key = () => randomBytes(32).toString('base64');

describe('document number hashing', () => {
  it('hashes with the newest key and finds numbers hashed with an older one', () => {
    const old = key();
    const before = new DocumentHasher(`k1=${old}`).hash('NG', 'NIN', '12345678901');
    const rotated = new DocumentHasher(`k2=${key()},k1=${old}`);
    expect(rotated.hash('NG', 'NIN', '12345678901').keyId).toBe('k2');
    expect(rotated.allHashes('NG', 'NIN', '12345678901')).toContainEqual(before);
  });

  it('keeps the number out of the hash and apart across countries and types', () => {
    const h = new DocumentHasher(`k1=${key()}`);
    const a = h.hash('NG', 'NIN', '12345678901');
    expect(a.hash).not.toContain('12345678901');
    expect(h.hash('NG', 'DRIVER_LICENSE', '12345678901').hash).not.toBe(a.hash);
  });

  it('refuses short or malformed keys', () => {
    expect(() => new DocumentHasher('k1=c2hvcnQ=')).toThrow(/32 bytes/);
    expect(() => new DocumentHasher('')).toThrow(/at least one key/);
  });
});
