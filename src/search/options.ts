// Search settings shared by the search dialog and the /search/ page.
import { sitePath } from '../shared/paths';

/**
 * Pagefind ranking, tuned against tests/search-queries.json with the whole site built (run
 * tests/browser/search-ranking.spec.ts after content changes). Pagefind's defaults for term
 * frequency, page length and saturation did best; lowering pageLength or termFrequency let long
 * pages crowd out the page about a topic. What we set:
 * - metaWeights.keywords 1: the hidden acronym/expansion text added at build time
 *   (src/search/index-page.ts) counts like body text: enough to find a page that uses only one
 *   form of a term, not so much that every page mentioning MASH outranks the page about it.
 * - metaWeights.synonyms 5: the everyday words listed for a page (src/search/keywords.ts,
 *   e.g. "phone" for the contacts page) count like its title, so "MASH phone" finds the numbers first.
 * - metaWeights.contacts 2: the contact names on the contacts page count double, so that searches
 *   for a service ("duty worker", "early help co-ordinator", "emergency") put the contacts page
 *   first by a clear margin, while "MASH" alone still puts the MASH guidance and briefing first.
 * - Contents pages and the About pages weigh half (src/search/keywords.ts).
 */
export const ranking = {
  termFrequency: 1.0,
  pageLength: 0.75,
  termSaturation: 1.4,
  termSimilarity: 1.0,
  metaWeights: { title: 5.0, keywords: 1.0, synonyms: 8.0, contacts: 2.0 },
};

/** Where Pagefind's bundle is served. */
export const BUNDLE_PATH = sitePath('/pagefind/');

/** Words in an excerpt. */
export const EXCERPT_LENGTH = 24;

/**
 * How long (ms) the box waits after a keystroke before searching; Pagefind meanwhile fetches the
 * index chunks the words need. Pagefind's own default: someone typing steadily is searched for
 * once they pause, so the results of every half-typed word are not fetched (each result shown
 * costs its page's fragment, 1-8 KB).
 */
export const DEBOUNCE_MS = 300;

/**
 * How long (ms) after the last keystroke a search counts as finished: only then is the result
 * count announced to screen readers and the spelling checked (which may fetch the vocabulary), so
 * that neither happens for every letter.
 */
export const SETTLE_MS = 700;

/** Results shown at first, and added by "Show more results". Each costs its page's fragment. */
export const PAGE_SIZE = 5;

/** The box's wording, in the site's voice. */
export const wording = {
  placeholder: 'For example: MASH, MARF, early help',
  label: 'Search the guidance, briefings, cases and contacts',
  hint: 'Results appear as you type. Press the down arrow to move to them.',
  searching: (q: string) => `Searching for “${q}”…`,
  found: (n: number, q: string) => (n === 0 ? `Nothing found for “${q}”` : n === 1 ? `1 page found for “${q}”` : `${n} pages found for “${q}”`),
  more: (n: number) => `Show more results (${n} more)`,
  error: 'Search could not load. Try the contents, the glossary or the contacts page.',
};
