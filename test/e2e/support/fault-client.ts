import { createApiClient } from '@ziba/api-client';
import { isDeepStrictEqual } from 'node:util';

// A client that behaves like a real app on a bad network: every request is sent again, with the same
// Idempotency-Key and body, after a network error, a timeout, a 5xx, a 429 or a 409 that says to retry
// shortly (IDEMPOTENCY_REQUEST_IN_PROGRESS, HOLD_IN_PROGRESS), until it gets an answer. Every operation is written down with the
// answer the client saw, so the run can check afterwards that the platform did what it said.

/** The client gave up waiting: the operation may or may not have happened (Jepsen's "info"). */
export class Indeterminate extends Error {
  readonly attempts: number;
  constructor(message: string, attempts: number) {
    super(message);
    this.attempts = attempts;
  }
}

export interface RetryStats {
  requests: number;
  retries: Record<string, number>;
}

export interface RetryPolicy {
  /** Faults are retried until this time (epoch ms); then the operation is indeterminate. */
  deadline: () => number;
  /** How long a key reported as still in progress (a claim left by a killed gateway) is waited for before the operation counts as indeterminate. */
  inProgressPatienceMs: number;
  stats: RetryStats;
}

const ATTEMPTS_HEADER = 'x-client-attempts';
/** 409s whose meaning is "retry shortly": the request, or the fare lock it needs, is still being processed. */
const IN_PROGRESS = new Set(['IDEMPOTENCY_REQUEST_IN_PROGRESS', 'HOLD_IN_PROGRESS']);

/** A fetch that retries faults as described above; the answer carries how many attempts it took. */
export function retryingFetch(policy: RetryPolicy): (request: Request) => Promise<Response> {
  return async (request) => {
    const body = request.body ? await request.arrayBuffer() : undefined;
    const started = Date.now();
    let inProgressSince: number | null = null;
    for (let attempt = 1; ; attempt++) {
      policy.stats.requests++;
      let reason: string;
      try {
        const r = await fetch(request.url, { method: request.method, headers: request.headers, body, signal: AbortSignal.timeout(15_000) });
        const payload = await r.arrayBuffer();
        const code = r.status === 409 ? (safeJson(payload) as { code?: string } | null)?.code : undefined;
        if (r.status < 500 && r.status !== 429 && !IN_PROGRESS.has(code ?? '')) {
          const headers = new Headers(r.headers);
          headers.set(ATTEMPTS_HEADER, String(attempt));
          return new Response(payload, { status: r.status, statusText: r.statusText, headers });
        }
        reason = code ?? String(r.status);
        if (IN_PROGRESS.has(code ?? '')) {
          inProgressSince ??= Date.now();
          if (Date.now() - inProgressSince > policy.inProgressPatienceMs)
            throw new Indeterminate(`still in progress after ${Date.now() - started} ms`, attempt);
        }
      } catch (err) {
        if (err instanceof Indeterminate) throw err;
        const e = err as Error & { cause?: { code?: string } };
        reason = e.name === 'TimeoutError' ? 'timeout' : (e.cause?.code ?? e.name);
      }
      policy.stats.retries[reason] = (policy.stats.retries[reason] ?? 0) + 1;
      if (Date.now() > policy.deadline()) throw new Indeterminate(`no answer before the deadline (last: ${reason})`, attempt);
      await new Promise((resolve) => setTimeout(resolve, Math.min(2_000, 100 * 2 ** Math.min(attempt - 1, 5)) * (0.5 + Math.random())));
    }
  };
}

function safeJson(payload: ArrayBuffer): unknown {
  try {
    return JSON.parse(Buffer.from(payload).toString('utf8'));
  } catch {
    return null;
  }
}

/** The typed client over the retrying fetch, as one simulated user (its own address, as behind a proxy). */
export function faultClient(baseUrl: string, policy: RetryPolicy, ip: string, token?: string) {
  return createApiClient({ baseUrl, token, fetch: retryingFetch(policy), headers: { 'x-forwarded-for': ip } });
}

/** What openapi-fetch gives back, the parts this harness reads. */
export interface Answer<T = unknown> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** One operation as the client saw it. */
export interface Operation {
  kind: string;
  key: string | null;
  /** The final answer's status; null while the client does not know (indeterminate). */
  status: number | null;
  body: unknown;
  /** Whether the answer said it was replayed (the request had reached the server before). */
  replayed: boolean;
  attempts: number;
  /** What it acts on (a trip, an order, a payout) and who acts, where that matters to the checks. */
  subject?: string;
  actor?: string;
  /** Set when the operation was indeterminate during the run and answered in the resolution phase (its attempts count those of the run too). */
  resolvedLater?: boolean;
  send: () => Promise<Answer>;
}

