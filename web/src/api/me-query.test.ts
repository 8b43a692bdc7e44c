import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { mayHaveSession, meQuery } from './queries.ts';

const signedOut = () => (document.cookie = '__Host-ziba-signed-in=; max-age=0; path=/; secure');

beforeEach(() => localStorage.clear());
afterEach(() => {
  document.cookie = '__Host-ziba-signed-in=1; path=/; secure';
  vi.unstubAllGlobals();
});

const answering = (status: number) => {
  const fetch = vi.fn(async () =>
    status === 200
      ? new Response(JSON.stringify({ id: 'u1', role: 'RIDER' }), { headers: { 'content-type': 'application/json' } })
      : new Response(JSON.stringify({ type: 'about:blank', title: 'x', status, code: 'UNAUTHENTICATED' }), {
          status,
          headers: { 'content-type': 'application/problem+json' },
        }),
  );
  vi.stubGlobal('fetch', fetch);
  return fetch;
};

it('answers a visitor without the session hint as signed out, without a request, once this browser has asked', async () => {
  signedOut();
  const first = answering(401);
  await expect(new QueryClient().fetchQuery(meQuery)).rejects.toMatchObject({ status: 401 });
  expect(first).toHaveBeenCalled(); // the one time: a session from before the hint gets its hint from the answer
  const later = answering(401);
  expect(mayHaveSession()).toBe(false);
  await expect(new QueryClient().fetchQuery(meQuery)).rejects.toMatchObject({ status: 401, problem: { code: 'UNAUTHENTICATED' } });
  expect(later).not.toHaveBeenCalled();
});

it('sends one first ask, however many are made while it is on its way', async () => {
  signedOut();
  const fetch = answering(401);
  const first = new QueryClient().fetchQuery(meQuery);
  await expect(new QueryClient().fetchQuery(meQuery)).rejects.toMatchObject({ status: 401 });
  await expect(first).rejects.toMatchObject({ status: 401 });
  const asked = fetch.mock.calls.filter((call) => {
    const [target] = call as unknown as [Request | string];
    return (typeof target === 'string' ? target : target.url).endsWith('/api/me');
  });
  expect(asked).toHaveLength(1);
});

it('asks the server who is signed in while the hint is there', async () => {
  localStorage.setItem('ziba-asked-who-is-signed-in', '1');
  const fetch = answering(200);
  expect(mayHaveSession()).toBe(true);
  await expect(new QueryClient().fetchQuery(meQuery)).resolves.toMatchObject({ id: 'u1' });
  expect(fetch).toHaveBeenCalledTimes(1);
});
