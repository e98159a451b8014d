// Registers the service worker (src/offline/integration.ts builds it) with workbox-window, and
// keeps the reader told: a quiet line when the page is the copy saved on this device (online or
// not), and a notice with a Reload button when a newer version has been published.
// workbox-window (2 KB gzip) is loaded after the page has loaded, so it costs a reading page
// nothing up front.
import { sitePath } from '../shared/paths';
import { required } from '../shared/errors';
import { SW_FILE } from './paths';

/**
 * Whether this page itself came from the copy saved on this device: the navigation went through the
 * service worker (Navigation Timing's workerStart; the worker answers precached pages from its
 * cache first, online or not) and the page is in the worker's cache. Decided once, at load: the
 * first visit's page, which the new worker takes over later, came from the network.
 */
async function servedFromSavedCopy(): Promise<boolean> {
  const nav = performance.getEntriesByType('navigation')[0];
  const viaWorker = nav instanceof PerformanceNavigationTiming ? nav.workerStart > 0 : navigator.serviceWorker.controller !== null;
  if (!viaWorker || !navigator.serviceWorker.controller || !('caches' in window)) return false;
  // Workbox keys a precached page by its file (/guidance/mash/index.html for /guidance/mash/) plus
  // a revision parameter, and serves /search/?q=x as /search/: so the file, with the query ignored.
  const { pathname } = window.location;
  const file = pathname.endsWith('/') ? `${pathname}index.html` : pathname;
  return (await caches.match(file, { ignoreSearch: true })) !== undefined;
}

/**
 * The quiet line: whether the page is the saved copy, and whether the browser is offline. Filled
 * once quietly at load; it becomes a live region afterwards, so that going offline or back online
 * is announced but opening a page is not.
 */
async function watchConnection(note: HTMLElement): Promise<void> {
  const savedCopy = await servedFromSavedCopy().catch(() => false);
  const update = () => {
    const offline = !navigator.onLine;
    const controlled = navigator.serviceWorker.controller !== null;
    note.textContent = savedCopy
      ? `${offline ? 'Offline: you' : 'You'} are reading the copy of this site saved on this device.`
      : offline && controlled ? 'Offline: the pages you open next come from the copy of this site saved on this device.' : '';
  };
  update();
  note.setAttribute('role', 'status');
  window.addEventListener('online', update);
  window.addEventListener('offline', update);
  navigator.serviceWorker.addEventListener('controllerchange', update);
}

/** Fills the notice: a newer version exists, and a button that reloads into it. */
function showUpdate(notice: HTMLElement, reload: () => void): void {
  if (notice.childElementCount) return;
  const text = document.createElement('p');
  text.textContent = 'A newer version of this site has been published. ';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'button secondary';
  button.textContent = 'Reload to see it';
  button.addEventListener('click', () => { button.disabled = true; reload(); });
  text.append(button);
  notice.append(text);
}

export function startOffline(root: HTMLElement): void {
  if (!('serviceWorker' in navigator)) return;
  const note = required<HTMLElement>(root, '[data-offline-note]', 'offline-status');
  const notice = required<HTMLElement>(root, '[data-update-notice]', 'offline-status');
  void watchConnection(note);

  void (async () => {
    const { Workbox } = await import('workbox-window');
    const wb = new Workbox(sitePath(`/${SW_FILE}`), { scope: sitePath('/') });
    let reloading = false;
    // A new worker has installed and waits: this page shows the old version until it reloads.
    wb.addEventListener('waiting', () => showUpdate(notice, () => {
      reloading = true;
      wb.messageSkipWaiting();
    }));
    // The new worker took over (after Reload here or in another tab): this page is now stale.
    // (Not the first worker taking over the page that installed it: nothing was stale then.)
    wb.addEventListener('controlling', (event) => {
      if (!event.isUpdate) return;
      if (reloading) window.location.reload();
      else showUpdate(notice, () => window.location.reload());
    });
    try {
      await wb.register();
    } catch {
      // The browser refused the worker (private browsing, blocked by settings): the site works
      // as before, online only; nothing for the reader to do.
      return;
    }
    // Look for a newer version whenever the reader comes back to the page, not only on navigation.
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') wb.update().catch(() => undefined);
    });
  })().catch(() => undefined); // workbox-window could not be loaded: the site works online only.
}
