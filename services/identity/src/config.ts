import { CommonEnv, loadConfig, databasePoolEnv, metricsEnv, Type } from '@ziba/service-kit';
import { fileURLToPath } from 'node:url';

/** The countries, their documents and rules as shipped (services/identity/config/countries.json). */
export const SHIPPED_COUNTRIES_FILE = fileURLToPath(new URL('../config/countries.json', import.meta.url));

export const IdentityEnv = Type.Object({
  ...CommonEnv,
  ...metricsEnv(9451),
  ...databasePoolEnv(8),
  DATABASE_URL: Type.String({ default: 'postgresql://postgres@127.0.0.1:5432/ziba_identity' }),
  AMQP_URL: Type.String({ default: 'amqp://guest:guest@127.0.0.1:5672' }),
  GRPC_ADDRESS: Type.String({ default: '127.0.0.1:50051' }),
  /** Ed25519 private JWK (JSON) signing access tokens; a secret from the environment. */
  JWT_PRIVATE_JWK: Type.String({ minLength: 20 }),
  /** HMAC keys for identity document numbers, `keyId=base64secret[,...]`, newest first; a secret from the environment. */
  DOCUMENT_HMAC_KEYS: Type.String({ minLength: 10 }),
  ACCESS_TOKEN_TTL_SECONDS: Type.Integer({ default: 900, minimum: 60, maximum: 3600 }),
  /** Browser sessions: a refresh token unused this long expires (each refresh issues a new one); 14 days. */
  REFRESH_TOKEN_TTL_SECONDS: Type.Integer({ default: 1_209_600, minimum: 3600, maximum: 7_776_000 }),
  COUNTRIES_FILE: Type.String({ default: SHIPPED_COUNTRIES_FILE }),
  BOOTSTRAP_ADMIN_EMAIL: Type.Optional(Type.String()),
  BOOTSTRAP_ADMIN_PASSWORD: Type.Optional(Type.String()),
});

export type IdentityConfig = ReturnType<typeof loadIdentityConfig>;
export const loadIdentityConfig = (env: NodeJS.ProcessEnv = process.env) => loadConfig(IdentityEnv, env);
