import { useEffect, useRef, useState } from 'react';

/** Rows an opener can sit in: a table's row, a phone's card, or anything a page marks. */
const ROWS = 'tr, li, [data-focus-fallback]';
/** How long focus is looked after once a dialog has closed: long enough for the page's refresh to arrive. */
const WATCH_MS = 30_000;

type Target = Element | null | undefined;

/** Stops looking after focus for the dialog before: one closed dialog's focus is looked after at a time. */
let stopWatching: (() => void) | undefined;

/** The page's heading (its h2), not a dialog's. */
function pageHeading(): Element | undefined {
  return Array.from(document.querySelectorAll('h2')).find((h) => !h.closest('[role="dialog"]'));
}

/** Whether focus has fallen to the page itself (the element that had it was taken away, or a dialog closed under it). */
function focusLost(): boolean {
  const active = document.activeElement;
  return active === null || active === document.body || !active.isConnected;
}

/** Focuses `element`, making it focusable from script first when it is not (a row, a heading, a status line). */
function focusOn(element: Element): void {
  if (!(element instanceof HTMLElement)) return;
  if (element.tabIndex < 0 && !element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
  element.focus({ preventScroll: false });
}

const firstOnPage = (targets: Target[]) => targets.find((t): t is Element => t instanceof HTMLElement && t.isConnected && t !== document.body);

/**
 * Keeps focus on the page after an action: until the admin clicks or types (or a while has passed),
 * whenever focus falls to <body> (a refresh took away the focused button: an approved payout's
 * buttons change) it goes to the first of `targets()` still on the page, else to the page's heading.
 * A new call ends the one before. Returns a function that stops watching.
 */
export function watchFocus(targets: () => Target[]): () => void {
  stopWatching?.();
  const place = () => {
    if (!focusLost()) return;
    const target = firstOnPage([...targets(), pageHeading()]);
    if (target) focusOn(target);
  };
  const observer = new MutationObserver(place);
  observer.observe(document.body, { childList: true, subtree: true });
  const stop = () => {
    if (stopWatching === stop) stopWatching = undefined;
    observer.disconnect();
    window.clearTimeout(timeout);
    document.removeEventListener('pointerdown', stop, true);
    document.removeEventListener('keydown', stop, true);
  };
  const timeout = window.setTimeout(stop, WATCH_MS);
  document.addEventListener('pointerdown', stop, true);
  document.addEventListener('keydown', stop, true);
  stopWatching = stop;
  return stop;
}

/**
 * What has focus now and the rows it sits in, innermost first: where focus goes back to when a
 * dialog opened from it closes. Taken when the dialog opens: by the time it closes, the action may
 * already have taken the opener away, and with it the way to its row.
 */
function focusTrail(): Element[] {
  const opener = document.activeElement;
  if (!opener || opener === document.body) return [];
  const trail = [opener];
  for (let row = opener.parentElement?.closest(ROWS); row; row = row.parentElement?.closest(ROWS)) trail.push(row);
  return trail;
}

/**
 * Gives focus back to the first of `trail` (focusTrail: the element that opened a dialog which has
 * just closed, then its rows) still on the page, and keeps it there when a refresh takes that away a
 * moment later; else to the page's heading, never to <body>.
 */
function returnFocus(trail: readonly Element[]): () => void {
  const first = firstOnPage([...trail, pageHeading()]);
  if (first) focusOn(first);
  return watchFocus(() => [...trail]);
}

/**
 * For a dialog that is mounted open and unmounted to close it (so Mantine's own focus return, which
 * follows `opened`, never runs): remembers what had focus when it opened and, when it closes (Escape,
 * Cancel, or done), gives focus back with returnFocus; or to what `instead` names when it names
 * something then (the line that says what a decision did).
 */
export function useReturnFocusOnClose(instead?: () => Target[] | null): void {
  const [trail] = useState(focusTrail);
  const mounted = useRef(false);
  const elsewhere = useRef(instead);
  elsewhere.current = instead;
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      // Only a real close: StrictMode's rehearsal of an unmount mounts the dialog again at once.
      queueMicrotask(() => {
        if (mounted.current) return;
        const targets = elsewhere.current?.()?.filter((t): t is Element => t instanceof Element);
        returnFocus(targets?.length ? targets : trail);
      });
    };
  }, [trail]);
}
