import { describe, expect, it } from '@jest/globals';
import { signWebhook, verifyWebhook } from './webhook-signature.ts';

describe('webhook signatures', () => {
  const body = Buffer.from('{"eventId":"e1"}');
  it('accept a fresh, correctly signed body', () => {
    expect(verifyWebhook('s3cret-s3cret-s3cret', '1000', signWebhook('s3cret-s3cret-s3cret', '1000', body), body, 1100)).toBe('OK');
  });
  it('refuse another body, another secret, garbage, and a copy outside the window', () => {
    const sig = signWebhook('s3cret-s3cret-s3cret', '1000', body);
    expect(verifyWebhook('s3cret-s3cret-s3cret', '1000', sig, Buffer.from('{"eventId":"e2"}'), 1100)).toBe('BAD_SIGNATURE');
    expect(verifyWebhook('other-secret-other', '1000', sig, body, 1100)).toBe('BAD_SIGNATURE');
    expect(verifyWebhook('s3cret-s3cret-s3cret', '1000', 'zz', body, 1100)).toBe('BAD_SIGNATURE');
    expect(verifyWebhook('s3cret-s3cret-s3cret', '1000', sig, body, 1000 + 301)).toBe('STALE');
  });
});
