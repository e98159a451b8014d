import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { distDir } from './site';

export interface SearchQuery {
  /** What the reader types. */
  query: string;
  /** The page that should answer it (a site path). */
  expect: string;
  /** It must be the first result, not just in the top 3. */
  first?: boolean;
  /** Pages that must not come first (the archived 2016 tables, the glossary, for everyday words). */
  notFirst?: string[];
  /** Who types this and why. */
  why: string;
}

/** The query set in tests/search-queries.json. */
export const searchQueries: SearchQuery[] = JSON.parse(
  readFileSync(new URL('../search-queries.json', import.meta.url), 'utf8'),
).queries;

/** True when the built site has a page at this path. */
export const isBuilt = (path: string) => existsSync(join(distDir, path, 'index.html'));

/**
 * Runs a search on the /search/ page and returns the paths of the first `n` results, in order,
 * once the page shows its results for the query.
 */
export async function topResults(page: Page, query: string, n = 3): Promise<string[]> {
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  const results = page.locator(`.search-page-results[data-results-for="${query.replace(/"/g, '\\"')}"]`);
  await results.waitFor({ state: 'attached' });
  const urls = await results.locator('.search-list > li').evaluateAll((items) => items.map((li) => li.getAttribute('data-result-url') ?? ''));
  return urls.slice(0, n);
}

/** The "Did you mean …?" suggestion shown for the search on the page, or null. */
export async function spellingSuggestion(page: Page, query: string): Promise<string | null> {
  const help = page.locator(`.search-page .search-empty[data-help-for="${query.replace(/"/g, '\\"')}"]`);
  await help.waitFor({ state: 'attached' });
  const button = help.locator('.search-suggestion-button');
  return (await button.count()) ? button.textContent() : null;
}
