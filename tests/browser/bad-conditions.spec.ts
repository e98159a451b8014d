import { expect, test, type Page } from '@playwright/test';

// The site under bad conditions (issue 15): JavaScript off, and storage blocked, full or damaged.
// Damaged storage is covered where each feature is tested: a damaged learning record
// (my-learning.spec.ts) and saved progress the player cannot resume (scenario-player-flows.spec.ts).

/** One page of every kind. */
const kinds: Array<[kind: string, path: string]> = [
  ['home', '/'], ['guidance contents', '/guidance/'], ['guidance', '/guidance/mash/'], ['briefings', '/briefings/'],
  ['briefing', '/briefings/recording/'], ['presenter', '/briefings/recording/present/'], ['cases', '/cases/'],
  ['case', '/cases/sean/'], ['practice', '/practice/'], ['scenario', '/practice/escalation-still-worried/'],
  ['contacts', '/contacts/'], ['glossary', '/glossary/'], ['thresholds', '/thresholds/'], ['search', '/search/'],
  ['my learning', '/my-learning/'], ['about', '/about/'], ['not found', '/no-such-page/'],
];

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const [kind, path] of kinds) {
    test(`the ${kind} page is readable and navigable, with no control that needs JavaScript`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('main h1')).toBeVisible();
      const text = (await page.locator('main').innerText()).trim();
      expect(text.length, 'main text').toBeGreaterThan(80);
      // Nothing that only works with JavaScript is shown.
      const deadControls = await page.locator('[data-js-only]').evaluateAll((els) => els.filter((el) => el instanceof HTMLElement && el.offsetParent !== null).map((el) => el.outerHTML.slice(0, 80)));
      expect(deadControls).toEqual([]);
      // The main navigation is there, and a link in it leads to a page.
      const nav = page.getByRole('navigation', { name: 'Main' }).first();
      await expect(nav).toBeVisible();
      await nav.getByRole('link', { name: 'Contacts' }).click();
      await expect(page).toHaveURL(/\/contacts\/$/);
      await expect(page.locator('main h1')).toBeVisible();
    });
  }
});

/** Makes localStorage refuse access altogether, as some private modes and blocked site data do. */
async function blockStorage(page: Page) {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
  });
}

/** Makes localStorage full: reading works, every write fails as it does when the quota is used up. */
async function fillStorage(page: Page) {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function setItem() { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
  });
}

const learningRecord = { format: 1, scenarios: [], briefings: [], reflections: [{ id: 'r1', text: 'Kept from before', writtenAt: '2026-11-20T10:00:00.000Z' }] };

/** Starts a scenario and expects it to play on with `notice` about its progress. */
async function scenarioPlaysWithNotice(page: Page, notice: string) {
  await page.goto('/practice/escalation-still-worried/');
  await page.getByRole('button', { name: 'Start scenario' }).click();
  await expect(page.locator('.player h2')).toBeFocused();
  await expect(page.locator('.player .notice[role="alert"]')).toContainText(notice);
}

test.describe('storage blocked', () => {
  test('a scenario plays and says its progress cannot be kept; My learning says the record cannot be kept; search works', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await blockStorage(page);
    await scenarioPlaysWithNotice(page, 'progress cannot be kept');

    await page.goto('/my-learning/');
    await expect(page.getByRole('alert')).toContainText('your learning record cannot be kept');

    await page.goto('/search/?q=MARF');
    await expect(page.locator('.search-page-results[data-results-for="MARF"] .search-result-link').first()).toBeVisible();
    expect(errors).toEqual([]);
  });
});

test.describe('storage full', () => {
  test('a scenario plays and says its progress could not be kept as the storage is full; adding a reflection says so and the record is kept', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('/my-learning/');
    await page.evaluate((r) => localStorage.setItem('hct:learning', JSON.stringify(r)), learningRecord);
    await fillStorage(page);
    await scenarioPlaysWithNotice(page, 'storage for this site is full, so your progress could not be kept');

    await page.goto('/my-learning/');
    await expect(page.getByText('Kept from before').first()).toBeVisible();
    await page.getByLabel(/Add a reflection/).fill('A new thought');
    await page.getByRole('button', { name: 'Add reflection' }).click();
    await expect(page.getByRole('alert')).toContainText("This browser's storage for this site is full, so this change to your learning record could not be kept on this device. Nothing has changed.");
    // Nothing else is lost: the record as it was, still shown and still stored.
    await expect(page.getByText('Kept from before').first()).toBeVisible();
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('hct:learning') ?? 'null'))).toEqual(learningRecord);
    expect(errors).toEqual([]);
  });
});
