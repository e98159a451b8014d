// The /search/ page: the search box, filters and results, with the search in the address bar so
// that it can be shared and the back button steps back through searches.
//
// Filters are our own radio buttons rather than Pagefind's <pagefind-filter-pane>: a page has one
// type, and the pane's checkboxes ask for pages that match *all* the ticked values, so ticking two
// types would always find nothing.
import { FILTERS, pagefindFilters, readSearchState, searchStateUrl, type FilterKey, type SearchState } from './filters';
import { attachEmptyState, renderResult } from './render';
import type { Instance, ResultsElement } from './types';
import { loadSearch } from './ui';

const PATH = '/search/';
/** Searches closer together than this (ms) are one step in the browser history, not several. */
const HISTORY_STEP_MS = 1500;

export async function initSearchPage(): Promise<void> {
  const template = document.querySelector<HTMLTemplateElement>('#search-app-template');
  if (!template) return;
  let instance: Instance;
  try {
    instance = await loadSearch();
  } catch {
    return; // The page keeps its message: search needs JavaScript, and where else to look.
  }
  const fragment = template.content.cloneNode(true) as DocumentFragment;
  const app = fragment.firstElementChild as HTMLElement;
  template.after(fragment);
  document.querySelector<HTMLElement>('[data-search-nojs]')?.setAttribute('hidden', '');
  const siteTitle = document.title;

  (app.querySelector('pagefind-results') as ResultsElement).resultTemplate = renderResult;
  const input = () => app.querySelector<HTMLInputElement>('pagefind-input input');
  attachEmptyState(instance, app.querySelector<HTMLElement>('.search-empty')!, (q) => {
    instance.triggerSearch(q);
    input()?.focus();
  });

  let filters: SearchState['filters'] = {};
  let newStep = false; // a filter was chosen: always its own step in the history
  const radios = [...app.querySelectorAll<HTMLInputElement>('input[type="radio"][data-filter]')];
  const showFilters = () => {
    for (const r of radios) r.checked = (filters[r.dataset.filter as FilterKey] ?? '') === r.value;
  };
  for (const r of radios) {
    r.addEventListener('change', () => {
      if (!r.checked) return;
      filters = { ...filters, [r.dataset.filter as FilterKey]: r.value || undefined };
      newStep = true;
      instance.triggerFilters(pagefindFilters(filters));
    });
  }
  // Counts beside each filter value; values no page matching the words has are hidden.
  instance.on('filters', (f) => {
    const { available, total } = f as { available: Record<string, Record<string, number>>; total: Record<string, Record<string, number>> };
    for (const r of radios) {
      if (!r.value) continue;
      const key = r.dataset.filter!;
      const label = r.closest('label')!;
      label.hidden = !(total?.[key]?.[r.value]) && !r.checked;
      const count = label.querySelector('.search-filter-count');
      if (count) count.textContent = ` (${available?.[key]?.[r.value] ?? 0})`;
    }
    for (const set of app.querySelectorAll<HTMLFieldSetElement>('.search-filter')) {
      set.hidden = !set.querySelector('label:not([hidden]) input[value]:not([value=""])');
    }
  });

  // The address bar follows the search; Back and Forward replay it.
  let restoring = false;
  let lastStep = -Infinity;
  history.replaceState({ search: true }, '', location.href);
  instance.on('search', (term, f) => {
    const state: SearchState = { q: String(term ?? ''), filters: {} };
    for (const { key } of FILTERS) {
      const v = (f as Record<string, string[]> | undefined)?.[key]?.[0];
      if (v) state.filters[key] = v;
    }
    filters = state.filters;
    showFilters();
    document.title = state.q ? `“${state.q}”: ${siteTitle}` : siteTitle;
    if (restoring) return;
    const url = searchStateUrl(PATH, state);
    if (url === location.pathname + location.search) return;
    const now = performance.now();
    if (!newStep && now - lastStep < HISTORY_STEP_MS) history.replaceState({ search: true }, '', url);
    else history.pushState({ search: true }, '', url);
    lastStep = now;
    newStep = false;
  });
  const restore = () => {
    const state = readSearchState(location.search);
    restoring = true;
    filters = state.filters;
    showFilters();
    instance.triggerSearchWithFilters(state.q, pagefindFilters(state.filters));
    const box = input();
    if (box) box.value = state.q;
    restoring = false;
    lastStep = -Infinity;
  };
  window.addEventListener('popstate', restore);

  // Enter: the search is complete; move to the first result so that it is read out.
  app.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' || e.target !== input()) return;
    lastStep = -Infinity;
    const first = app.querySelector<HTMLAnchorElement>('pagefind-results .search-result-link');
    if (first) { e.preventDefault(); first.focus(); }
  });

  // Results are marked with the query they answer (for tests and the benchmark).
  const results = app.querySelector<HTMLElement>('.search-page-results')!;
  instance.on('results', (r) => {
    results.dataset.resultsFor = instance.searchTerm;
    results.dataset.resultCount = String((r as { results: unknown[] }).results.length);
  });

  void instance.triggerLoad();
  restore();
}
