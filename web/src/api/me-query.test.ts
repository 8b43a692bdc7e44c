import { QueryClient } from '@tanstack/react-query';
import { afterEach, expect, it, vi } from 'vitest';
import { mayHaveSession, meQuery } from './queries.ts';

afterEach(() => {
  document.cookie = 'ziba-signed-in=1; path=/';
  vi.unstubAllGlobals();
});

it('answers a visitor without the session hint as signed out, without a request the server could only refuse', async () => {
  document.cookie = 'ziba-signed-in=; max-age=0; path=/';
  const fetch = vi.fn();
  vi.stubGlobal('fetch', fetch);
  expect(mayHaveSession()).toBe(false);
  await expect(new QueryClient().fetchQuery(meQuery)).rejects.toMatchObject({ status: 401, problem: { code: 'UNAUTHENTICATED' } });
  expect(fetch).not.toHaveBeenCalled();
});

it('asks the server who is signed in while the hint is there', async () => {
  const fetch = vi.fn(async () => new Response(JSON.stringify({ id: 'u1', role: 'RIDER' }), { headers: { 'content-type': 'application/json' } }));
  vi.stubGlobal('fetch', fetch);
  expect(mayHaveSession()).toBe(true);
  await expect(new QueryClient().fetchQuery(meQuery)).resolves.toMatchObject({ id: 'u1' });
  expect(fetch).toHaveBeenCalledTimes(1);
});
