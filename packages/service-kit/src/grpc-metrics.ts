import * as grpc from '@grpc/grpc-js';
import { counter, gauge, histogram, secondsSince } from './metrics.ts';

const serverRequests = counter({
  name: 'grpc_server_requests_total',
  help: 'gRPC calls handled, by outcome status',
  labelNames: ['service', 'method', 'code'],
});
const serverDuration = histogram({ name: 'grpc_server_request_duration_seconds', help: 'Time to handle a gRPC call', labelNames: ['service', 'method'] });
const clientRequests = counter({
  name: 'grpc_client_requests_total',
  help: 'gRPC calls made to a downstream, by outcome status',
  labelNames: ['target', 'method', 'code'],
});
const clientDuration = histogram({
  name: 'grpc_client_request_duration_seconds',
  help: 'Time for a downstream gRPC call to answer',
  labelNames: ['target', 'method'],
});

/** The status name (OK, NOT_FOUND, UNAVAILABLE...), as dashboards read it. */
const statusName = (code: grpc.status): string => grpc.status[code] ?? String(code);

/** Wraps a unary call's callback so that answering it counts the call and observes its duration. */
export function countedCallback<Res>(service: string, method: string, callback: grpc.sendUnaryData<Res>): grpc.sendUnaryData<Res> {
  const started = process.hrtime.bigint();
  return (err, value, trailer, flags) => {
    serverRequests.inc({ service, method, code: statusName(err ? (err.code ?? grpc.status.UNKNOWN) : grpc.status.OK) });
    serverDuration.observe({ service, method }, secondsSince(started));
    callback(err, value, trailer, flags);
  };
}

/** Starts timing a downstream call; call the result with the status it ended with. */
export function clientCallTimer(target: string, method: string): (code: grpc.status) => void {
  const started = process.hrtime.bigint();
  return (code) => {
    clientRequests.inc({ target, method, code: statusName(code) });
    clientDuration.observe({ target, method }, secondsSince(started));
  };
}

/** What the gauge reads of an opossum breaker. */
type BreakerState = { readonly opened: boolean; readonly halfOpen: boolean; readonly isShutdown: boolean };

const breakers = new Map<BreakerState, string>();

const CLOSED = 0;
const HALF_OPEN = 1;
const OPEN = 2;

// Read at scrape time rather than from events, so the value is never stale. Several clients of one
// target in a process (tests; the gateway and a service) report the worst of their states.
gauge({
  name: 'circuit_breaker_state',
  help: 'Circuit breaker towards a downstream: 0 closed, 1 half-open, 2 open',
  labelNames: ['target'],
  collect() {
    this.reset();
    const worst = new Map<string, number>();
    for (const [breaker, target] of breakers) {
      if (breaker.isShutdown) {
        breakers.delete(breaker);
        continue;
      }
      const state = breaker.opened ? OPEN : breaker.halfOpen ? HALF_OPEN : CLOSED;
      worst.set(target, Math.max(worst.get(target) ?? CLOSED, state));
    }
    for (const [target, state] of worst) this.set({ target }, state);
  },
});

/** Reports this breaker's state until it is shut down. */
export function trackBreaker(target: string, breaker: BreakerState): void {
  breakers.set(breaker, target);
}
