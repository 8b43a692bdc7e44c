import { fileURLToPath } from 'node:url';
import { grpcClientEnv, loadConfig, metricsEnv, Type } from '@ziba/service-kit';

export const GatewayEnv = Type.Object({
  LOG_LEVEL: Type.Optional(Type.String({ default: 'info' })),
  HOST: Type.String({ default: '127.0.0.1' }),
  PORT: Type.Integer({ default: 8080, minimum: 0, maximum: 65535 }),
  ...metricsEnv(9450),
  IDENTITY_ADDRESS: Type.String({ default: '127.0.0.1:50051' }),
  WALLET_ADDRESS: Type.String({ default: '127.0.0.1:50052' }),
  TRIP_ADDRESS: Type.String({ default: '127.0.0.1:50053' }),
  PAYOUT_ADDRESS: Type.String({ default: '127.0.0.1:50054' }),
  AUDIT_ADDRESS: Type.String({ default: '127.0.0.1:50055' }),
  ...grpcClientEnv,
  /** The gateway's credential towards the services (a secret). */
  SERVICE_TOKEN: Type.String({ minLength: 16 }),
  /**
   * Requests per minute across the API, per signed-in user (per client IP without a valid token); all
   * requests from one IP, signed by whomever, at most ADDRESS_LIMIT_PER_MINUTE; auth routes a tenth of it per IP,
   * and withdrawal requests a sixtieth per user (10 a minute at the default).
   */
  RATE_LIMIT_PER_MINUTE: Type.Integer({ default: 600, minimum: 1 }),
  /** Requests per minute from one IP, whoever signs them; 10 times RATE_LIMIT_PER_MINUTE when unset. */
  ADDRESS_LIMIT_PER_MINUTE: Type.Optional(Type.Integer({ minimum: 1 })),
  /**
   * The weekly CronJobs' credential (a secret): it starts the weekly netting and auto-payout runs as
   * the system, and nothing else. Unset, only admins can start them.
   */
  SYSTEM_JOB_TOKEN: Type.Optional(Type.String({ minLength: 32 })),
  /** Redis for the Idempotency-Key records (shared by every gateway replica). */
  REDIS_URL: Type.String({ default: 'redis://127.0.0.1:6379' }),
  /**
   * This deployment's namespace in Redis: stacks sharing one Redis (a developer's and a test's) never
   * answer each other's Idempotency-Keys.
   */
  REDIS_KEY_PREFIX: Type.String({ default: 'ziba:', pattern: '^[A-Za-z0-9_.-]{1,40}:$' }),
  /** How long an Idempotency-Key's first answer is kept for replays (24 hours, as payment APIs do). */
  IDEMPOTENCY_KEEP_SECONDS: Type.Integer({ default: 86_400, minimum: 60 }),
  /** Where clients reach this gateway: the OpenAPI document's server and the base of problem `type` links. */
  PUBLIC_BASE_URL: Type.String({ default: 'http://localhost:8080', pattern: '^https?://[^/]+$' }),
  /**
   * Origins besides PUBLIC_BASE_URL whose pages may make changes with the session cookie (the CSRF
   * check), comma-separated: e.g. the Vite dev server, http://localhost:5173, proxying /api here.
   */
  TRUSTED_ORIGINS: Type.String({ default: '', pattern: '^$|^https?://[^/,\\s]+(,https?://[^/,\\s]+)*$' }),
  /** The web UI's build (scripts/build-web); without one the gateway serves the API only. */
  WEB_DIST_DIR: Type.String({ default: fileURLToPath(new URL('../../../web/dist', import.meta.url)) }),
  /**
   * How many proxies in front set X-Forwarded-For (1 for an ingress controller): the client's address
   * is the entry the nearest of them added, so a client cannot pick its own rate-limit key by sending
   * the header itself. 0 (the default): no proxy, the connection's address. `true` reads as 1.
   */
  TRUST_PROXY: Type.Integer({ minimum: 0, maximum: 10, default: 0 }),
});

export type GatewayConfig = ReturnType<typeof loadGatewayConfig>;
export const loadGatewayConfig = (env: NodeJS.ProcessEnv = process.env) => loadConfig(GatewayEnv, env);
