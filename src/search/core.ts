// Pagefind itself, configured for this site: loads pagefind.js (and through it the WebAssembly and
// the index) and answers searches in plain data, so that it can run inside the search worker
// (worker.ts) and send its answers to the page. Pagefind picks its index and WebAssembly by the
// page's lang attribute (createInstance overrides any `language` option with it); in a worker,
// which has no document, it finds none and takes its largest index, this site's only one (en-gb),
// whose files the service worker keeps (src/offline/).
import { BUNDLE_PATH, EXCERPT_LENGTH, ranking } from './options';
import { sitePath } from '../shared/paths';
import type { FilterCounts, FilterSelection, PagefindInstance, PagefindModule, PagefindResult, PagefindResultData } from './types';

/** A search's answer without Pagefind's functions (which cannot leave the worker). */
export interface PlainResponse {
  /** Best first; `data(seq, i)` loads the data of result i. */
  results: Array<{ id: string; score: number }>;
  /** The data of the first results, loaded with the search (as many as were asked for). */
  first: PagefindResultData[];
  unfilteredResultCount: number;
  filters: FilterCounts;
  totalFilters: FilterCounts;
}

export interface SearchCore {
  /**
   * Searches, and loads the data of the first `eager` results (the ones shown at once: sending them
   * with the answer saves asking for them); `seq` names the search for data() afterwards.
   */
  search(seq: number, term: string, filters: FilterSelection, eager: number): Promise<PlainResponse>;
  /** The data ("fragment") of result `index` of search `seq`. */
  data(seq: number, index: number): Promise<PagefindResultData>;
  /** Fetches the index chunks a search for `term` would need, without searching. */
  preload(term: string, filters: FilterSelection): Promise<void>;
  /** Loads the filters, so that searches started from now on count the results by filter value. */
  loadFilters(): Promise<void>;
}

/** Searches whose results can still be asked for their data ("Show more results" on an older one). */
const KEPT_SEARCHES = 8;

function isPagefindModule(m: unknown): m is PagefindModule {
  return typeof m === 'object' && m !== null && 'createInstance' in m && typeof m.createInstance === 'function';
}

/** Loads Pagefind; rejects when it cannot load. */
export async function openPagefind(): Promise<SearchCore> {
  const url = `${BUNDLE_PATH}pagefind.js`;
  const mod: unknown = await import(/* @vite-ignore */ url);
  if (!isPagefindModule(mod)) throw new Error(`${url} is not Pagefind`);
  // Already off the page's main thread (or, without workers, meant to run on it): never another worker.
  const pagefind: PagefindInstance = mod.createInstance({ basePath: BUNDLE_PATH, baseUrl: sitePath('/'), noWorker: true, excerptLength: EXCERPT_LENGTH, ranking });
  const searches = new Map<number, PagefindResult[]>();
  let filtersLoaded: Promise<void> | null = null;
  return {
    search: async (seq, term, filters, eager) => {
      // Counts by filter need the filters loaded first; meanwhile the words' index chunks are fetched.
      // Filters that failed to load cost only the counts, never the search.
      if (filtersLoaded) await Promise.all([filtersLoaded.catch(() => undefined), pagefind.preload(term, { filters })]);
      const response = await pagefind.search(term, { filters });
      searches.set(seq, response.results);
      for (const old of searches.keys()) if (searches.size > KEPT_SEARCHES) searches.delete(old);
      const first = await Promise.all(response.results.slice(0, eager).map((r) => r.data()));
      const { unfilteredResultCount, filters: counts, totalFilters } = response;
      return { results: response.results.map(({ id, score }) => ({ id, score })), first, unfilteredResultCount, filters: counts, totalFilters };
    },
    data: async (seq, index) => {
      const result = searches.get(seq)?.[index];
      if (!result) throw new Error(`no result ${index} of search ${seq}`);
      return result.data();
    },
    preload: (term, filters) => pagefind.preload(term, { filters }),
    loadFilters: () => {
      filtersLoaded ??= pagefind.filters().then(() => undefined);
      filtersLoaded.catch(() => { filtersLoaded = null; });
      return filtersLoaded;
    },
  };
}
