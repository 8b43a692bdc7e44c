import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '@ziba/service-kit';
import type { Country, PlatformSettings } from '../domain/countries.ts';
import type { DocumentHasher } from './document-hasher.ts';
import type { VerificationProvider } from './verification-provider.ts';
import type { TokenIssuer } from './token-issuer.ts';

export interface IdentityContext {
  orm: MikroORM;
  logger: Logger;
  countries: Map<string, Country>;
  settings: PlatformSettings;
  hasher: DocumentHasher;
  provider: VerificationProvider;
  tokens: TokenIssuer;
  /** Browser sessions: how long a refresh token is accepted after it was issued. */
  sessions: { refreshTtlSeconds: number };
}

export const SOURCE = 'identity';
