import { expect, test } from '@playwright/test';
import { isBuilt, searchQueries, spellingSuggestion, topResults } from '../support/search';

// Ranking against the written query set (tests/search-queries.json): every expected page in the
// top 3, first where the set says so, and never a notFirst page first. A query whose page has not
// been written yet is skipped, naming the page, so that the report shows what is still missing.

for (const q of searchQueries) {
  test(`"${q.query}" finds ${q.expect} ${q.first ? 'first' : 'in the top 3'}`, async ({ page }) => {
    test.skip(!isBuilt(q.expect), `the expected page ${q.expect} is not in the built site yet`);
    const top = await topResults(page, q.query);
    if (q.first) expect(top[0], `top results: ${top.join(', ')}`).toBe(q.expect);
    else expect(top, `top results: ${top.join(', ')}`).toContain(q.expect);
    if (q.notFirst) expect(q.notFirst, `top results: ${top.join(', ')}`).not.toContain(top[0]);
    // A real query is not second-guessed.
    expect(await spellingSuggestion(page, q.query), '"Did you mean …?" for a correctly spelt query').toBeNull();
  });
}
