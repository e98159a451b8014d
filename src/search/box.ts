// A search box and its results, shared by the dialog and the /search/ page: searches as the
// reader types, shows the first results (each costs its page's fragment, so more only on request),
// moves through them with the arrow keys, and once typing stops announces the count and checks
// the spelling.
import { type SearchEngine } from './engine';
import { renderHelp, spellingFor } from './help';
import { DEBOUNCE_MS, PAGE_SIZE, SETTLE_MS, wording } from './options';
import { yieldToBrowser } from './dom';
import { renderResult } from './results';
import type { FilterSelection, PagefindResponse, PagefindResultData } from './types';

export interface BoxParts {
  /** Holds the input and the results; arrow keys are handled inside it. */
  root: HTMLElement;
  input: HTMLInputElement;
  /** The visible count ("12 pages found for …"). */
  summary: HTMLElement;
  /** A polite live region: the count and any suggestion, once typing stops. */
  live: HTMLElement;
  /** Marked data-results-for (the query shown) and data-result-count, for tests and the benchmark. */
  results: HTMLElement;
  list: HTMLOListElement;
  more: HTMLButtonElement;
  help: HTMLElement;
}

export interface BoxOptions {
  engine: SearchEngine;
  /** The filters to search within (none in the dialog). */
  filters?(): FilterSelection;
  clearFilters?(): void;
  /** Every search, as it starts ("" when the box is emptied). */
  onSearch?(term: string): void;
  /** Every response shown. */
  onResponse?(term: string, response: PagefindResponse): void;
  /** Enter in the box, with the first result's link (if any). */
  onEnter?(first: HTMLAnchorElement | null, event: KeyboardEvent): void;
}

export interface SearchBox {
  /** Searches for `term`; `settled` when it was not typed letter by letter (a link, Back, a suggestion). */
  run(term: string, settled?: boolean): void;
}

const links = (root: HTMLElement) => [...root.querySelectorAll<HTMLAnchorElement>('.search-result-link')];

export function searchBox(p: BoxParts, o: BoxOptions): SearchBox {
  let latest = 0;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  let shown: { term: string; response: PagefindResponse; data: PagefindResultData[] } | null = null;

  const moreButton = () => {
    const left = shown ? shown.response.results.length - shown.data.length : 0;
    p.more.hidden = left <= 0;
    p.more.textContent = wording.more(Math.min(left, PAGE_SIZE));
  };

  const settle = async (seq: number) => {
    if (seq !== latest || !shown) return;
    const { term, data } = shown;
    const top = data[0];
    const suggestion = await spellingFor(term, top ? `${top.meta.title ?? ''} ${top.content ?? ''}` : null);
    if (seq !== latest) return;
    const filtered = Object.values(o.filters?.() ?? {}).some((v) => v.length > 0);
    renderHelp(p.help, { found: data.length > 0, suggestion, filtered, onSuggestion: (q) => { p.input.value = q; run(q, true); p.input.focus(); }, onClearFilters: () => o.clearFilters?.() });
    p.help.dataset.helpFor = term;
    p.live.textContent = `${wording.found(shown.response.results.length, term)}.${suggestion ? ` Did you mean ${suggestion}?` : ''}`;
  };

  const clear = () => {
    shown = null;
    p.list.replaceChildren();
    p.summary.textContent = '';
    p.live.textContent = '';
    p.help.hidden = true;
    delete p.help.dataset.helpFor;
    p.results.dataset.resultsFor = '';
    p.results.dataset.resultCount = '0';
    moreButton();
  };

  const run = (raw: string, settled = false) => {
    const term = raw.trim();
    const seq = ++latest;
    clearTimeout(settleTimer);
    o.onSearch?.(term);
    if (!term) { clear(); return; }
    p.results.setAttribute('aria-busy', 'true');
    void (async () => {
      try {
        const response = await o.engine.search(term, o.filters?.() ?? {}, settled ? 0 : DEBOUNCE_MS);
        if (!response || seq !== latest) return;
        const data = await Promise.all(response.results.slice(0, PAGE_SIZE).map((r) => r.data()));
        if (seq !== latest) return;
        // "Show more" belongs to the results on screen: hidden until this search's are all drawn.
        p.more.hidden = true;
        // One result per task, each put in the place of the one it replaces: drawing and laying
        // out five results at once made a task of 100-400 ms on a slow phone.
        for (const [i, d] of data.entries()) {
          if (i > 0) {
            await yieldToBrowser();
            if (seq !== latest) return;
          }
          const item = renderResult(d);
          const old = p.list.children[i];
          if (old) old.replaceWith(item);
          else p.list.append(item);
        }
        while (p.list.children.length > data.length) p.list.lastElementChild?.remove();
        shown = { term, response, data };
        p.summary.textContent = wording.found(response.results.length, term);
        p.results.dataset.resultsFor = term;
        p.results.dataset.resultCount = String(response.results.length);
        moreButton();
        // Nothing found: the other ways in at once (the spelling follows once typing stops).
        if (!data.length) renderHelp(p.help, { found: false, suggestion: null, filtered: Object.values(o.filters?.() ?? {}).some((v) => v.length > 0), onSuggestion: () => undefined, onClearFilters: () => o.clearFilters?.() });
        else p.help.hidden = true;
        delete p.help.dataset.helpFor;
        o.onResponse?.(term, response);
        settleTimer = setTimeout(() => void settle(seq), settled ? 0 : SETTLE_MS);
      } catch {
        if (seq !== latest) return;
        // Offline, or the index could not load: say so (aloud too), clear any half-drawn results,
        // and offer the other ways in.
        shown = null;
        p.list.replaceChildren();
        moreButton();
        p.summary.textContent = wording.error;
        p.live.textContent = wording.error;
        renderHelp(p.help, { found: false, suggestion: null, filtered: false, onSuggestion: () => undefined, onClearFilters: () => undefined });
      } finally {
        if (seq === latest) p.results.removeAttribute('aria-busy');
      }
    })();
  };

  p.input.addEventListener('input', () => run(p.input.value));

  p.more.addEventListener('click', async () => {
    if (!shown) return;
    const current = shown;
    let next: PagefindResultData[];
    try {
      next = await Promise.all(current.response.results.slice(current.data.length, current.data.length + PAGE_SIZE).map((r) => r.data()));
    } catch {
      // The search is too old to be asked again, or the worker failed: say so where it is heard.
      if (shown !== current) return;
      p.summary.textContent = wording.error;
      p.live.textContent = wording.error;
      return;
    }
    if (shown !== current) return;
    current.data.push(...next);
    const items = next.map(renderResult);
    p.list.append(...items);
    moreButton();
    items[0]?.querySelector<HTMLAnchorElement>('.search-result-link')?.focus();
  });

  // The arrow keys move from the box through the results' titles and back; Tab reaches the rest.
  p.root.addEventListener('keydown', (e) => {
    const all = links(p.list);
    if (e.target === p.input) {
      if (e.key === 'ArrowDown' && all[0]) { e.preventDefault(); all[0].focus(); }
      else if (e.key === 'Enter') o.onEnter?.(all[0] ?? null, e);
      return;
    }
    const i = e.target instanceof HTMLAnchorElement ? all.indexOf(e.target) : -1;
    if (i < 0 || (e.key !== 'ArrowDown' && e.key !== 'ArrowUp')) return;
    e.preventDefault();
    if (e.key === 'ArrowDown') all[i + 1]?.focus();
    else (all[i - 1] ?? p.input).focus();
  });

  return { run };
}
