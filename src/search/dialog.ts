// The search dialog opened from the header (or with "/") on every page. Loaded only when opened.
import { debounceMs } from './options';
import { attachEmptyState, renderResult } from './render';
import type { Instance, ModalElement, ResultsElement } from './types';
import { loadSearch } from './ui';

let modal: ModalElement | null = null;

function build(instance: Instance, opener: HTMLElement): ModalElement {
  // Pagefind's default modal structure (input; summary and results; keyboard hints). Custom
  // children would be initialised twice as the modal moves them into its <dialog>, so we add
  // our parts to the default structure instead.
  const m = document.createElement('pagefind-modal') as ModalElement;
  m.className = 'site-search-modal';
  document.body.append(m);
  m.querySelector('pagefind-input')!.setAttribute('debounce', String(debounceMs));
  const results = m.querySelector('pagefind-results') as ResultsElement;
  results.resultTemplate = renderResult;
  const empty = document.createElement('div');
  empty.className = 'search-empty';
  results.before(empty);
  // Our own hints: in the dialog Escape closes (Pagefind's hints say it clears) and Enter opens.
  const footer = m.querySelector('pagefind-modal-footer')!;
  footer.innerHTML = `
      <p class="search-dialog-more"><a href="/search/">Search with filters</a></p>
      <p class="search-keys" aria-hidden="true"><kbd>↑</kbd> <kbd>↓</kbd> move · <kbd>Enter</kbd> open · <kbd>Esc</kbd> close</p>`;
  // Results are marked with the query they answer (for tests and the benchmark).
  instance.on('results', (r) => {
    results.dataset.resultsFor = instance.searchTerm;
    results.dataset.resultCount = String((r as { results: unknown[] }).results.length);
  });
  const input = () => m.querySelector<HTMLInputElement>('pagefind-input input');
  attachEmptyState(instance, empty, (q) => {
    instance.triggerSearch(q);
    input()?.focus();
  });

  // The full search page, with the same query.
  const more = m.querySelector<HTMLAnchorElement>('.search-dialog-more a')!;
  instance.on('search', (term) => {
    const q = String(term ?? '').trim();
    more.href = q ? `/search/?q=${encodeURIComponent(q)}` : '/search/';
  });

  const dialog = m.dialogEl!;
  dialog.setAttribute('aria-label', 'Search this site');
  // Enter in the box opens the first result, as the keyboard hints say.
  dialog.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' || e.target !== input()) return;
    const first = m.querySelector<HTMLAnchorElement>('pagefind-results .search-result-link');
    if (first) { e.preventDefault(); first.click(); }
  });
  // Screen readers ignore live regions outside an open modal dialog, so Pagefind's announcer
  // moves into the dialog while it is open.
  const announcer = () => document.querySelector('[data-pagefind-announcer]');
  dialog.addEventListener('close', () => {
    const a = announcer();
    if (a && dialog.contains(a)) document.body.append(a);
    // The browser returns focus to where it was; opened with "/", that was nowhere.
    requestAnimationFrame(() => {
      const active = document.activeElement;
      if (!active || active === document.body || dialog.contains(active)) opener.focus();
    });
  });
  return m;
}

/** Opens the search dialog, loading Pagefind's Component UI the first time; resolves to its search box. */
export async function openSearchDialog(opener: HTMLElement): Promise<HTMLInputElement | null> {
  const instance = await loadSearch();
  modal ??= build(instance, opener);
  modal.open();
  const a = document.querySelector('[data-pagefind-announcer]');
  if (a && modal.dialogEl) modal.dialogEl.append(a);
  return modal.querySelector<HTMLInputElement>('pagefind-input input');
}
