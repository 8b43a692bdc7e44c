import { expect, it, vi } from 'vitest';
import { reloadOnStaleBuild } from './reload-on-stale-build.ts';

function tab() {
  const target = new EventTarget();
  const stored = new Map<string, string>();
  const timers: Array<() => void> = [];
  const host = {
    addEventListener: target.addEventListener.bind(target),
    sessionStorage: {
      getItem: (k: string) => stored.get(k) ?? null,
      setItem: (k: string, v: string) => void stored.set(k, v),
      removeItem: (k: string) => void stored.delete(k),
    },
    setTimeout: (fn: () => void) => timers.push(fn),
    location: { reload: vi.fn() },
  };
  const chunkFails = () => target.dispatchEvent(new Event('vite:preloadError', { cancelable: true }));
  return { host: host as unknown as Parameters<typeof reloadOnStaleBuild>[0], reload: host.location.reload, chunkFails, timers };
}

it('loads the new build once when a chunk of the old one is gone, and lets a second failure show', () => {
  const t = tab();
  reloadOnStaleBuild(t.host);
  expect(t.chunkFails()).toBe(false); // handled: the error is not thrown to the page
  expect(t.reload).toHaveBeenCalledTimes(1);
  expect(t.chunkFails()).toBe(true); // the reloaded page misses it too: a real error
  expect(t.reload).toHaveBeenCalledTimes(1);
});

it('reloads again for a later deploy, once the grace after the last reload is over', () => {
  const t = tab();
  reloadOnStaleBuild(t.host);
  t.chunkFails();
  for (const timer of t.timers) timer();
  t.chunkFails();
  expect(t.reload).toHaveBeenCalledTimes(2);
});
