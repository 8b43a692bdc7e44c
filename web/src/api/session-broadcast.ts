/**
 * The tabs of one browser share the session cookies: who is signed in changes for all of them at
 * once. A tab that signs in or out tells the others, which start over as whoever is signed in now,
 * so no tab keeps showing (and acting in) the previous user's pages.
 */
const CHANNEL = 'ziba-session';

// One channel a tab: a message reaches every other channel of the name, never the one that sent it,
// so the tab that signed in is not sent to start over itself.
let channel: BroadcastChannel | null = null;
const tabChannel = () => (channel ??= typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL));

export type SessionChange = 'signed-in' | 'signed-out';

/** Tells the browser's other tabs that the session changed. */
export function announceSessionChange(change: SessionChange): void {
  tabChannel()?.postMessage(change);
}

/** Calls `onChange` when another tab of this browser signs in or out. */
export function followSessionChanges(onChange: (change: SessionChange) => void): void {
  const c = tabChannel();
  if (c) c.onmessage = (e: MessageEvent) => onChange(e.data === 'signed-out' ? 'signed-out' : 'signed-in');
}
