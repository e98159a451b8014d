import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// The threshold indicators filter is progressive enhancement: without JavaScript every table and
// row shows; with JavaScript the filter shows one domain, one level, or both.
const domains = 14;
const rowsPerDomain = 4;

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every domain and every level row is shown, and the filter is not', async ({ page }) => {
    await page.goto('/thresholds/');
    await expect(page.locator('form[data-module="threshold-filter"]')).toBeHidden();
    await expect(page.locator('[data-domain]:visible')).toHaveCount(domains);
    await expect(page.locator('[data-domain] tr[data-level]:visible')).toHaveCount(domains * rowsPerDomain);
    await expect(page.getByText('Archived 2016 material: not the current guidance.')).toBeVisible();
  });

  test('the disability needs matrix has its own archived page with every outcome table', async ({ page }) => {
    await page.goto('/thresholds/disability/');
    await expect(page.locator('.matrix-table')).toHaveCount(5);
    await expect(page.getByText('Archived 2016 material: not the current guidance.')).toBeVisible();
  });
});

test.describe('with JavaScript', () => {
  test('filters by level, then by domain, keeps the choice in the address, and resets', async ({ page }) => {
    await page.goto('/thresholds/');
    const form = page.locator('form[data-module="threshold-filter"]');
    await expect(form).toBeVisible();

    await form.getByLabel('Level').selectOption('3');
    await expect(page.locator('[data-domain]:visible')).toHaveCount(domains);
    await expect(page.locator('tr[data-level]:visible')).toHaveCount(domains);
    await expect(page.locator('tr[data-level="3"]:visible')).toHaveCount(domains);
    await expect(form.getByRole('status')).toHaveText('Showing Level 3 only for every domain.');

    await form.getByLabel('Domain').selectOption('physical-health');
    await expect(page.locator('[data-domain]:visible')).toHaveCount(1);
    await expect(page.locator('#physical-health tr[data-level]:visible')).toHaveCount(1);
    await expect(page.locator('#physical-health')).toContainText('Many visits to A&E');
    await expect(page.locator('[data-indicator-group="parents-and-carers"]')).toBeHidden();
    await expect(form.getByRole('status')).toHaveText('Showing Level 3 only for Physical Health.');
    await expect(page).toHaveURL(/\/thresholds\/\?domain=physical-health&level=3$/);

    // A shared link opens the same view.
    await page.reload();
    await expect(form.getByLabel('Domain')).toHaveValue('physical-health');
    await expect(page.locator('[data-domain]:visible')).toHaveCount(1);

    await form.getByRole('button', { name: 'Show everything' }).click();
    await expect(page.locator('[data-domain] tr[data-level]:visible')).toHaveCount(domains * rowsPerDomain);
    await expect(page).toHaveURL(/\/thresholds\/$/);
  });
});

test('reference pages do not scroll sideways at 320px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/thresholds/', '/cases/', '/cases/luke-erin-callum-and-daisy/', '/glossary/', '/about/', '/accessibility/']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('reference pages have no contrast failures in dark mode', async ({ page }) => {
  test.setTimeout(120_000); // three long pages through axe
  await page.emulateMedia({ colorScheme: 'dark' });
  for (const path of ['/thresholds/', '/cases/sean/', '/glossary/']) {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(['wcag2aa']).analyze();
    expect(results.violations.map((v) => `${path} ${v.id}`)).toEqual([]);
  }
});
