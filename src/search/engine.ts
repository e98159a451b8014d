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

/**
 * Letters a word needs before its index chunk is fetched while the reader is still typing.
 * Pagefind fetches, for each word, the one chunk whose range of words holds it, and its own
 * debouncedSearch() does so at every key: typing "share" fetched the chunks where "s", "sh", "sha"
 * … fall, a chunk for each letter once chunks are small (src/search/integration.ts). From the
 * third letter the word's place in the index hardly moves, so its chunk is usually already in
 * hand when typing stops; a shorter word's chunk is fetched when it is searched.
 */
export const PRELOAD_LETTERS = 3;

/** The words of `term` worth fetching the index for while typing goes on ("" when none). */
export function preloadTerm(term: string): string {
  return term.split(/\s+/).filter((w) => [...w].length >= PRELOAD_LETTERS).join(' ');
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export interface SearchEngine {
  /**
   * Searches after `debounceMs` (meanwhile the index chunks of the words typed so far are fetched,
   * see PRELOAD_LETTERS);
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
    let latest = 0;
    return {
      // Pagefind's debouncedSearch(), less its preload of every half-typed word (see PRELOAD_LETTERS).
      search: async (term, filters, debounceMs) => {
        const id = ++latest;
        if (debounceMs > 0) {
          const early = preloadTerm(term);
          if (early) pagefind.preload(early, { filters }).catch(() => undefined);
          await sleep(debounceMs);
          if (id !== latest) return null;
        }
        const response = await pagefind.search(term, { filters });
        return id === latest ? response : null;
      },
      loadFilters: async () => { await pagefind.filters(); },
    };
  })();
  loading.catch(() => { loading = null; });
  return loading;
}
