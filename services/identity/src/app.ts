import { loadIdentityProto } from '@ziba/contracts';
import { startMessaging, type MessagingRuntime } from '@ziba/messaging';
import { createLogger, GrpcServer, type Logger } from '@ziba/service-kit';
import { readFileSync } from 'node:fs';
import { createAdmin } from './application/create-admin.usecase.ts';
import type { IdentityContext } from './application/identity-context.ts';
import { TokenIssuer } from './application/token-issuer.ts';
import type { IdentityConfig } from './config.ts';
import { parseCountries } from './domain/countries.ts';
import { PERMISSIONS } from './domain/user.ts';
import { identityHandlers } from './grpc/identity.handler.ts';
import { openOrm } from './persistence/orm.ts';

export interface IdentityApp {
  ctx: IdentityContext;
  port: number;
  stop(): Promise<void>;
}

export async function startIdentity(config: IdentityConfig, logger: Logger = createLogger('identity', config.LOG_LEVEL)): Promise<IdentityApp> {
  const countries = parseCountries(JSON.parse(readFileSync(config.COUNTRIES_FILE, 'utf8')));
  const tokens = await TokenIssuer.fromJwk(config.JWT_PRIVATE_JWK, config.ACCESS_TOKEN_TTL_SECONDS);
  const orm = await openOrm(config.DATABASE_URL);
  let messaging: MessagingRuntime | null = null;
  const ctx: IdentityContext = { orm, logger, countries, tokens, onCommit: () => messaging?.wake() };
  if (config.BOOTSTRAP_ADMIN_EMAIL && config.BOOTSTRAP_ADMIN_PASSWORD) {
    const admin = await createAdmin(ctx, { email: config.BOOTSTRAP_ADMIN_EMAIL, password: config.BOOTSTRAP_ADMIN_PASSWORD, permissions: [...PERMISSIONS] });
    logger.info({ adminId: admin.id }, 'bootstrap admin ready');
  }
  messaging = await startMessaging(orm, config.AMQP_URL, logger);
  const server = new GrpcServer({ name: 'identity', logger, serviceTokens: config.SERVICE_TOKENS });
  server.addService(loadIdentityProto().ziba.identity.v1.IdentityService.service, identityHandlers(ctx));
  const port = await server.listen(config.GRPC_ADDRESS);
  logger.info({ port }, 'identity listening');
  return {
    ctx,
    port,
    async stop() {
      await server.shutdown();
      await messaging?.stop();
      await orm.close();
    },
  };
}
