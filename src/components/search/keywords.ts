// Everyday words people search with that a page itself does not use. Pagefind has no synonyms,
// so these are added to the page's hidden `keywords` metadata at build time (with the glossary's
// acronyms and expansions, see src/integrations/pagefind.ts). Keep this list short: each entry
// should come from a real query in tests/search-queries.json that would otherwise find nothing.

export const pageKeywords: Record<string, readonly string[]> = {
  '/contacts/': ['phone', 'telephone', 'number', 'call', 'ring', 'contact details'],
  '/glossary/': ['acronym', 'abbreviation', 'stands for', 'meaning'],
};
