import { describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { AccountVault } from './account-vault.ts';

const key = () => randomBytes(32).toString('base64');

describe('account vault', () => {
  it('encrypts with the newest key and still reads rows sealed with an older one', () => {
    const old = key();
    const before = new AccountVault(`k1=${old}`, 'fingerprint-key-fingerprint-key!');
    const sealed = before.encrypt('0123456789');
    expect(sealed.ciphertext).not.toContain('0123456789');
    const rotated = new AccountVault(`k2=${key()},k1=${old}`, 'fingerprint-key-fingerprint-key!');
    expect(rotated.encrypt('0123456789').keyId).toBe('k2');
    expect(rotated.decrypt(sealed.keyId, sealed.ciphertext)).toBe('0123456789');
  });

  it('refuses a tampered ciphertext and an unknown key id', () => {
    const v = new AccountVault(`k1=${key()}`, 'fingerprint-key-fingerprint-key!');
    const s = v.encrypt('0123456789');
    const raw = Buffer.from(s.ciphertext, 'base64');
    raw[raw.length - 1] = raw[raw.length - 1]! ^ 1;
    expect(() => v.decrypt('k1', raw.toString('base64'))).toThrow();
    expect(() => v.decrypt('k9', s.ciphertext)).toThrow(/not configured/);
  });

  it('fingerprints the same account the same way, and different accounts or types apart', () => {
    const v = new AccountVault(`k1=${key()}`, 'fingerprint-key-fingerprint-key!');
    expect(v.fingerprint('BANK', 'NG', '0123456789')).toBe(v.fingerprint('BANK', 'NG', '0123456789'));
    expect(v.fingerprint('BANK', 'NG', '0123456789')).not.toBe(v.fingerprint('MOBILE_MONEY', 'NG', '0123456789'));
  });
});
