// Every page: turns the header's link to /search/ into a button that opens the search dialog,
// and opens it on "/" too. The dialog and Pagefind load only when search is first opened.

function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function initSearchLauncher(): void {
  const link = document.querySelector<HTMLAnchorElement>('[data-search-link]');
  const button = document.querySelector<HTMLButtonElement>('[data-search-button]');
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
      const { openSearchDialog } = await import('./dialog');
      const input = await openSearchDialog(button);
      document.removeEventListener('keydown', keep, true);
      input?.focus();
      if (input && typed) {
        input.value += typed;
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

  button.addEventListener('click', open);
  document.addEventListener('keydown', (e) => {
    if (e.key !== '/' || e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || typingIn(e.target)) return;
    if (document.querySelector('dialog[open]')) return;
    e.preventDefault();
    void open();
  });
  link.hidden = true;
  button.hidden = false;
}
