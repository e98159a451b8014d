// Search settings shared by the search dialog and the /search/ page.

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
  metaWeights: { title: 5.0, keywords: 1.0, synonyms: 5.0, contacts: 2.0 },
};

/** Options for Pagefind's Component UI instance. */
export const instanceOptions = {
  bundlePath: '/pagefind/',
  excerptLength: 24,
  ranking,
};

/** Wording for the Component UI, in the site's voice. [SEARCH_TERM] and [COUNT] are filled in by Pagefind. */
export const translations: Record<string, string> = {
  placeholder: 'For example: MASH, MARF, early help',
  search_label: 'Search the guidance, briefings, cases and contacts',
  zero_results: 'Nothing found for [SEARCH_TERM]',
  one_result: '1 page found for [SEARCH_TERM]',
  many_results: '[COUNT] pages found for [SEARCH_TERM]',
  searching: 'Searching for [SEARCH_TERM]…',
  results_label: 'Search results',
  keyboard_search: 'search',
  keyboard_close: 'Close search',
  input_hint: 'Results appear as you type. Press the down arrow to move to them.',
  error_search: 'Search could not load. Try the contents, the glossary or the contacts page.',
};

/** How long (ms) the input waits after a keystroke before searching. */
export const debounceMs = 120;
