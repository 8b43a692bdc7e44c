import { isSpanContextValid, trace } from '@opentelemetry/api';
import { pino, type DestinationStream, type Logger, type LoggerOptions } from 'pino';

export type { Logger };

/**
 * Paths removed from every log line. Full account and document numbers, passwords and tokens must
 * never reach a log (SPEC section 10); code should not log them at all, this is the safety net.
 */
export const REDACT_PATHS = [
  'password',
  '*.password',
  'accountNumber',
  '*.accountNumber',
  'documentNumber',
  '*.documentNumber',
  'token',
  '*.token',
  'accessToken',
  '*.accessToken',
  'authorization',
  '*.authorization',
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.cookie',
  'res.headers["set-cookie"]',
  'headers["set-cookie"]',
  'refreshToken',
  '*.refreshToken',
  'headers.authorization',
  'secret',
  '*.secret',
];

/** `destination` defaults to stdout; tests pass one to read what a service logged. */
export function createLogger(service: string, level = process.env.LOG_LEVEL ?? 'info', destination?: DestinationStream): Logger {
  const options: LoggerOptions = {
    name: service,
    level,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    base: { service },
    // Ties every line to the active trace so logs and spans can be joined. With no exporter
    // configured the spans have all-zero ids, which would join every line to every other.
    mixin() {
      const span = trace.getActiveSpan();
      const ctx = span?.spanContext();
      return ctx && isSpanContextValid(ctx) ? { traceId: ctx.traceId, spanId: ctx.spanId } : {};
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
