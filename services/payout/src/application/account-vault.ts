import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/**
 * Account numbers at rest: AES-256-GCM under the newest key (its id stored with the row, so a new
 * key can be added and old rows still read), plus an HMAC fingerprint that finds the same account
 * across users without decrypting anything.
 */
export class AccountVault {
  private readonly keys = new Map<string, Buffer>();
  private readonly currentKeyId: string;
  private readonly fingerprintKey: Buffer;

  constructor(keysSpec: string, fingerprintKey: string) {
    for (const part of keysSpec
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)) {
      const i = part.indexOf('=');
      const key = i > 0 ? Buffer.from(part.slice(i + 1), 'base64') : Buffer.alloc(0);
      if (key.length !== 32) throw new Error('PAYOUT_ENCRYPTION_KEYS: each key is keyId=base64 of exactly 32 bytes');
      this.keys.set(part.slice(0, i), key);
    }
    const first = [...this.keys.keys()][0];
    if (!first) throw new Error('PAYOUT_ENCRYPTION_KEYS needs at least one key');
    this.currentKeyId = first;
    this.fingerprintKey = Buffer.from(fingerprintKey);
  }

  encrypt(plain: string): { keyId: string; ciphertext: string } {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.keys.get(this.currentKeyId)!, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return { keyId: this.currentKeyId, ciphertext: Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64') };
  }

  decrypt(keyId: string, ciphertext: string): string {
    const key = this.keys.get(keyId);
    if (!key) throw new Error(`payout encryption key ${keyId} is not configured`);
    const raw = Buffer.from(ciphertext, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  }

  fingerprint(type: string, countryCode: string, normalisedNumber: string): string {
    return createHmac('sha256', this.fingerprintKey).update(`${type}:${countryCode}:${normalisedNumber}`).digest('hex');
  }
}
