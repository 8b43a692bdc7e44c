/**
 * fetch for the web client: when the short-lived access cookie has run out (401), the session is
 * refreshed once and the request sent again. Only one refresh runs at a time across every tab (Web
 * Locks): two refreshes with the same cookie would look like a stolen token and end the session.
 */
const SESSION_PATHS = /^\/api\/auth\/(session|login|register)/;

let refreshing: Promise<boolean> | null = null;
let sessionEnded = () => {};

/** Calls `listener` when a request is refused for want of a session and no refresh can renew it: the user has to sign in again. */
export function onSessionEnded(listener: () => void): void {
  sessionEnded = listener;
}

async function refreshSession(): Promise<boolean> {
  const refresh = () => fetch('/api/auth/session/refresh', { method: 'POST', credentials: 'same-origin' }).then((r) => r.ok);
  const locks = (navigator as Navigator & { locks?: LockManager }).locks;
  return locks ? locks.request('ziba-session-refresh', refresh) : refresh();
}

export async function sessionFetch(request: Request): Promise<Response> {
  const retry = request.clone();
  const response = await fetch(request);
  if (response.status !== 401 || SESSION_PATHS.test(new URL(request.url).pathname)) return response;
  refreshing ??= refreshSession().finally(() => (refreshing = null));
  const answer = (await refreshing) ? await fetch(retry) : response;
  if (answer.status === 401) sessionEnded();
  return answer;
}
