// Registers the service worker (src/offline/integration.ts builds it) with workbox-window, and
// keeps the reader told: a quiet line when the page is the copy saved on this device and the
// network is gone, and a notice with a Reload button when a newer version has been published.
// workbox-window (2 KB gzip) is loaded after the page has loaded, so it costs a reading page
// nothing up front.
import { sitePath } from '../shared/paths';
import { required } from '../shared/errors';
import { SW_FILE } from './paths';

/** Shows the offline line while the page is served by the worker and the browser is offline. */
function watchConnection(note: HTMLElement): void {
  const update = () => {
    const fromSavedCopy = navigator.serviceWorker.controller !== null;
    note.textContent = fromSavedCopy && !navigator.onLine
      ? 'Offline: you are reading the copy of this site saved on this device.'
      : '';
  };
  window.addEventListener('online', update);
  window.addEventListener('offline', update);
  navigator.serviceWorker.addEventListener('controllerchange', update);
  update();
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
  watchConnection(note);

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
