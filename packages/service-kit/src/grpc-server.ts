import * as grpc from '@grpc/grpc-js';
import { HealthImplementation, type ServingStatusMap } from 'grpc-health-check';
import { actorFromMetadata, first, MD, withCallContext, type CallContext } from './call-context.ts';
import { databaseBusy } from './database-errors.ts';
import { AppError, isAppError, isFault } from './errors.ts';
import { grpcStatusOfKind } from './grpc-status.ts';
import { countedCallback } from './grpc-metrics.ts';
import { addReflection, HEALTH_SERVICE, serviceNameOf } from './grpc-reflection.ts';
import type { Logger } from './logger.ts';
import { authenticateCaller, parseServiceTokens } from './service-auth.ts';
import { inSpan, remoteContext, SpanKind } from './tracing.ts';

export type UnaryHandler<Req, Res> = (request: Req, ctx: CallContext) => Promise<Res>;

/** A service's handlers written as plain async functions; the server does auth, errors and logs. */
export type ServiceHandlers = Record<string, UnaryHandler<never, unknown>>;

/**
 * The handlers of one generated service, typed from proto-loader's `XxxServiceHandlers` (whose
 * methods are callback-style `grpc.handleUnaryCall<Request__Output, Response>`): every method of the
 * service, each an async function of the decoded request that resolves with the response message, so
 * tsc checks every answer (and a missing or misspelt method). Assignable to ServiceHandlers.
 */
export type HandlersOf<S> = {
  [K in keyof S as string extends K ? never : K]: S[K] extends grpc.handleUnaryCall<infer Req, infer Res> ? UnaryHandler<Req, Res> : never;
};

/** The decoded request of method K of a generated service. */
export type RequestOf<S, K extends keyof S> = S[K] extends grpc.handleUnaryCall<infer Req, unknown> ? Req : never;

export interface GrpcServerOptions {
  name: string;
  logger: Logger;
  serviceTokens: string;
}

export class GrpcServer {
  readonly server = new grpc.Server({
    'grpc.max_receive_message_length': 4 * 1024 * 1024,
    // Clients reconnect (and re-resolve DNS) at least every few minutes, so replicas added by the
    // autoscaler get calls from round-robin clients; calls in flight get the grace period to finish.
    'grpc.max_connection_age_ms': 5 * 60_000,
    'grpc.max_connection_age_grace_ms': 30_000,
    // Nothing here reads channelz, and its per-call bookkeeping showed in the ledger's profile.
    'grpc.enable_channelz': 0,
  });
  private readonly tokens: Map<string, Buffer>;
  private readonly health: HealthImplementation;
  private readonly options: GrpcServerOptions;
  /** Fully-qualified names of the services added, each with its own health status. */
  private readonly serviceNames: string[] = [];

  constructor(options: GrpcServerOptions) {
    this.options = options;
    this.tokens = parseServiceTokens(options.serviceTokens);
    const statuses: ServingStatusMap = { '': 'NOT_SERVING' };
    this.health = new HealthImplementation(statuses);
    this.health.addToServer(this.server);
  }

  addService(definition: grpc.ServiceDefinition, handlers: ServiceHandlers): void {
    const impl: grpc.UntypedServiceImplementation = {};
    for (const [method, attrs] of Object.entries(definition)) {
      const handler = handlers[method] ?? handlers[attrs.originalName ?? ''];
      if (!handler) throw new Error(`${this.options.name}: no handler for ${method}`);
      impl[method] = this.wrap(method, handler as UnaryHandler<unknown, unknown>);
    }
    this.server.addService(definition, impl);
    const serviceName = serviceNameOf(definition);
    this.serviceNames.push(serviceName);
    this.health.setStatus(serviceName, 'NOT_SERVING');
  }

  async listen(address: string): Promise<number> {
    // Added last: reflection lists the services added by now (and health), none it does not serve.
    addReflection(this.server, [...this.serviceNames, HEALTH_SERVICE]);
    const port = await new Promise<number>((resolve, reject) =>
      this.server.bindAsync(address, grpc.ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p))),
    );
    this.setHealth('SERVING');
    return port;
  }

  /** Stops taking calls, lets in-flight ones finish (up to the grace period), then forces. */
  async shutdown(graceMs = 10_000): Promise<void> {
    this.setHealth('NOT_SERVING');
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        this.server.forceShutdown();
        resolve();
      }, graceMs);
      this.server.tryShutdown(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  /** The overall status ("") and each service's, as grpc.health.v1 clients and Kubernetes probes ask. */
  private setHealth(status: 'SERVING' | 'NOT_SERVING'): void {
    for (const name of ['', ...this.serviceNames]) this.health.setStatus(name, status);
  }

  private wrap(method: string, handler: UnaryHandler<unknown, unknown>): grpc.handleUnaryCall<unknown, unknown> {
    const { logger } = this.options;
    return (call, reply) => {
      // Every answer, refusals included, is counted and timed (grpc_server_* metrics).
      const callback = countedCallback(this.options.name, method, reply);
      const started = process.hrtime.bigint();
      const bearer = first(call.metadata, MD.authorization)?.replace(/^Bearer /, '');
      const caller = authenticateCaller(this.tokens, bearer);
      if (!caller) {
        callback({ code: grpc.status.UNAUTHENTICATED, details: 'unknown service credential' });
        return;
      }
      const ctx: CallContext = {
        caller,
        actor: actorFromMetadata(call.metadata),
        correlationId: first(call.metadata, MD.correlationId) ?? null,
        requestKey: first(call.metadata, MD.requestKey) ?? null,
      };
      const parent = remoteContext(call.metadata.getMap());
      const attributes = { 'rpc.system': 'grpc', 'rpc.service': this.options.name, 'rpc.method': method, 'ziba.caller': caller };
      // The handler runs inside a server span continuing the caller's trace (traceparent metadata).
      inSpan(
        this.options.name,
        `${this.options.name}/${method}`,
        { kind: SpanKind.SERVER, attributes, parent },
        () => withCallContext(ctx, () => handler(call.request, ctx)),
        isFault,
      ).then(
        (response) => {
          logCall(logger, method, ctx, started, 'OK');
          callback(null, response);
        },
        (err: unknown) => {
          const appError = isAppError(err) ? err : databaseBusy(err);
          if (!appError) logger.error({ err, method, caller }, 'unhandled error in gRPC handler');
          else if (appError.code === 'DATABASE_BUSY' || appError.code === 'DATABASE_UNAVAILABLE')
            logger.warn({ err: (err as Error).message, method }, appError.message);
          logCall(logger, method, ctx, started, appError?.code ?? 'INTERNAL');
          callback(toServiceError(appError));
        },
      );
    };
  }
}

function logCall(logger: Logger, method: string, ctx: CallContext, started: bigint, outcome: string): void {
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  logger.debug({ method, caller: ctx.caller, actor: ctx.actor?.id, correlationId: ctx.correlationId, outcome, ms }, 'grpc call');
}

/** Domain errors keep their stable code in trailing metadata; anything else is an opaque INTERNAL. */
function toServiceError(err: AppError | null): Partial<grpc.StatusObject> {
  const metadata = new grpc.Metadata();
  if (!err) {
    metadata.set(MD.errorCode, 'INTERNAL');
    return { code: grpc.status.INTERNAL, details: 'internal error', metadata };
  }
  metadata.set(MD.errorCode, err.code);
  if (err.reasons.length > 0) metadata.set(MD.errorReasons, JSON.stringify(err.reasons));
  return { code: grpcStatusOfKind(err.kind), details: err.message, metadata };
}
