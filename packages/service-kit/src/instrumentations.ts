import { AmqplibInstrumentation } from '@opentelemetry/instrumentation-amqplib';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { redactSqlValues } from './sql-redaction.ts';

/**
 * The libraries traced by patching, so a trace shows its SQL statements and broker messages beside
 * the spans service-kit makes itself (gRPC, HTTP, consumers). pg and amqplib are CommonJS: they
 * load their files through require() even when imported from ESM, which these patch, so they need
 * no ESM loader hook; they must load after startTelemetry (each main.ts imports its app afterwards).
 */
export function libraryInstrumentations() {
  return [
    new PgInstrumentation({
      // Never the values: no db.postgresql.values, and the text without the literals MikroORM inlines.
      enhancedDatabaseReporting: false,
      requestHook: (span, { query }) => {
        if (query.text && span.isRecording()) span.setAttribute('db.query.text', redactSqlValues(query.text));
      },
      // Only statements of a traced request or message: the outbox relay's polls and the pools'
      // background connects would otherwise each be a trace of its own, several a second.
      requireParentSpan: true,
    }),
    // Publishing injects the publish span into the message headers and consuming continues it, so a
    // consumer's work joins the trace of the request whose outbox row was published (OutboxRelay).
    new AmqplibInstrumentation(),
  ];
}
