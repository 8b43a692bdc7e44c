import { exportJWK, importJWK, SignJWT, type JWK } from 'jose';

type SigningKey = Awaited<ReturnType<typeof importJWK>>;
import type { User } from '../domain/user.ts';

export const TOKEN_ISSUER = 'ziba-identity';
export const TOKEN_AUDIENCE = 'ziba';

/**
 * Signs short-lived access tokens with the service's Ed25519 key (from the environment) and
 * publishes the public half as a JWKS for the gateway.
 */
export class TokenIssuer {
  private readonly ttlSeconds: number;
  private readonly kid: string;
  private readonly key: SigningKey;
  readonly jwks: { keys: JWK[] };

  private constructor(key: SigningKey, publicJwk: JWK, kid: string, ttlSeconds: number) {
    this.key = key;
    this.kid = kid;
    this.ttlSeconds = ttlSeconds;
    this.jwks = { keys: [{ ...publicJwk, kid, alg: 'EdDSA', use: 'sig' }] };
  }

  static async fromJwk(privateJwkJson: string, ttlSeconds: number): Promise<TokenIssuer> {
    const jwk = JSON.parse(privateJwkJson) as JWK;
    if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || !jwk.d) throw new Error('JWT_PRIVATE_JWK must be an Ed25519 private JWK');
    const key = await importJWK(jwk, 'EdDSA');
    const { d: _private, ...publicJwk } = jwk;
    return new TokenIssuer(key, publicJwk, jwk.kid ?? 'identity-1', ttlSeconds);
  }

  get expiresIn(): number {
    return this.ttlSeconds;
  }

  /**
   * An access token for `user`, carrying the id of the sign-in it belongs to (`sid`: a browser
   * session's, or an app's login), so the gateway can refuse every token of it once it is signed out.
   */
  issue(user: User, sessionId?: string): Promise<string> {
    return new SignJWT({
      role: user.role,
      country: user.countryCode,
      currency: user.currency,
      testMode: user.testMode,
      ...(user.role === 'ADMIN' ? { perms: user.permissions } : {}),
      ...(sessionId ? { sid: sessionId } : {}),
    })
      .setProtectedHeader({ alg: 'EdDSA', kid: this.kid, typ: 'JWT' })
      .setSubject(user.id)
      .setIssuer(TOKEN_ISSUER)
      .setAudience(TOKEN_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${this.ttlSeconds}s`)
      .sign(this.key);
  }
}

/** For development and tests: a fresh Ed25519 private JWK. */
export async function generatePrivateJwk(kid = 'identity-dev'): Promise<string> {
  const { generateKeyPair } = await import('jose');
  const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  return JSON.stringify({ ...(await exportJWK(privateKey)), kid });
}
