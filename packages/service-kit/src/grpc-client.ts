import * as grpc from '@grpc/grpc-js';
import CircuitBreaker from 'opossum';
import { currentCorrelationId, MD, type Actor } from './call-context.ts';
import { AppError, isFault } from './errors.ts';
import { kindOfGrpcStatus } from './grpc-status.ts';
import { clientCallTimer, trackBreaker } from './grpc-metrics.ts';
import { inSpan, SpanKind, traceHeaders } from './tracing.ts';

/** The unary methods of a generated client, as `(request) => Promise<response>`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- matching any overload of a generated method
type AnyUnary = (req: any, cb: grpc.requestCallback<any>) => grpc.ClientUnaryCall;
type UnaryMethodNames<C> = { [K in keyof C]: C[K] extends AnyUnary ? K : never }[keyof C] & string;
type RequestOf<F> = F extends (req: infer Req, cb: grpc.requestCallback<infer _R>) => grpc.ClientUnaryCall ? Req : never;
type ResponseOf<F> = F extends (req: infer _Q, cb: grpc.requestCallback<infer Res>) => grpc.ClientUnaryCall ? Res : never;

export interface CallOptions {
  actor?: Actor | null;
  correlationId?: string | null;
  /** The client's Idempotency-Key, passed on (CallContext.requestKey). */
  requestKey?: string | null;
  deadlineMs?: number;
}

export interface GrpcClientOptions {
  /** Name of the downstream, for breaker and error messages. */
  target: string;
  address: string;
  /** This service's credential for the downstream. */
  token: string;
  deadlineMs?: number;
  breaker?: CircuitBreaker.Options;
  /**
   * How calls spread over the target's addresses. Unset: `round_robin` when the address names the
   * DNS resolver (`dns:///wallet-ledger-headless:50052`, a headless Service listing every ready pod),
   * else grpc-js's default, `pick_first` (one connection: behind a ClusterIP Service one pod gets
   * every call of this client).
   */
  loadBalancing?: LoadBalancingPolicy;
}

export type LoadBalancingPolicy = 'round_robin' | 'pick_first';

/** The channel options that choose the load-balancing policy for an address (see GrpcClientOptions). */
export function loadBalancingOptions(address: string, policy?: LoadBalancingPolicy): grpc.ChannelOptions {
  const chosen = policy ?? (/^dns:/i.test(address) ? 'round_robin' : undefined);
  if (!chosen) return {};
  return {
    'grpc.service_config': JSON.stringify({ loadBalancingConfig: [{ [chosen]: {} }] }),
    // the policy is this configuration's, not a DNS TXT record's
    'grpc.service_config_disable_resolution': 1,
  };
}

type ClientCtor<C> = new (address: string, credentials: grpc.ChannelCredentials, options?: grpc.ClientOptions) => C;

/**
 * A typed, promise-based client with a deadline on every call and one circuit breaker for the
 * downstream. Domain errors (bad input, not found, refused) come back as AppError with the callee's
 * stable code and do not count as breaker failures; only unavailability and internal errors do.
 */
export class GrpcClient<C extends grpc.Client> {
  readonly raw: C;
  readonly breaker: CircuitBreaker<[string, unknown, CallOptions], unknown>;
  private readonly options: GrpcClientOptions;

  constructor(Ctor: ClientCtor<C>, options: GrpcClientOptions) {
    this.options = options;
    this.raw = new Ctor(options.address, grpc.credentials.createInsecure(), {
      'grpc.keepalive_time_ms': 30_000,
      'grpc.enable_retries': 0,
      'grpc.enable_channelz': 0, // nothing reads it; it costs bookkeeping on every call
      ...loadBalancingOptions(options.address, options.loadBalancing),
    });
    this.breaker = new CircuitBreaker((method: string, request: unknown, opts: CallOptions) => this.invoke(method, request, opts), {
      name: options.target,
      timeout: false, // the gRPC deadline bounds each call
      errorThresholdPercentage: 50,
      volumeThreshold: 5,
      resetTimeout: 5_000,
      // An overloaded callee answers at once and recovers by itself: opening the breaker would only
      // turn its 429s into 503s. Refusals do not count either, nor a method the callee does not know
      // yet (an older replica during a rolling deploy): it is up, and its other methods answer.
      errorFilter: (err: unknown) => !isFault(err) || (err instanceof AppError && err.kind === 'OVERLOADED') || downstreamOf(err)?.grpcCode === 'UNIMPLEMENTED',
      ...options.breaker,
    });
    trackBreaker(options.target, this.breaker);
  }

