import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The WCAG 2.2 AA rule sets every page is checked against. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe with the WCAG 2.2 AA tags and returns each violation as "rule: targets". */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Watches a page for console errors, page errors and requests to any other origin. The lists fill
 * as the page runs: `errors`, `foreign` (other-origin URLs), `problems` (both, in one list) and
 * `requests` (the paths of every same-origin request, in order).
 */
export function watchPage(page: Page, baseURL: string) {
  const origin = new URL(baseURL).origin;
  const errors: string[] = [];
  const foreign: string[] = [];
  const problems: string[] = [];
  const requests: string[] = [];
  const error = (text: string) => { errors.push(text); problems.push(text); };
  page.on('console', (m) => { if (m.type() === 'error') error(m.text()); });
  page.on('pageerror', (e) => error(e.message));
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (['data:', 'blob:'].includes(url.protocol)) return;
    if (url.origin !== origin) { foreign.push(r.url()); problems.push(`foreign request ${r.url()}`); }
    else requests.push(url.pathname);
  });
  return { errors, foreign, problems, requests };
}
