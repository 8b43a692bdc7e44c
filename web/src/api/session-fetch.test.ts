import { afterEach, expect, it, vi } from 'vitest';
import { onSessionEnded, sessionFetch } from './session-fetch.ts';

const ended = vi.fn();
onSessionEnded(ended);
afterEach(() => {
  vi.unstubAllGlobals();
  ended.mockClear();
});

/** A server answering each request by its path (the refresh by its own). */
const server = (answers: Record<string, number[]>) =>
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: Request | string) => {
      const path = new URL(typeof input === 'string' ? input : input.url, 'http://localhost').pathname;
      return new Response(null, { status: answers[path]!.shift() });
    }),
  );

const get = (path: string) => sessionFetch(new Request(`http://localhost${path}`));

it('renews an expired access cookie without telling anyone', async () => {
  server({ '/api/wallet': [401, 200], '/api/auth/session/refresh': [200] });
  expect((await get('/api/wallet')).status).toBe(200);
  expect(ended).not.toHaveBeenCalled();
});

it('says the session ended when the refresh cannot renew it', async () => {
  server({ '/api/wallet': [401], '/api/auth/session/refresh': [401] });
  expect((await get('/api/wallet')).status).toBe(401);
  expect(ended).toHaveBeenCalledOnce();
});

it('leaves a refused sign-in to the sign-in page', async () => {
  server({ '/api/auth/session': [401] });
  expect((await get('/api/auth/session')).status).toBe(401);
  expect(ended).not.toHaveBeenCalled();
});
