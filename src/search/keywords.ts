// Everyday words people search with that a page itself does not use. Pagefind has no synonyms,
// so these are added to the page's hidden `synonyms` metadata at build time (see
// src/search/index-page.ts; they weigh like words in a title, see options.ts). Keep this list
// short: each entry should come from a real query in tests/search-queries.json.

export const pageKeywords: Record<string, readonly string[]> = {
  '/contacts/': ['phone', 'telephone', 'number', 'call', 'ring', 'contact details'],
  '/glossary/': ['acronym', 'abbreviation', 'stands for', 'meaning'],
};

/**
 * Pages whose words count for less in ranking (Pagefind's data-pagefind-weight on their <main>):
 * the section contents pages repeat the titles and summaries of the pages they list, and a reader
 * searching for a topic wants the page about it, not the list it appears in.
 */
export const pageWeights: Record<string, number> = {
  '/guidance/': 0.5,
  '/briefings/': 0.5,
  '/cases/': 0.5,
  '/practice/': 0.5,
};

/**
 * Ranking weight by kind of page (BaseLayout's `pageType`), for pages not listed above. The
 * About pages (about, accessibility, privacy) describe the site and mention many topics in
 * passing; a reader searching for a topic wants the guidance, a briefing or a case.
 */
export const typeWeights: Record<string, number> = {
  About: 0.5,
};
