import { describe, expect, it, jest } from '@jest/globals';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import type { ServiceClients } from '../clients/service-clients.ts';
import { bearerTokenOf, TokenVerifier } from './auth.ts';

// A verifier over a key of our own, published as identity's JWKS would be.
async function verifierWithKey() {
  const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
  const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'EdDSA' };
  const clients = { identity: { call: async () => ({ jwksJson: JSON.stringify({ keys: [jwk] }) }) } } as unknown as ServiceClients;
  const sign = (expiresAt: number | null) => {
    const jwt = new SignJWT({ role: 'ADMIN', country: 'NG', currency: 'NGN', perms: ['MANAGE_PAYOUTS'] })
      .setProtectedHeader({ alg: 'EdDSA', kid: 'k1' })
      .setSubject('admin-1')
      .setIssuer('ziba-identity')
      .setAudience('ziba');
    return (expiresAt === null ? jwt : jwt.setExpirationTime(expiresAt)).sign(privateKey);
  };
  return { verifier: new TokenVerifier(clients), sign };
}

describe('TokenVerifier', () => {
  it('answers a token it verified before with the same principal, and still refuses it once it expires', async () => {
    const { verifier, sign } = await verifierWithKey();
    const nowSeconds = Math.floor(Date.now() / 1000);
    const token = await sign(nowSeconds + 60);
    const first = await verifier.verify(token);
    expect(first).toMatchObject({ userId: 'admin-1', role: 'ADMIN', permissions: ['MANAGE_PAYOUTS'] });
    expect(await verifier.verify(token)).toEqual(first);

    // Only the clock moves on (to the token's exp), so jose's check and the remembered one both see it.
    jest.useFakeTimers({
      now: (nowSeconds + 60) * 1000,
      doNotFake: ['nextTick', 'queueMicrotask', 'setImmediate', 'setTimeout', 'setInterval', 'hrtime', 'performance'],
    });
    try {
      await expect(verifier.verify(token)).rejects.toMatchObject({ code: 'UNAUTHENTICATED', message: 'the access token has expired' });
    } finally {
      jest.useRealTimers();
    }
  });

  it('never takes a token for one it verified unless the text is the same', async () => {
    const { verifier, sign } = await verifierWithKey();
    const token = await sign(Math.floor(Date.now() / 1000) + 60);
    await verifier.verify(token);
    const tampered = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
    await expect(verifier.verify(tampered)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});

describe('bearerTokenOf', () => {
  it('reads the Bearer scheme in any case (RFC 9110 11.1), and the token as sent', () => {
    for (const header of ['Bearer a.b.c', 'bearer a.b.c', 'BEARER a.b.c', 'bEaReR   a.b.c', 'Bearer a.b.c  ']) expect(bearerTokenOf(header)).toBe('a.b.c');
    expect(bearerTokenOf('bearer A.b-C_d')).toBe('A.b-C_d');
  });

  it('finds no token in another scheme, a missing token or one with spaces', () => {
    for (const header of ['Basic a.b.c', 'Bearera.b.c', 'Bearer', 'Bearer ', 'Token a.b.c', 'Bearer a b', '']) expect(bearerTokenOf(header)).toBeNull();
  });
});
