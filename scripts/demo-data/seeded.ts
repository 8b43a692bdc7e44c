// Everything the demo invents (emails, passwords, document and account numbers, distances,
// Idempotency-Keys) is derived from the seed with HMAC, so two runs with one seed ask the platform
// for exactly the same things, and a second run finds them instead of adding more.
import { createHash, createHmac } from 'node:crypto';

export const DEFAULT_SEED = 'ziba-demo';

export class Seeded {
  /** Eight hex characters naming the seed in keys (and, for a seed other than the default, in emails). */
  readonly tag: string;
  readonly seed: string;

  constructor(seed: string) {
    this.seed = seed;
    this.tag = createHash('sha256').update(seed).digest('hex').slice(0, 8);
  }

  private bytes(label: string): Buffer {
    return createHmac('sha256', this.seed).update(label).digest();
  }

  /** An integer from min to max (inclusive), the same for the same seed and label. */
  int(label: string, min: number, max: number): number {
    return min + (this.bytes(label).readUInt32BE(0) % (max - min + 1));
  }

  /**
   * `count` decimal digits, never starting with 0 and never ending in 98, 99 or 0000: the simulated
   * identity provider answers "no match" and "unavailable" for the first two, the simulated payout
   * provider's name enquiry "somebody else" for the last.
   */
  digits(label: string, count: number): string {
    const b = this.bytes(label);
    let s = '';
    for (let i = 0; s.length < count; i++) s += String(b[i % b.length]! % 10);
    s = (s[0] === '0' ? '7' : s[0]) + s.slice(1);
    return /(98|99|0000)$/.test(s) ? `${s.slice(0, -2)}42` : s;
  }

  /** An Idempotency-Key for one money move of the demo (letters, digits and `:.-` only). */
  key(label: string): string {
    return `demo-${this.tag}:${label}`;
  }

  /** A demo account's password: deterministic, so a later run (and a reader of its output) can sign in. */
  password(handle: string): string {
    return `demo-${this.bytes(`password:${handle}`).toString('base64url').slice(0, 12)}`;
  }

  /** A demo account's email; the default seed gives plain addresses, any other seed its own set. */
  email(handle: string): string {
    return this.seed === DEFAULT_SEED ? `${handle}@demo.ziba.test` : `${handle}.${this.tag}@demo.ziba.test`;
  }
}
