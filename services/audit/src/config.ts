import { CommonEnv, loadConfig, databasePoolEnv, metricsEnv, Type } from '@ziba/service-kit';

export const AuditEnv = Type.Object({
  ...CommonEnv,
  ...metricsEnv(9455),
  ...databasePoolEnv(8),
  DATABASE_URL: Type.String({ default: 'postgresql://postgres@127.0.0.1:5432/ziba_audit' }),
  AMQP_URL: Type.String({ default: 'amqp://guest:guest@127.0.0.1:5672' }),
  GRPC_ADDRESS: Type.String({ default: '127.0.0.1:50055' }),
  /** Names the queue (`<name>.events`); tests use their own so they do not share the log's queue. */
  CONSUMER_NAME: Type.String({ default: 'audit', pattern: '^[a-z0-9-]{1,60}$' }),
  /** Where finance receives the audit records in chain order. */
  FINANCE_FEED_EXCHANGE: Type.String({ default: 'ziba.finance', pattern: '^[a-z0-9.-]{1,80}$' }),
  FINANCE_FEED_QUEUE: Type.String({ default: 'finance.audit-records', pattern: '^[a-z0-9.-]{1,80}$' }),
  /**
   * How often the chain is verified in the background (the whole chain at start, then what was
   * appended since), for the audit_chain_* metrics and their alert; 0 turns it off.
   */
  AUDIT_VERIFY_INTERVAL_MS: Type.Integer({ default: 600_000, minimum: 0 }),
});

export type AuditConfig = ReturnType<typeof loadAuditConfig>;
export const loadAuditConfig = (env: NodeJS.ProcessEnv = process.env) => loadConfig(AuditEnv, env);
