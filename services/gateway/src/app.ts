import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { registerAjvFormats, type TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { createLogger, REDACT_PATHS, startMetricsServer, type Logger } from '@ziba/service-kit';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import { createServiceClients, type ServiceClients } from './clients/service-clients.ts';
import type { GatewayConfig } from './config.ts';
import { ADDRESS_CEILING_FACTOR, registerAddressCeiling } from './plugins/address-ceiling.ts';
import { authenticate, authenticateJob, rateLimitKey, TokenVerifier } from './plugins/auth.ts';
import { originList, sameOriginGuard } from './plugins/browser-session.ts';
import { registerHttpMetrics } from './plugins/http-metrics.ts';
import { registerIdempotency } from './plugins/idempotency.ts';
import { LoginThrottle } from './plugins/login-throttle.ts';
import { TokenRevocations } from './plugins/token-revocations.ts';
import { clientErrorProblems, frameworkProblems, registerProblemHandlers } from './plugins/problem.ts';
import { registerStrictJson } from './plugins/strict-json.ts';
import { registerCorrelationIds } from './plugins/correlation.ts';
import { registerSecurityHeaders, registerWebUi } from './plugins/web-ui.ts';
import { registerTracing } from './plugins/tracing.ts';
import { validatorCompiler } from './plugins/validation.ts';
import { openApiOptions } from './openapi/document.ts';
import { routes } from './routes/index.ts';
import { perUserRateLimit, type RouteDeps } from './routes/route-deps.ts';

const REQUEST_ID = /^[A-Za-z0-9-]{8,64}$/;

export interface Gateway {
  app: FastifyInstance;
  clients: ServiceClients;
  url: string;
  /** Where GET /metrics is served (its own port, not the public one). */
  metricsPort: number;
  stop(): Promise<void>;
}

export async function buildGateway(
  config: GatewayConfig,
  logger: Logger = createLogger('gateway', config.LOG_LEVEL),
): Promise<{ app: FastifyInstance; clients: ServiceClients }> {
  registerAjvFormats();
  // While Redis is away, keyed requests fail fast (503, retried by the client under its key) rather
  // than queue; everything else keeps working. Commands issued in one tick by concurrent requests
  // (the rate limit, the address ceiling, token revocations) go to Redis as one write (auto-pipelining).
  const redis = new Redis(config.REDIS_URL, {
    keyPrefix: config.REDIS_KEY_PREFIX,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    enableAutoPipelining: true,
  });
  redis.on('error', (err) => logger.warn({ err: err.message }, 'redis unavailable'));
  // Serve only once Redis answers (or it refuses, or a bounded wait ends): with no offline queue, requests in the
  // first milliseconds would otherwise skip the shared rate limit and fail their Idempotency-Keys.
  if (!(await connected(redis, 5_000))) logger.warn('redis not reachable at start; serving without it');
  const clients = createServiceClients(config);
  const app = Fastify({
    loggerInstance: logger.child({}, { redact: { paths: [...REDACT_PATHS, 'req.headers["idempotency-key"]'], censor: '[redacted]' } }) as FastifyBaseLogger,
    // The nearest TRUST_PROXY hops are proxies; the address before them is the client's.
    trustProxy: config.TRUST_PROXY > 0 ? (_address: string, hop: number) => hop < config.TRUST_PROXY : false,
    bodyLimit: 64 * 1024,
    // A caller-supplied request id is kept when well-formed, so a client can trace its call.
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    ajv: { customOptions: { coerceTypes: false, removeAdditional: false } },
    frameworkErrors: frameworkProblems(config.PUBLIC_BASE_URL),
    clientErrorHandler: clientErrorProblems(config.PUBLIC_BASE_URL),
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  // The API takes JSON only. Fastify would also parse text/plain, and such a body then failed
  // validation as a string (400 "body must be object") where any other type is 415.
  app.removeContentTypeParser('text/plain');
  registerStrictJson(app);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    // Answers carry balances and personal data: never cached, unless a route says otherwise (JWKS, docs).
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  });
  app.decorateRequest('principal', null);
  registerCorrelationIds(app);
  const verifier = new TokenVerifier(clients);
  const revocations = new TokenRevocations(redis, logger);
  const sameOrigin = sameOriginGuard(config.PUBLIC_BASE_URL, originList(config.TRUSTED_ORIGINS));
  await app.register(cookie);
  app.decorate('auth', authenticate(verifier, revocations, sameOrigin));
  app.decorate('authJob', authenticateJob(config.SYSTEM_JOB_TOKEN, verifier, revocations, sameOrigin));
  registerSecurityHeaders(app);
  registerProblemHandlers(app, config.PUBLIC_BASE_URL, await registerWebUi(app, config.WEB_DIST_DIR));
  registerHttpMetrics(app);
  await registerTracing(app);
  registerIdempotency(app, redis, { keepSeconds: config.IDEMPOTENCY_KEEP_SECONDS, claimSeconds: 120, waitMs: 5_000 });
  app.addHook('onClose', async () => {
    redis.disconnect();
  });

  // Counted in Redis, so every gateway replica shares one limit (N replicas do not allow N times it);
  // while Redis is away requests are not refused for it (the limit is a guard, not a ledger). Per
  // signed-in user, or per address for everyone else (rateLimitKey).
  await app.register(rateLimit, {
    global: true,
    max: config.RATE_LIMIT_PER_MINUTE,
    timeWindow: '1 minute',
    redis,
    nameSpace: 'rate:',
    skipOnError: true,
    keyGenerator: rateLimitKey(verifier, revocations),
  });
  registerAddressCeiling(app, redis, config.ADDRESS_LIMIT_PER_MINUTE ?? config.RATE_LIMIT_PER_MINUTE * ADDRESS_CEILING_FACTOR);
  await app.register(swagger, openApiOptions(config.PUBLIC_BASE_URL));
  // The reference UI brings its own CSP (helmet's would block its inline scripts).
  await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: true });

  const deps: RouteDeps = {
    clients,
    // Per address, whoever signs the request: a token of one's own must not open a bucket of its own for guessing passwords or registering.
    authRateLimit: { max: Math.max(1, Math.floor(config.RATE_LIMIT_PER_MINUTE / 10)), timeWindow: '1 minute', keyGenerator: (r) => `ip:${r.ip}` },
    withdrawRateLimit: perUserRateLimit(Math.max(1, Math.floor(config.RATE_LIMIT_PER_MINUTE / 60)), '1 minute'),
    loginThrottle: new LoginThrottle(redis),
    revocations,
    sameOrigin,
  };
  // Every route module, with the authentication its subtree needs: routes/index.ts.
  await app.register(routes, deps);
  return { app, clients };
}

export async function startGateway(config: GatewayConfig, logger?: Logger): Promise<Gateway> {
  const { app, clients } = await buildGateway(config, logger);
  const url = await app.listen({ host: config.HOST, port: config.PORT });
  const metrics = await startMetricsServer(config.METRICS_PORT, config.METRICS_HOST);
  return {
    app,
    clients,
    url,
    metricsPort: metrics.port,
    async stop() {
      await app.close();
      await metrics.stop();
      clients.close();
    },
  };
}

function connected(redis: Redis, withinMs: number): Promise<boolean> {
  if (redis.status === 'ready') return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = (ok: boolean) => {
      clearTimeout(timer);
      redis.off('ready', onReady).off('error', onError);
      resolve(ok);
    };
    const onReady = () => done(true);
    const onError = () => done(false);
    const timer = setTimeout(() => done(false), withinMs);
    redis.on('ready', onReady).on('error', onError);
  });
}
