import { Type, type Static, type TSchema } from 'typebox';
import { Value } from 'typebox/value';

export { Type };

/**
 * Reads the environment through a TypeBox schema: converts strings to the declared types, fills
 * defaults, and fails at start with every invalid variable named (values are never echoed: they
 * may be secrets).
 */
export function loadConfig<S extends TSchema>(schema: S, env: NodeJS.ProcessEnv = process.env): Static<S> {
  const candidate = Value.Default(schema, Value.Convert(schema, { ...env }));
  const errors = [...Value.Errors(schema, candidate)];
  if (errors.length > 0) {
    const names = [...new Set(errors.map((e) => `${e.instancePath.replace(/^\//, '') || '(root)'}: ${e.message}`))];
    throw new Error(`invalid configuration:\n  ${names.join('\n  ')}`);
  }
  return candidate as Static<S>;
}

/** Schema pieces most services share. */
export const CommonEnv = {
  NODE_ENV: Type.Optional(Type.String({ default: 'development' })),
  LOG_LEVEL: Type.Optional(
    Type.Union(
      [
        Type.Literal('fatal'),
        Type.Literal('error'),
        Type.Literal('warn'),
        Type.Literal('info'),
        Type.Literal('debug'),
        Type.Literal('trace'),
        Type.Literal('silent'),
      ],
      { default: 'info' },
    ),
  ),
  SERVICE_TOKENS: Type.String({ minLength: 16, description: 'comma-separated name=secret pairs of callers this service accepts' }),
  /** The domain-event exchange of this stack; stacks sharing one broker name their own, so their events never mix. */
  EVENTS_EXCHANGE: Type.String({ default: 'ziba.events', pattern: '^[a-z0-9_.-]{1,80}$' }),
  /** How outbox relays publish: a pass as one message, or (upgrading from a release before 2026-11-30) an event a message. */
  OUTBOX_MESSAGES: Type.Union([Type.Literal('one-per-pass'), Type.Literal('one-per-event')], { default: 'one-per-pass' }),
};

/** Where a service serves its Prometheus metrics; port 0 picks a free port (tests run several services). */
/**
 * A service's share of PostgreSQL's connections (DESIGN: the connection budget in the README) and
 * how long a request waits for one before it is answered 503 DATABASE_BUSY rather than queued forever.
 */
export const databasePoolEnv = (defaultMax: number) => ({
  DB_POOL_MAX: Type.Integer({ default: defaultMax, minimum: 1, maximum: 200 }),
  DB_POOL_WAIT_MS: Type.Integer({ default: 2_000, minimum: 1, maximum: 60_000 }),
  /**
   * The schema at start: `on-start` migrates (under the migration lock; local stacks, tests), `wait`
   * waits up to MIGRATE_WAIT_MS for the release's migration Job (Kubernetes), `skip` does neither.
   */
  MIGRATE: Type.Union([Type.Literal('on-start'), Type.Literal('wait'), Type.Literal('skip')], { default: 'on-start' }),
  MIGRATE_WAIT_MS: Type.Integer({ default: 300_000, minimum: 0, maximum: 3_600_000 }),
});

export const metricsEnv = (defaultPort: number) => ({
  METRICS_PORT: Type.Integer({ default: defaultPort, minimum: 0, maximum: 65535 }),
  METRICS_HOST: Type.String({ default: '127.0.0.1' }),
});

/**
 * How a service's gRPC clients spread calls over the addresses of a target. Unset: `round_robin` for
 * `dns:///name:port` targets (a headless Service: every ready pod's address, each call to the next),
 * grpc-js's `pick_first` otherwise (one connection, as a ClusterIP Service gets).
 */
export const grpcClientEnv = {
  GRPC_LB_POLICY: Type.Optional(Type.Union([Type.Literal('round_robin'), Type.Literal('pick_first')])),
};
