// Loads Pagefind's own JavaScript API (pagefind.js) on demand and configures it for this site.
//
// Why not Pagefind's Component UI: it is 40 KB (gzip) of code and a stylesheet on top of
// pagefind.js, and drew half the bytes of a first search; the box, results and keyboard handling
// this site needs are a few KB (box.ts, results.ts). Why no Web Worker: Pagefind's worker is
// another 12 KB copy of the search code, and searching 51 pages in WebAssembly takes a few
// milliseconds, too little to keep off the main thread.
import { BUNDLE_PATH, EXCERPT_LENGTH, ranking } from './options';
import { sitePath } from '../shared/paths';
import type { FilterSelection, PagefindInstance, PagefindModule, PagefindResponse } from './types';

export interface SearchEngine {
  /**
   * Searches after `debounceMs` (Pagefind fetches the index chunks the words need meanwhile);
   * null when a later search replaced this one before it ran.
   */
  search(term: string, filters: FilterSelection, debounceMs: number): Promise<PagefindResponse | null>;
  /** Loads the filters, so that searches count the results by filter value (the search page). */
  loadFilters(): Promise<void>;
}

function isPagefindModule(m: unknown): m is PagefindModule {
  return typeof m === 'object' && m !== null && 'createInstance' in m && typeof m.createInstance === 'function';
}

let loading: Promise<SearchEngine> | null = null;

/** Loads Pagefind once; rejects when it cannot be loaded (offline, blocked). */
export function loadEngine(): Promise<SearchEngine> {
  loading ??= (async () => {
    const url = `${BUNDLE_PATH}pagefind.js`;
    const mod: unknown = await import(/* @vite-ignore */ url);
    if (!isPagefindModule(mod)) throw new Error(`${url} is not Pagefind`);
    const pagefind: PagefindInstance = mod.createInstance({ basePath: BUNDLE_PATH, baseUrl: sitePath('/'), noWorker: true, excerptLength: EXCERPT_LENGTH, ranking });
    return {
      search: (term, filters, debounceMs) => pagefind.debouncedSearch(term, { filters }, debounceMs),
      loadFilters: async () => { await pagefind.filters(); },
    };
  })();
  loading.catch(() => { loading = null; });
  return loading;
}
