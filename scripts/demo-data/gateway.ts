// The demo talks to the platform only through the gateway's REST API and its typed client, as an app
// would. The gateway limits requests per minute (and sign-ins more tightly): a 429 is waited out
// for its Retry-After and sent again, so a second run right after the first is slower, not broken.
import { createApiClient, type ApiClient } from '@ziba/api-client';

export class DemoError extends Error {}

export interface Gateway {
  baseUrl: string;
  /** A client signed in with `token`, or anonymous. */
  as(token?: string): ApiClient;
  stats: { requests: number; throttledMs: number };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function connect(baseUrl: string, log: (line: string) => void): Gateway {
  const stats = { requests: 0, throttledMs: 0 };
  let noticeUntil = 0; // one notice per wait, however many requests are waiting
  const patientFetch = async (request: Request): Promise<Response> => {
    for (let attempt = 1; ; attempt++) {
      stats.requests++;
      const response = await fetch(request.clone());
      if (response.status !== 429 || attempt > 8) return response;
      const seconds = Math.min(60, Math.max(1, Number(response.headers.get('retry-after')) || 5));
      if (Date.now() > noticeUntil) {
        log(`  the gateway's rate limit was reached; waiting ${seconds} s`);
        noticeUntil = Date.now() + seconds * 1_000;
        stats.throttledMs += seconds * 1_000;
      }
      await sleep(seconds * 1_000);
    }
  };
  return { baseUrl, stats, as: (token) => createApiClient({ baseUrl, token, fetch: patientFetch }) };
}

interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The problem's code (and its reasons), for messages and for refusals the demo expects. */
export function problemOf(error: unknown): { code: string; detail: string; reasons: string[] } {
  const p = (error ?? {}) as { code?: string; detail?: string; title?: string; reasons?: string[] };
  return { code: p.code ?? 'UNKNOWN', detail: p.detail ?? p.title ?? '', reasons: p.reasons ?? [] };
}

/** The answer's data, or a DemoError naming the step and the server's problem. */
export async function must<T>(what: string, call: Promise<Answer<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (error === undefined && data !== undefined) return data;
  const p = problemOf(error);
  throw new DemoError(`${what}: ${response.status} ${p.code}${p.detail ? ` (${p.detail})` : ''}${p.reasons.length ? ` [${p.reasons.join(', ')}]` : ''}`);
}

/** Every item of a paged list (`page.nextCursor`), following the cursor. */
export async function allPages<P extends { page: { nextCursor?: string | null } }>(
  what: string,
  page: (cursor: string | undefined) => Promise<Answer<P>>,
): Promise<P[]> {
  const pages: P[] = [];
  let cursor: string | undefined;
  do {
    const data = await must(what, page(cursor));
    pages.push(data);
    cursor = data.page.nextCursor ?? undefined;
  } while (cursor);
  return pages;
}
