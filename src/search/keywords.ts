// Everyday words people search with that a page itself does not use. Pagefind has no synonyms,
// so these are added to the page's hidden `synonyms` metadata at build time (see
// src/search/index-page.ts; they weigh like words in a title, see options.ts). Keep this list
// short: each entry should come from a real query in tests/search-queries.json.

export const pageKeywords: Record<string, readonly string[]> = {
  // Someone who needs a number now, or wants to report a concern.
  '/contacts/': ['phone', 'telephone', 'number', 'call', 'ring', 'contact details', 'report abuse', 'report a concern', 'out of hours'],
  '/glossary/': ['acronym', 'abbreviation', 'stands for', 'meaning'],
  // The emergency line's "Worried, but it is not an emergency?" leads here.
  '/guidance/making-a-referral/': ['worried about a child', 'concerned about a child', 'report a concern'],
  // The 2016 guidance's thresholds and numbered levels; the 2020 guidance's four types of support
  // replaced them (the archived /thresholds/ page says so).
  '/guidance/what-we-mean-by-support/': ['threshold', 'thresholds', 'threshold of need', 'levels of need', 'level 1', 'level 2', 'level 3', 'level 4'],
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
  // The archived 2016 tables: long, and full of everyday words (neglect, abuse, level 3) that the
  // current guidance and contacts answer. They still come first when a query names them ("2016",
  // "indicators", "disability matrix"), which their titles carry.
  'Threshold indicators': 0.3,
  // Every acronym's definition, in one long page: it should answer "CSE" or "acronyms", not every
  // query that shares a word with some definition ("abuse").
  Glossary: 0.5,
  // Practice scenarios tell a story in the guidance's words; a question in those words ("inform
  // parents referral") wants the guidance first, with the scenario to practise it close by.
  'Practice scenario': 0.5,
};
