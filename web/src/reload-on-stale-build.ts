const MARK = 'ziba:reloaded-for-new-build';
/** How long after a reload a failing chunk is left to show its error: it is missing from the new build too. */
const GRACE_MS = 60_000;

type Host = Pick<Window, 'addEventListener' | 'sessionStorage' | 'setTimeout'> & { location: Pick<Location, 'reload'> };

/**
 * After a deploy, a tab still running the old build asks for page chunks that no longer exist, and
 * the page would stay blank. Vite reports that (vite:preloadError): the page then loads the new build,
 * once. A chunk that fails again right after that reload is a real error, shown as one; later on, a
 * further deploy reloads again.
 */
export function reloadOnStaleBuild(host: Host = window): void {
  const reloadedAt = Number(host.sessionStorage.getItem(MARK) ?? 0);
  host.setTimeout(() => host.sessionStorage.removeItem(MARK), Math.max(0, reloadedAt + GRACE_MS - Date.now()));
  host.addEventListener('vite:preloadError', (event) => {
    if (host.sessionStorage.getItem(MARK)) return;
    host.sessionStorage.setItem(MARK, String(Date.now()));
    event.preventDefault();
    host.location.reload();
  });
}
