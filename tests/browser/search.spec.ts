import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse as parseHtml } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { PAGE_TYPES } from '../../src/search/filters';
import { telHref } from '../../src/reference/contacts/phone';
import { axeViolations, watchPage } from '../support/browser';
import { builtPages } from '../support/site';

// The numbers come from the contacts data, never from this file.
const contacts = parseYaml(readFileSync(new URL('../../content/contacts.yaml', import.meta.url), 'utf8')) as Array<{ id: string; number: string }>;
const mash = contacts.find((c) => c.id === 'mash')!;


test.describe('the search dialog', () => {
  test('a reading page loads no search code until search is opened; then it works under the CSP', async ({ page, baseURL }) => {
    const { problems, requests } = watchPage(page, baseURL!);
    await page.goto('/glossary/', { waitUntil: 'networkidle' });
    expect(requests.filter((p) => p.startsWith('/pagefind/') || /dialog|ui\.|search/.test(p.split('/').pop() ?? ''))).toEqual([]);

    const button = page.getByRole('button', { name: 'Search' });
    await expect(button).toBeVisible();
    await expect(button, 'the header control is styled (the site stylesheet parses)').toHaveCSS('background-color', 'rgb(255, 255, 255)');
    await expect(page.locator('header [data-search-link]')).toBeHidden();
    await button.click();
    const dialog = page.getByRole('dialog', { name: 'Search this site' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('searchbox')).toBeFocused();
    await page.keyboard.type('MASH phone');
    const first = dialog.locator('.pf-result').first();
    await expect(first.locator('.search-result-type')).toHaveText('Contacts');
    // The contact's number is a tap-to-call link in the result itself.
    await expect(first.locator(`a[href="${telHref(mash.number)}"]`).first()).toHaveText(mash.number);
    expect(requests.some((p) => p.startsWith('/pagefind/'))).toBe(true);
    expect(problems).toEqual([]);
  });

  test('"/" opens it; arrows move through results; Escape closes it and focus returns', async ({ page }) => {
    await page.goto('/about/');
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: 'Search this site' });
    const input = dialog.getByRole('searchbox');
    await expect(input).toBeFocused();
    await page.keyboard.type('MARF');
    await expect(dialog.locator('.search-result-link').first()).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await expect(dialog.locator('.search-result-link').first()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(dialog.locator('.search-result-link').first()).not.toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(dialog.locator('.search-result-link').first()).toBeFocused();
    expect(await axeViolations(page), 'axe violations with the dialog open').toEqual([]);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('button', { name: 'Search' })).toBeFocused();
  });

  test('Enter in the box opens the first result', async ({ page }) => {
    await page.goto('/about/');
    await page.keyboard.press('/');
    await page.keyboard.type('glossary acronyms');
    const first = page.locator('dialog .search-result-link').first();
    await expect(first).toBeVisible();
    const href = await first.getAttribute('href');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${href}$`));
  });

  test('nothing found: never a blank panel, but contacts, glossary and contents are offered', async ({ page }) => {
    await page.goto('/about/');
    await page.keyboard.press('/');
    await page.keyboard.type('xqzvw');
    const empty = page.locator('dialog .search-empty');
    await expect(empty).toBeVisible();
    await expect(empty.getByRole('link', { name: 'Contact numbers' })).toHaveAttribute('href', '/contacts/');
    await expect(empty.getByRole('link', { name: 'Glossary' })).toHaveAttribute('href', '/glossary/');
    await expect(empty.getByRole('link', { name: 'Guidance contents' })).toHaveAttribute('href', '/guidance/');
    await expect(empty).toContainText('Check the spelling');
  });

  test('a misspelt word gets "Did you mean …?", which searches again', async ({ page }) => {
    await page.goto('/about/');
    await page.keyboard.press('/');
    await page.keyboard.type('safegaurding');
    const suggestion = page.locator('dialog .search-empty').getByRole('button', { name: 'safeguarding' });
    await expect(suggestion).toBeVisible();
    await suggestion.click();
    await expect(page.locator('dialog').getByRole('searchbox')).toHaveValue('safeguarding');
    await expect(page.locator('dialog pagefind-results[data-results-for="safeguarding"] .search-result-link').first()).toBeVisible();
    await expect(suggestion).toBeHidden();
  });
});

test.describe('the search page', () => {
  test('the query and filters live in the address bar, and Back steps back through them', async ({ page, baseURL }) => {
    const { problems } = watchPage(page, baseURL!);
    await page.goto('/search/');
    const input = page.locator('[data-search-page]').getByRole('searchbox');
    await input.fill('MARF');
    await expect(page).toHaveURL(/\/search\/\?q=MARF$/);
    await expect(page.locator('.search-page-results[data-results-for="MARF"]')).toBeAttached();
    await page.getByRole('radio', { name: /^Glossary/ }).check();
    await expect(page).toHaveURL(/\/search\/\?q=MARF&type=Glossary$/);
    await expect(page.locator('.pf-result .search-result-type')).toHaveText(['Glossary']);
    await page.goBack();
    await expect(page).toHaveURL(/\/search\/\?q=MARF$/);
    await expect(page.getByRole('radio', { name: 'All' }).first()).toBeChecked();
    // Results render one by one: wait for a second one rather than counting at once.
    await expect(page.locator('.pf-result .search-result-type').nth(1)).toBeVisible();
    await page.goBack();
    await expect(page).toHaveURL(/\/search\/$/);
    await expect(input).toHaveValue('');
    await page.goForward();
    await expect(input).toHaveValue('MARF');
    expect(problems).toEqual([]);
  });

  test('a shared search address opens with its results and filters, and passes axe', async ({ page }) => {
    await page.goto('/search/?q=MASH&type=Contacts');
    await expect(page.locator('[data-search-page]').getByRole('searchbox')).toHaveValue('MASH');
    await expect(page.getByRole('radio', { name: /^Contacts/ })).toBeChecked();
    await expect(page.locator('.pf-result .search-result-type')).toHaveText(['Contacts']);
    await expect(page.locator(`.pf-result a[href="${telHref(mash.number)}"]`).first()).toBeVisible();
    await expect(page.locator('[data-search-nojs]')).toBeHidden();
    expect((await axeViolations(page))).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect((await axeViolations(page)), 'dark mode').toEqual([]);
  });
});

test.describe('a contact result offers the number to tap', () => {
  for (const [query, id] of [['MASH phone', 'mash'], ['emergency', 'police-emergency'], ['early help co-ordinator', 'early-help-coordinator'], ['duty worker', 'targeted-early-help-duty']] as const) {
    test(`"${query}": the first result links ${id}'s number`, async ({ page }) => {
      const contact = contacts.find((c) => c.id === id)!;
      await page.goto(`/search/?q=${encodeURIComponent(query)}`);
      const first = page.locator('.pf-result').first();
      await expect(first.locator('.search-result-link')).toHaveAttribute('href', '/contacts/');
      const call = first.locator(`.search-call [data-contact="${id}"] a[href="${telHref(contact.number)}"]`);
      await expect(call).toHaveText(contact.number);
      await expect(call.locator('xpath=ancestor::li[1]').locator('.search-section-link')).toHaveAttribute('href', `/contacts/#${id}`);
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the header search is a link to /search/, which explains and offers other ways in', async ({ page }) => {
    await page.goto('/guidance/');
    const link = page.locator('header').getByRole('link', { name: 'Search' });
    await expect(link).toHaveAttribute('href', '/search/');
    await link.click();
    const main = page.locator('main');
    await expect(main).toContainText('Search needs JavaScript');
    for (const href of ['/guidance/', '/glossary/', '/contacts/']) await expect(main.locator(`a[href="${href}"]`)).toHaveCount(1);
  });
});

