// Every page: the header's Search control (SearchControl.astro). Without JavaScript it is a link
// to /search/; started, it is a button that opens the search dialog, also on "/". The dialog's code
// and Pagefind load only when search is first opened, side by side.
import { startModules } from '../shared/enhance';

function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

function start(root: HTMLElement): void {
  const link = root.querySelector<HTMLAnchorElement>('a[href]');
  const button = root.querySelector<HTMLButtonElement>('[data-search-button]');
  if (!link || !button) return;
  const onSearchPage = () => document.querySelector<HTMLInputElement>('[data-search-page] input[type="search"]');

  let busy = false;
  const open = async () => {
    const pageInput = onSearchPage();
    if (pageInput) { pageInput.focus(); return; }
    if (busy) return;
    busy = true;
    button.setAttribute('aria-busy', 'true');
    // Keep what is typed while search loads (the first time, a fraction of a second).
    let typed = '';
    const keep = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key.length === 1) typed += e.key;
      else if (e.key === 'Backspace') typed = typed.slice(0, -1);
      else return;
      e.preventDefault();
    };
    document.addEventListener('keydown', keep, true);
    try {
      const [{ openSearchDialog }, engine] = await Promise.all([import('./dialog'), import('./engine').then((m) => m.loadEngine())]);
      const input = await openSearchDialog(engine, button);
      document.removeEventListener('keydown', keep, true);
      if (typed) {
        input.value = typed;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }
    } catch {
      // Offline or blocked: the search page explains what to do.
      window.location.assign(link.href);
    } finally {
      document.removeEventListener('keydown', keep, true);
      busy = false;
      button.removeAttribute('aria-busy');
    }
  };

  button.addEventListener('click', () => void open());
  document.addEventListener('keydown', (e) => {
    if (e.key !== '/' || e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || typingIn(e.target)) return;
    if (document.querySelector('dialog[open]')) return;
    e.preventDefault();
    void open();
  });
}

export function initSearchLauncher(): void {
  startModules('search', start);
}