export class History {
  readonly operations: Operation[] = [];

  /** Runs `send` (a typed client call) and records what the client saw; an indeterminate operation answers null. */
  async run<T>(kind: string, key: string | null, send: () => Promise<Answer<T>>, subject?: string, actor?: string): Promise<Answer<T> | null> {
    const op: Operation = {
      kind,
      key,
      status: null,
      body: undefined,
      replayed: false,
      attempts: 0,
      send: send as () => Promise<Answer>,
      ...(subject ? { subject } : {}),
      ...(actor ? { actor } : {}),
    };
    this.operations.push(op);
    try {
      const answer = await send();
      record(op, answer);
      return answer;
    } catch (err) {
      if (!(err instanceof Indeterminate)) throw err;
      op.attempts = err.attempts;
      return null;
    }
  }

  /** Sends every indeterminate keyed operation again (same key and body) until it is answered, or `until`. */
  async resolve(until: number): Promise<{ resolved: number; unresolved: Operation[] }> {
    let resolved = 0;
    for (const op of this.operations.filter((o) => o.status === null && o.key !== null)) {
      while (op.status === null && Date.now() < until) {
        try {
          const attemptsBefore = op.attempts;
          record(op, await op.send());
          op.attempts += attemptsBefore;
          op.resolvedLater = true;
          resolved++;
        } catch (err) {
          if (!(err instanceof Indeterminate)) throw err;
          op.attempts += err.attempts;
        }
      }
    }
    return { resolved, unresolved: this.operations.filter((o) => o.status === null && o.key !== null) };
  }

  /**
   * Sends every answered keyed operation once more with its key: the answer must be the first one
   * again (status and body), marked as replayed. Returns the operations answered otherwise.
   */
  async replayAnswered(): Promise<{ replayed: number; mismatches: string[] }> {
    const mismatches: string[] = [];
    const answered = this.operations.filter((o) => o.key !== null && o.status !== null);
    for (const op of answered) {
      const again = await op.send();
      // Both as JSON values of this realm: a parsed answer's objects are the HTTP client's, a copy made here is the test's.
      const body = asJson(again.data ?? again.error);
      const expected = asJson(asReplayOf(op.body));
      if (again.response.status !== op.status || !isDeepStrictEqual(body, expected) || again.response.headers.get('idempotent-replayed') !== 'true') {
        mismatches.push(
          `${op.kind} ${op.key}: first ${op.status}, again ${again.response.status} (replayed: ${again.response.headers.get('idempotent-replayed')}); ${differenceOf(expected, body)}`,
        );
      }
    }
    return { replayed: answered.length, mismatches };
  }
}

const asJson = (value: unknown): unknown => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));

/** Where two answers first differ, as a path and both values: what a mismatch report names. */
function differenceOf(first: unknown, again: unknown, path = 'body'): string {
  if (isDeepStrictEqual(first, again)) return 'the same';
  if (first === null || again === null || typeof first !== 'object' || typeof again !== 'object')
    return `${path}: ${JSON.stringify(first)?.slice(0, 120)} then ${JSON.stringify(again)?.slice(0, 120)}`;
  const keys = [...new Set([...Object.keys(first), ...Object.keys(again)])];
  const key = keys.find((k) => !isDeepStrictEqual((first as Record<string, unknown>)[k], (again as Record<string, unknown>)[k]));
  return key === undefined
    ? `${path}: differ in kind`
    : differenceOf((first as Record<string, unknown>)[key], (again as Record<string, unknown>)[key], `${path}.${key}`);
}

/** The first answer as its replay says it: a body that says whether it was a replay says it is one. */
function asReplayOf(body: unknown): unknown {
  const first = body as { replayed?: unknown } | null;
  return first !== null && typeof first === 'object' && !Array.isArray(first) && first.replayed === false ? { ...first, replayed: true } : body;
}

function record(op: Operation, answer: Answer): void {
  op.status = answer.response.status;
  op.body = answer.data ?? answer.error;
  op.replayed = answer.response.headers.get('idempotent-replayed') === 'true';
  op.attempts = Number(answer.response.headers.get(ATTEMPTS_HEADER) ?? 1);
}
