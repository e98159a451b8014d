// The /search/ page (SearchPage.astro): the search box, folded filters and results, with the
// search in the address bar so that it can be shared and the back button steps back through
// searches.
//
// Filters are radio buttons: a page has one type and at most one type of support, so ticking two
// values of one filter could only ever find nothing.
import { sitePath } from '../shared/paths';
import { startModules } from '../shared/enhance';
import { searchBox } from './box';
import { loadEngine, type SearchEngine } from './engine';
import { FILTERS, pagefindFilters, readSearchState, searchStateUrl, type FilterKey, type SearchState } from './filters';
import type { FilterCounts } from './types';

const PATH = sitePath('/search/');
/** Searches closer together than this (ms) are one step in the browser history, not several. */
const HISTORY_STEP_MS = 1500;
/** From this width the filters sit open beside the results. */
const WIDE = '(min-width: 50rem)';

/**
 * Pagefind and its filters, loaded as the page starts. A search waits for Pagefind only: the
 * engine holds it back until the filters are in, fetching its words' index meanwhile.
 */
let ready: Promise<SearchEngine> | null = null;
const loaded = () => {
  ready ??= loadEngine().then((e) => { void e.loadFilters().catch(() => undefined); return e; });
  ready.catch(() => { ready = null; });
  return ready;
};
const engine: SearchEngine = {
  search: (term, filters, ms) => loaded().then((e) => e.search(term, filters, ms)),
  loadFilters: () => loaded().then(() => undefined),
};

function start(root: HTMLElement): void {
  const app = root.querySelector<HTMLElement>('[data-search-page]')!;
  const input = app.querySelector<HTMLInputElement>('input[type="search"]')!;
  const details = app.querySelector<HTMLDetailsElement>('[data-search-filters]')!;
  const chosen = app.querySelector<HTMLElement>('[data-filters-chosen]')!;
  const radios = [...app.querySelectorAll<HTMLInputElement>('input[type="radio"][data-filter]')];
  const siteTitle = document.title;
  void loaded().catch(() => undefined);
  if (window.matchMedia(WIDE).matches) details.open = true;

  let filters: SearchState['filters'] = {};
  let newStep = false; // a filter was chosen: always its own step in the history
  let restoring = false;
  let lastStep = -Infinity;

  const showFilters = () => {
    for (const r of radios) r.checked = (filters[r.dataset.filter as FilterKey] ?? '') === r.value;
    const values = FILTERS.map((f) => filters[f.key]).filter(Boolean);
    chosen.textContent = values.length ? `: ${values.join(', ')}` : '';
  };
  // Counts beside each value: pages matching the words, whatever filters are chosen. Values no
  // such page has are hidden, and a filter with no value left is hidden.
  const showCounts = (total: FilterCounts) => {
    for (const r of radios) {
      if (!r.value) continue;
      const n = total[r.dataset.filter!]?.[r.value] ?? 0;
      const label = r.closest('label')!;
      label.hidden = !n && !r.checked;
      label.querySelector('.search-filter-count')!.textContent = ` (${n})`;
    }
    for (const set of app.querySelectorAll<HTMLFieldSetElement>('.search-filter')) {
      set.hidden = !set.querySelector('label:not([hidden]) input:not([value=""])');
    }
  };

  const box = searchBox({
    root: app,
    input,
    summary: app.querySelector('.search-summary')!,
    live: app.querySelector('[data-search-live]')!,
    results: app.querySelector('.search-results')!,
    list: app.querySelector('.search-list')!,
    more: app.querySelector('.search-more')!,
    help: app.querySelector('.search-empty')!,
  }, {
    engine,
    filters: () => pagefindFilters(filters),
    clearFilters: () => { filters = {}; newStep = true; showFilters(); box.run(input.value, true); },
    onResponse: (_term, response) => showCounts(response.totalFilters),
    // The address bar follows the search; Back and Forward replay it.
    onSearch: (term) => {
      const state: SearchState = { q: term, filters };
      document.title = term ? `“${term}”: ${siteTitle}` : siteTitle;
      if (restoring) return;
      const url = searchStateUrl(PATH, state);
      if (url === location.pathname + location.search) return;
      const now = performance.now();
      if (!newStep && now - lastStep < HISTORY_STEP_MS) history.replaceState({ search: true }, '', url);
      else history.pushState({ search: true }, '', url);
      lastStep = now;
      newStep = false;
    },
    // Enter: the search is complete; move to the first result so that it is read out.
    onEnter: (first, e) => {
      lastStep = -Infinity;
      if (first) { e.preventDefault(); first.focus(); }
    },
  });

  for (const r of radios) {
    r.addEventListener('change', () => {
      if (!r.checked) return;
      filters = { ...filters, [r.dataset.filter as FilterKey]: r.value || undefined };
      newStep = true;
      showFilters();
      box.run(input.value, true);
    });
  }

  const restore = () => {
    const state = readSearchState(location.search);
    restoring = true;
    filters = state.filters;
    showFilters();
    input.value = state.q;
    box.run(state.q, true);
    restoring = false;
    lastStep = -Infinity;
  };
  history.replaceState({ search: true }, '', location.href);
  window.addEventListener('popstate', restore);
  restore();
}

export function initSearchPage(): void {
  startModules('search-page', start);
}
