// How a search result looks. Used by the dialog and the /search/ page.
import { telHref } from '../reference/contacts/phone';
import { el, link } from './dom';
import type { PagefindResultData, PagefindSubResult } from './types';

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
  const li = el('li', 'search-result-item');
  li.dataset.resultUrl = url;
  const card = el('div', 'search-result');
  const kind = [...(result.filters?.type ?? []), ...(result.filters?.level ?? [])].join(' · ');
  if (kind) card.append(el('p', 'search-result-type', kind));
  const title = el('p', 'search-result-title');
  title.append(link(url, result.meta.title ?? url, 'search-result-link'));
  card.append(title);
  const subs = displaySubResults(result);
  // The page's excerpt is often the same words as a section's: show them once, under the section.
  if (result.excerpt && !subs.some((s) => s.excerpt === result.excerpt)) {
    const excerpt = el('p', 'search-result-excerpt');
    excerpt.innerHTML = result.excerpt; // Pagefind escapes the page text and adds only <mark>.
    card.append(excerpt);
  }
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
