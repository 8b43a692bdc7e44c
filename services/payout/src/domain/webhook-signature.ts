import { createHmac, timingSafeEqual } from 'node:crypto';

export const REPLAY_WINDOW_SECONDS = 300;

export const signWebhook = (secret: string, timestamp: string, rawBody: Buffer | string): string =>
  createHmac('sha256', secret).update(`${timestamp}.`).update(rawBody).digest('hex');

/**
 * A provider callback is genuine when its HMAC over "<timestamp>.<raw body>" matches and it is
 * recent: a copy replayed later is refused even with a valid signature.
 */
export function verifyWebhook(secret: string, timestamp: string, signature: string, rawBody: Buffer, nowSeconds: number): 'OK' | 'BAD_SIGNATURE' | 'STALE' {
  const expected = Buffer.from(signWebhook(secret, timestamp, rawBody), 'hex');
  const given = /^[0-9a-f]{64}$/i.test(signature) ? Buffer.from(signature, 'hex') : Buffer.alloc(0);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'BAD_SIGNATURE';
  const ts = Number(timestamp);
  if (!Number.isInteger(ts) || Math.abs(nowSeconds - ts) > REPLAY_WINDOW_SECONDS) return 'STALE';
  return 'OK';
}
