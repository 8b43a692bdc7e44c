import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '@ziba/service-kit';
import type { Country } from '../domain/countries.ts';
import type { TokenIssuer } from './token-issuer.ts';

export interface IdentityContext {
  orm: MikroORM;
  logger: Logger;
  countries: Map<string, Country>;
  tokens: TokenIssuer;
  onCommit: () => void;
}

export const SOURCE = 'identity';
