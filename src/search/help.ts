// Help beside the results: "Did you mean …?" and, when nothing is found, other ways to find it.
import { sitePath } from '../shared/paths';
import { button, el, link } from './dom';
import { suggestSpelling, VOCABULARY_PATH } from './spelling';

let vocabulary: Promise<string[]> | null = null;
/** The site's words for "Did you mean …?", written at build time; fetched the first time it is needed. */
function loadVocabulary(): Promise<string[]> {
  vocabulary ??= fetch(sitePath(`/${VOCABULARY_PATH}`)).then((r) => (r.ok ? r.json() : [])).catch(() => []);
  return vocabulary;
}

/**
 * True when `text` has `word`, allowing for a different ending ("referrals" in a page that says
 * "referral"). Pagefind falls back to a shorter prefix of a word it does not know ("safegaurding"
 * finds "safe"), so results alone do not show that a word was misspelt.
 */
export function hasWord(text: string, word: string): boolean {
  const w = word.toLowerCase();
  return text.toLowerCase().includes(w.slice(0, Math.max(4, w.length - 3)));
}

/**
 * A corrected spelling of `term`, or null. `topText` is the first result's title and text (null
 * when nothing was found); the vocabulary is fetched only when a word of four letters or more is
 * missing from it.
 */
export async function spellingFor(term: string, topText: string | null): Promise<string | null> {
  const words = term.split(/\s+/).filter((w) => w.length >= 4);
  if (topText !== null && !words.some((w) => !hasWord(topText, w))) return null;
  const suggestion = suggestSpelling(term, await loadVocabulary());
  return suggestion && suggestion.toLowerCase() !== term.toLowerCase() ? suggestion : null;
}

export interface HelpOptions {
  /** Something was found. */
  found: boolean;
  /** A corrected spelling to offer, if any. */
  suggestion: string | null;
  /** Filters are chosen (offer to search without them). */
  filtered: boolean;
  onSuggestion(query: string): void;
  onClearFilters(): void;
}

/**
 * Fills `container`: "Did you mean …?" above results; when nothing is found, never a blank panel
 * but the corrected spelling, removing the filters, the contacts page, the glossary and the contents.
 */
export function renderHelp(container: HTMLElement, o: HelpOptions): void {
  container.replaceChildren();
  container.classList.toggle('search-empty-none', !o.found);
  const suggestionLine = () => {
    const p = el('p', 'search-suggestion', 'Did you mean ');
    const b = button(o.suggestion ?? '', 'search-suggestion-button');
    b.addEventListener('click', () => o.onSuggestion(o.suggestion ?? ''));
    p.append(b, '?');
    return p;
  };
  if (o.found) {
    container.hidden = !o.suggestion;
    if (o.suggestion) container.append(suggestionLine());
    return;
  }
  container.append(el('h2', 'search-empty-title', 'Other ways to find it'));
  if (o.suggestion) container.append(suggestionLine());
  const ul = el('ul');
  ul.append(el('li', undefined, 'Check the spelling, or try fewer or shorter words, for example “MASH” or “referral”.'));
  if (o.filtered) {
    const li = el('li');
    const b = button('Search without the filters', 'search-clear-filters');
    b.addEventListener('click', () => o.onClearFilters());
    li.append(b);
    ul.append(li);
  }
  for (const [href, text, why] of [
    ['/contacts/', 'Contact numbers', ' and when to use each one'],
    ['/glossary/', 'Glossary', ' of acronyms such as MASH, MARF and TAF'],
    ['/guidance/', 'Guidance contents', ', section by section'],
  ] as const) {
    const li = el('li');
    li.append(link(sitePath(href), text), why);
    ul.append(li);
  }
  container.append(ul);
  container.hidden = false;
}
