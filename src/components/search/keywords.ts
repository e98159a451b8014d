// Everyday words people search with that a page itself does not use. Pagefind has no synonyms,
// so these are added to the page's hidden `keywords` metadata at build time (with the glossary's
// acronyms and expansions, see src/integrations/pagefind.ts). Keep this list short: each entry
// should come from a real query in tests/search-queries.json that would otherwise find nothing.

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
