import type { MikroORM } from '@mikro-orm/postgresql';
import { loadIdentityProto } from '@ziba/contracts';
import { startMessaging, type MessagingRuntime } from '@ziba/messaging';
import { createLogger, serve, type Logger } from '@ziba/service-kit';
import { readFileSync } from 'node:fs';
import { createAdmin } from './application/create-admin.usecase.ts';
import type { IdentityContext } from './application/identity-context.ts';
import { TokenIssuer } from './application/token-issuer.ts';
import type { IdentityConfig } from './config.ts';
import { DocumentHasher } from './application/document-hasher.ts';
import { SimulatedVerificationProvider } from './application/verification-provider.ts';
import { parseCountryConfig } from './domain/countries.ts';
import { PERMISSIONS } from './domain/user.ts';
import { identityHandlers } from './grpc/identity.handler.ts';
import { openOrm } from './persistence/orm.ts';

export interface IdentityApp {
  ctx: IdentityContext;
  port: number;
  /** Where GET /metrics is served. */
  metricsPort: number;
  stop(): Promise<void>;
}

/** Configuration checked and loaded once: countries and their rules, keys, the provider adapter. */
export async function identityContext(config: IdentityConfig, orm: MikroORM, logger: Logger): Promise<IdentityContext> {
  const { countries, settings } = parseCountryConfig(JSON.parse(readFileSync(config.COUNTRIES_FILE, 'utf8')));
  return {
    orm,
    logger,
    countries,
    settings,
    hasher: new DocumentHasher(config.DOCUMENT_HMAC_KEYS),
    provider: new SimulatedVerificationProvider(),
    tokens: await TokenIssuer.fromJwk(config.JWT_PRIVATE_JWK, config.ACCESS_TOKEN_TTL_SECONDS),
    sessions: { refreshTtlSeconds: config.REFRESH_TOKEN_TTL_SECONDS },
  };
}

export async function startIdentity(config: IdentityConfig, logger: Logger = createLogger('identity', config.LOG_LEVEL)): Promise<IdentityApp> {
  const orm = await openOrm(
    config.DATABASE_URL,
    { max: config.DB_POOL_MAX, waitMs: config.DB_POOL_WAIT_MS },
    { mode: config.MIGRATE, waitMs: config.MIGRATE_WAIT_MS },
  );
  let messaging: MessagingRuntime | null = null;
  const ctx = await identityContext(config, orm, logger);
  if (config.BOOTSTRAP_ADMIN_EMAIL && config.BOOTSTRAP_ADMIN_PASSWORD) {
    const admin = await createAdmin(ctx, {
      email: config.BOOTSTRAP_ADMIN_EMAIL,
      password: config.BOOTSTRAP_ADMIN_PASSWORD,
      permissions: [...PERMISSIONS],
      operator: 'bootstrap configuration (BOOTSTRAP_ADMIN_EMAIL)',
    });
    logger.info({ adminId: admin.id }, 'bootstrap admin ready');
  }
  messaging = await startMessaging(orm, config, logger);
  const serving = await serve('identity', logger, config, loadIdentityProto().ziba.identity.v1.IdentityService.service, identityHandlers(ctx));
  return {
    ctx,
    port: serving.port,
    metricsPort: serving.metricsPort,
    async stop() {
      await serving.stop();
      await messaging?.stop();
      await orm.close();
    },
  };
}
