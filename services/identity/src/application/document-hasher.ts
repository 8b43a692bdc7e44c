import { createHmac } from 'node:crypto';

export interface DocumentHash {
  keyId: string;
  hash: string;
}

/**
 * Document numbers are kept only as HMAC-SHA256 under a server secret, with the key's id so keys
 * can rotate: new documents use the active key, and a lookup tries every key still configured.
 * The input names country and type, so equal numbers of different documents do not collide.
 */
export class DocumentHasher {
  private readonly keys: Map<string, Buffer>;
  private readonly activeKeyId: string;

  /** `spec` is `keyId=base64secret[,keyId=base64secret...]` from the environment, newest (active) first. */
  constructor(spec: string) {
    this.keys = new Map();
    for (const part of spec
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)) {
      const i = part.indexOf('=');
      const secret = i > 0 ? Buffer.from(part.slice(i + 1), 'base64') : Buffer.alloc(0);
      if (i <= 0 || secret.length < 32) throw new Error('DOCUMENT_HMAC_KEYS: each key is keyId=base64 secret of at least 32 bytes');
      this.keys.set(part.slice(0, i), secret);
    }
    const active = [...this.keys.keys()][0];
    if (!active) throw new Error('DOCUMENT_HMAC_KEYS needs at least one key');
    this.activeKeyId = active;
  }

  hash(countryCode: string, type: string, normalisedNumber: string): DocumentHash {
    return this.with(this.activeKeyId, countryCode, type, normalisedNumber);
  }

  /** The number's hash under every configured key, for lookups across a rotation. */
  allHashes(countryCode: string, type: string, normalisedNumber: string): DocumentHash[] {
    return [...this.keys.keys()].map((k) => this.with(k, countryCode, type, normalisedNumber));
  }

  private with(keyId: string, countryCode: string, type: string, n: string): DocumentHash {
    return { keyId, hash: createHmac('sha256', this.keys.get(keyId)!).update(`${countryCode}:${type}:${n}`).digest('hex') };
  }
}
