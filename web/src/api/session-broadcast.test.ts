import { expect, it, vi } from 'vitest';
import { announceSessionChange, followSessionChanges } from './session-broadcast.ts';

it('tells another tab of the browser that the session changed, and never the tab that changed it', async () => {
  const here = vi.fn();
  followSessionChanges(here);
  // Another tab: its own channel of the same name.
  const otherTab = new BroadcastChannel('ziba-session');
  const there = vi.fn();
  otherTab.onmessage = there;
  announceSessionChange('signed-out');
  await vi.waitFor(() => expect(there).toHaveBeenCalledTimes(1));
  expect(here).not.toHaveBeenCalled();
  otherTab.postMessage('signed-in');
  await vi.waitFor(() => expect(here).toHaveBeenCalledTimes(1));
  expect(here).toHaveBeenCalledWith('signed-in');
  expect(there.mock.calls[0]![0].data).toBe('signed-out');
  otherTab.close();
});