test('acronyms and expansions find each other: every page found by one carries the other', async ({ page }) => {
  await page.goto('/search/');
  const found = await page.evaluate(async () => {
    const url = '/pagefind/pagefind.js';
    const pf = await import(url);
    const pages = async (q: string) => {
      const r = await pf.search(q);
      return Promise.all(r.results.map(async (x: { data(): Promise<{ url: string; meta: Record<string, string> }> }) => {
        const d = await x.data();
        return { url: d.url, keywords: d.meta.keywords ?? '' };
      }));
    };
    return { acronym: await pages('MARF'), expansion: await pages('multi-agency referral form') };
  });
  expect(found.acronym.length).toBeGreaterThan(0);
  expect(found.acronym.filter((p) => !p.keywords.includes('Multi-Agency Referral Form'))).toEqual([]);
  // (Pagefind matches words, not phrases, so the expansion's words may also find other pages.)
  expect(found.expansion.filter((p) => p.keywords.includes('MARF')).map((p) => p.url)).toContain('/guidance/making-a-referral/');
});

test('every page in the search index has a known type, and the page chrome is not indexed', () => {
  const problems: string[] = [];
  for (const [path, file] of builtPages()) {
    const html = parseHtml(readFileSync(file, 'utf8'));
    const body = html.querySelector('[data-pagefind-body]');
    if (!body) continue;
    if (body.tagName !== 'MAIN') problems.push(`${path}: data-pagefind-body is on <${body.tagName.toLowerCase()}>, not <main>`);
    const type = html.querySelector('[data-pagefind-filter^="type:"]')?.getAttribute('data-pagefind-filter')?.slice(5);
    if (!type || !(PAGE_TYPES as readonly string[]).includes(type)) problems.push(`${path}: type filter "${type ?? ''}"`);
    const level = html.querySelector('[data-pagefind-filter^="level:"]')?.getAttribute('data-pagefind-filter')?.slice(6);
    if (level && !['Universal', 'Early Help', 'Targeted Early Help', 'Safeguarding'].includes(level)) problems.push(`${path}: level filter "${level}"`);
    for (const chrome of ['header.site-header', 'footer.site-footer', 'aside.emergency']) {
      const el = html.querySelector(chrome);
      if (el && el.getAttribute('data-pagefind-ignore') === undefined) problems.push(`${path}: ${chrome} is not data-pagefind-ignore`);
    }
  }
  expect(problems).toEqual([]);
});
