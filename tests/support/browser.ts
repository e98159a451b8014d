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

/** How far the page scrolls sideways, in px (0 or less: it does not). */
export function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/**
 * Sets the browser's text size, as a reader does in the browser's settings (100 = the default
 * 16 px). Applies to the page at once, without reloading it. Chromium only (DevTools protocol).
 */
export async function setTextSize(page: Page, percent: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const standard = Math.round((16 * percent) / 100);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard, fixed: Math.round((13 * percent) / 100) } });
  await cdp.detach();
}
