// How a search result and the "nothing found" panel look. Used by the dialog and the /search/ page.
import { telHref } from '../reference/contacts/phone';
import { suggestSpelling, VOCABULARY_PATH } from './spelling';
import type { Instance, PagefindResultData, PagefindSearchResult, PagefindSubResult } from './types';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

function link(href: string, text: string, className?: string): HTMLAnchorElement {
  const a = el('a', className, text);
  a.href = href;
  return a;
}

/** Sections to show under a result: not the page itself, at most `limit`, the most-matched ones, in page order. */
export function displaySubResults(result: PagefindResultData, limit = 3): PagefindSubResult[] {
  const subs = (result.sub_results ?? []).filter((s) => s.url !== (result.meta.url ?? result.url));
  if (subs.length <= limit) return subs;
  const keep = new Set([...subs].sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0)).slice(0, limit));
  return subs.filter((s) => keep.has(s));
}

/**
 * A contact's number as a tap-to-call link, from the page metadata that ContactNumber writes on
 * the contacts page (`tel_<id>`, `keypad_<id>`): numbers are never written into search code.
 */
function callLink(result: PagefindResultData, id: string | undefined): HTMLElement | null {
  const number = id ? result.meta[`tel_${id}`]?.trim() : undefined;
  if (!id || !number) return null;
  const p = el('p', 'search-call');
  const span = el('span', 'contact-number');
  span.dataset.contact = id;
  span.append(link(telHref(number), number, 'tel'));
  const keypad = result.meta[`keypad_${id}`]?.trim();
  if (keypad) span.append(el('span', 'keypad', ` (${keypad})`));
  p.append('Call ', span);
  return p;
}

/** One result: its kind of page (and level), title, excerpt with matches marked, matching sections. */
export function renderResult(result: PagefindResultData): HTMLElement {
  const url = result.meta.url ?? result.url;
  // "pf-result" is what the Component UI's arrow-key navigation looks for; the rest is ours.
  const li = el('li', 'pf-result');
  li.dataset.resultUrl = url;
  const card = el('div', 'search-result');
  const kind = [...(result.filters?.type ?? []), ...(result.filters?.level ?? [])].join(' · ');
  if (kind) card.append(el('p', 'search-result-type', kind));
  const title = el('p', 'search-result-title');
  title.append(link(url, result.meta.title ?? url, 'search-result-link'));
  card.append(title);
  if (result.excerpt) {
    const excerpt = el('p', 'search-result-excerpt');
    excerpt.innerHTML = result.excerpt; // Pagefind escapes the page text and adds only <mark>.
    card.append(excerpt);
  }
  const subs = displaySubResults(result);
  if (subs.length) {
    const ul = el('ul', 'search-sections');
    ul.setAttribute('aria-label', `Matching sections of ${result.meta.title ?? 'this page'}`);
    for (const sub of subs) {
      const item = el('li', 'search-section');
      item.append(link(sub.url, sub.title, 'search-section-link'));
      const call = callLink(result, sub.anchor?.id);
      if (call) item.append(call);
      if (sub.excerpt) {
        const ex = el('p', 'search-section-excerpt');
        ex.innerHTML = sub.excerpt;
        item.append(ex);
      }
      ul.append(item);
    }
    card.append(ul);
  }
  li.append(card);
  return li;
}

let vocabulary: Promise<string[]> | null = null;
/** The site's words for "Did you mean …?", written by the search integration at build time. */
function loadVocabulary(): Promise<string[]> {
  vocabulary ??= fetch(`/${VOCABULARY_PATH}`).then((r) => (r.ok ? r.json() : [])).catch(() => []);
  return vocabulary;
}

/**
 * True when `text` has `word`, allowing for a different ending ("referrals" in a page that says
 * "referral"). Pagefind falls back to a shorter prefix of a word it does not know ("safegaurding"
 * finds "safe"), so results alone do not show that a word was misspelt.
 */
function hasWord(text: string, word: string): boolean {
  const w = word.toLowerCase();
  return text.toLowerCase().includes(w.slice(0, Math.max(4, w.length - 3)));
}

function suggestionLine(suggestion: string, onSuggestion: (query: string) => void): HTMLElement {
  const p = el('p', 'search-suggestion', 'Did you mean ');
  const b = el('button', 'search-suggestion-button', suggestion);
  b.type = 'button';
  b.addEventListener('click', () => onSuggestion(suggestion));
  p.append(b, '?');
  return p;
}

/**
 * Help beside the results. When a search finds nothing: never a blank panel, but a corrected
 * spelling, removing the filters, the contacts page, the glossary and the contents. When it finds
 * something but a word looks misspelt: "Did you mean …?" above the results.
 */
export function attachEmptyState(instance: Instance, container: HTMLElement, onSuggestion: (query: string) => void): void {
  container.hidden = true;
  let latest = 0;
  instance.on('loading', () => { container.hidden = true; });
  instance.on('results', async (r) => {
    const results = r as PagefindSearchResult;
    const term = instance.searchTerm.trim();
    const thisSearch = ++latest;
    if (!term) { container.hidden = true; return; }
    const found = results.results.length > 0;
    let suggestion: string | null = null;
    if (!found) {
      suggestion = suggestSpelling(term, await loadVocabulary());
    } else {
      const top = await results.results[0]!.data();
      const text = `${top.meta.title ?? ''} ${top.content ?? ''}`;
      const words = term.split(/\s+/).filter((w) => w.length >= 4);
      if (words.some((w) => !hasWord(text, w))) suggestion = suggestSpelling(term, await loadVocabulary());
    }
    if (thisSearch !== latest) return;
    if (suggestion && suggestion.toLowerCase() === term.toLowerCase()) suggestion = null;
    container.dataset.helpFor = term; // done (for tests)
    container.replaceChildren();
    container.classList.toggle('search-empty-none', !found);
    if (found) {
      container.hidden = !suggestion;
      if (suggestion) {
        container.append(suggestionLine(suggestion, onSuggestion));
        instance.announceRaw(`Did you mean ${suggestion}?`);
      }
      return;
    }
    container.append(el('h2', 'search-empty-title', 'Other ways to find it'));
    if (suggestion) {
      container.append(suggestionLine(suggestion, onSuggestion));
      instance.announceRaw(`Did you mean ${suggestion}?`);
    }
    const ul = el('ul');
    ul.append(el('li', undefined, 'Check the spelling, or try fewer or shorter words, for example “MASH” or “referral”.'));
    if (Object.values(instance.searchFilters ?? {}).some((v) => v.length > 0)) {
      const li = el('li');
      const b = el('button', 'search-clear-filters', 'Search without the filters');
      b.type = 'button';
      b.addEventListener('click', () => instance.triggerFilters({}));
      li.append(b);
      ul.append(li);
    }
    for (const [href, text, why] of [
      ['/contacts/', 'Contact numbers', ' and when to use each one'],
      ['/glossary/', 'Glossary', ' of acronyms such as MASH, MARF and TAF'],
      ['/guidance/', 'Guidance contents', ', section by section'],
    ] as const) {
      const li = el('li');
      li.append(link(href, text), why);
      ul.append(li);
    }
    container.append(ul);
    container.hidden = false;
  });
}
