// Runs Pagefind (core.ts) in the search worker (worker.ts), on demand, and searches through it.
//
// Why a worker: under Lighthouse's mobile emulation (a 4x slower CPU) starting Pagefind on the
// page (unpacking and compiling its WebAssembly, unpacking index chunks and fragments, searching)
// made tasks of 200-700 ms that blocked the /search/ page while its results loaded. Why this small
// worker rather than Pagefind's own (pagefind-worker.js, noWorker: false): Pagefind's keeps
// pagefind.js on the page as well and adds a 12 KB copy of the search code; this one loads
// pagefind.js in the worker only. Where a module worker cannot start, Pagefind runs on the page.
//
// Why not Pagefind's Component UI: it is 40 KB (gzip) of code and a stylesheet on top of
// pagefind.js, and drew half the bytes of a first search; the box, results and keyboard handling
// this site needs are a few KB (box.ts, results.ts).
import { openPagefind, type SearchCore } from './core';
import { PAGE_SIZE } from './options';
import type { FilterSelection, PagefindResponse } from './types';
import type { WorkerMethod, WorkerReply, WorkerRequest } from './worker';

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
   * see PRELOAD_LETTERS); the data of the first PAGE_SIZE results comes with the answer. Null
   * when a later search replaced this one before it ran.
   */
  search(term: string, filters: FilterSelection, debounceMs: number): Promise<PagefindResponse | null>;
  /** Loads the filters, so that searches count the results by filter value (the search page). */
  loadFilters(): Promise<void>;
}

/**
 * Pagefind in a module worker; rejects when the worker cannot start (`fallback` is then true) or
 * Pagefind cannot load in it. `onDeath` is called when a started worker fails later.
 */
async function workerCore(onDeath: () => void): Promise<SearchCore> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'search' });
  } catch (e) {
    throw Object.assign(new Error(`no search worker: ${String(e)}`), { fallback: true });
  }
  const pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  let next = 0;
  let started = false;
  let failure: Error | null = null;
  worker.addEventListener('message', (e: MessageEvent<WorkerReply>) => {
    const call = pending.get(e.data.id);
    if (!call) return;
    pending.delete(e.data.id);
    if ('error' in e.data) call.reject(new Error(e.data.error));
    else call.resolve(e.data.result);
  });
  // The script could not load or run (no module workers, or offline with nothing cached), or a
  // reply could not be read: every waiting call is rejected, so nothing waits forever.
  const fail = () => {
    failure = Object.assign(new Error('the search worker failed'), { fallback: !started });
    for (const call of pending.values()) call.reject(failure);
    pending.clear();
    worker.terminate();
    if (started) onDeath();
  };
  worker.addEventListener('error', fail);
  worker.addEventListener('messageerror', fail);
  const call = <T>(method: WorkerMethod, ...args: unknown[]) => new Promise<T>((resolve, reject) => {
    if (failure) { reject(failure); return; }
    const id = ++next;
    pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
    worker.postMessage({ id, method, args } satisfies WorkerRequest);
  });
  try {
    await call<void>('open');
  } catch (e) {
    // Pagefind could not load inside a worker that did start (a browser without import() in
    // workers, say): end it, and let Pagefind try on the page.
    worker.terminate();
    throw Object.assign(e instanceof Error ? e : new Error(String(e)), { fallback: true });
  }
  started = true;
  return {
    search: (seq, term, filters, eager) => call('search', seq, term, filters, eager),
    data: (seq, index) => call('data', seq, index),
    preload: (term, filters) => call('preload', term, filters),
    loadFilters: () => call('loadFilters'),
  };
}

let loading: Promise<SearchEngine> | null = null;

/** Loads Pagefind once; rejects when it cannot be loaded (offline, blocked). */
export function loadEngine(): Promise<SearchEngine> {
  loading ??= (async () => {
    // A worker that fails after starting is replaced by Pagefind on the page at the next search,
    // so the box and dialog that hold this engine keep working.
    let dead = false;
    let core = await workerCore(() => { dead = true; }).catch((e: unknown) => {
      if (e instanceof Error && 'fallback' in e && e.fallback) return openPagefind();
      throw e;
    });
    let filtersWanted = false;
    const live = async () => {
      if (dead) {
        dead = false;
        core = await openPagefind();
        if (filtersWanted) await core.loadFilters();
      }
      return core;
    };
    let latest = 0;
    let seq = 0;
    return {
      // Pagefind's debouncedSearch(), less its preload of every half-typed word (see PRELOAD_LETTERS).
      search: async (term, filters, debounceMs) => {
        const id = ++latest;
        if (debounceMs > 0) {
          const early = preloadTerm(term);
          if (early) (await live()).preload(early, filters).catch(() => undefined);
          await sleep(debounceMs);
          if (id !== latest) return null;
        }
        const n = ++seq;
        const searcher = await live();
        const { first, ...response } = await searcher.search(n, term, filters, PAGE_SIZE);
        if (id !== latest) return null;
        const data = (i: number) => { const d = first[i]; return d ? Promise.resolve(d) : searcher.data(n, i); };
        return { ...response, results: response.results.map((r, i) => ({ ...r, data: () => data(i) })) };
      },
      loadFilters: async () => { filtersWanted = true; await (await live()).loadFilters(); },
    };
  })();
  loading.catch(() => { loading = null; });
  return loading;
}