  call<M extends UnaryMethodNames<C>>(method: M, request: RequestOf<C[M]>, opts: CallOptions = {}): Promise<ResponseOf<C[M]>> {
    return this.breaker.fire(method, request, opts).catch((err: unknown) => {
      if (err instanceof AppError) throw err;
      // opossum's own refusals (breaker open) carry code EOPENBREAKER; no call was made, so no gRPC code.
      const cause = (err as { code?: string }).code === 'EOPENBREAKER' ? 'circuit breaker open: recent calls failed' : (err as Error).message;
      throw withDownstream(new AppError('UNAVAILABLE', 'DEPENDENCY_UNAVAILABLE', `${this.options.target} is unavailable`), {
        target: this.options.target,
        method,
        grpcCode: null,
        details: cause,
      });
    }) as Promise<ResponseOf<C[M]>>;
  }

  close(): void {
    this.breaker.shutdown();
    this.raw.close();
  }

  private invoke(method: string, request: unknown, opts: CallOptions): Promise<unknown> {
    const attributes = { 'rpc.system': 'grpc', 'rpc.service': this.options.target, 'rpc.method': method };
    return inSpan('grpc-client', `${this.options.target}/${method}`, { kind: SpanKind.CLIENT, attributes }, () => this.send(method, request, opts), isFault);
  }

  private send(method: string, request: unknown, opts: CallOptions): Promise<unknown> {
    const metadata = new grpc.Metadata();
    metadata.set(MD.authorization, `Bearer ${this.options.token}`);
    if (opts.actor) {
      metadata.set(MD.actorId, opts.actor.id);
      metadata.set(MD.actorType, opts.actor.type);
      if (opts.actor.role) metadata.set(MD.actorRole, opts.actor.role);
    }
    const correlationId = opts.correlationId ?? currentCorrelationId();
    if (correlationId) metadata.set(MD.correlationId, correlationId);
    if (opts.requestKey) metadata.set(MD.requestKey, opts.requestKey);
    for (const [key, value] of Object.entries(traceHeaders())) metadata.set(key, value);
    const deadline = new Date(Date.now() + (opts.deadlineMs ?? this.options.deadlineMs ?? 5_000));
    type RawUnary = (req: unknown, md: grpc.Metadata, opts: grpc.CallOptions, cb: (err: grpc.ServiceError | null, res: unknown) => void) => void;
    const fn = (this.raw as unknown as Record<string, RawUnary | undefined>)[method];
    if (typeof fn !== 'function') return Promise.reject(new Error(`${this.options.target} has no method ${method}`));
    const observe = clientCallTimer(this.options.target, method);
    return new Promise((resolve, reject) => {
      fn.call(this.raw, request, metadata, { deadline }, (err: grpc.ServiceError | null, response: unknown) => {
        observe(err ? err.code : grpc.status.OK);
        if (err) reject(fromServiceError(this.options.target, method, err));
        else resolve(response);
      });
    });
  }
}

/**
 * Where a fault (UNAVAILABLE, INTERNAL) came from, for the caller's log: never sent to a client. The
 * gRPC code is null when no call was made (the breaker was open). `details` is the status text, at
 * most 300 characters, with any run of 8 or more digits (an account or document number) cut to its
 * last 4.
 */
export interface DownstreamFault {
  target: string;
  method: string;
  grpcCode: string | null;
  details: string;
}

/** The downstream a fault came from, when a GrpcClient raised it. */
export const downstreamOf = (err: unknown): DownstreamFault | null => (err as { downstream?: DownstreamFault } | null)?.downstream ?? null;

const safeDetails = (details: string | undefined) => (details ?? '').replace(/\d{4,}(\d{4})/g, '****$1').slice(0, 300);

function withDownstream(err: AppError, fault: DownstreamFault): AppError {
  return Object.assign(err, { downstream: { ...fault, details: safeDetails(fault.details) } });
}

/**
 * A failed call as an AppError: a refusal keeps the callee's stable code, detail and reasons; a fault
 * is DEPENDENCY_UNAVAILABLE or DEPENDENCY_FAILED (or the callee's own code), with a safe message and
 * where it came from (downstreamOf).
 */
export function fromServiceError(target: string, method: string, err: Pick<grpc.ServiceError, 'code' | 'details' | 'metadata'>): AppError {
  const kind = kindOfGrpcStatus(err.code);
  const code = err.metadata?.get(MD.errorCode)[0];
  const reasonsJson = err.metadata?.get(MD.errorReasons)[0];
  const reasons = typeof reasonsJson === 'string' ? (JSON.parse(reasonsJson) as string[]) : [];
  if (kind === 'UNAVAILABLE' || kind === 'INTERNAL') {
    const stable = typeof code === 'string' && code !== 'INTERNAL' ? code : kind === 'UNAVAILABLE' ? 'DEPENDENCY_UNAVAILABLE' : 'DEPENDENCY_FAILED';
    const grpcCode = grpc.status[err.code] ?? String(err.code);
    return withDownstream(new AppError(kind, stable, `${target} failed`), { target, method, grpcCode, details: err.details });
  }
  return new AppError(kind, typeof code === 'string' ? code : kind, err.details, reasons);
}
