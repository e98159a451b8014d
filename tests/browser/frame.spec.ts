import { expect, test } from '@playwright/test';

test('the skip link is the first tab stop and moves focus to the main content', async ({ page }) => {
  await page.goto('/guidance/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
});

test('at 320px wide nothing scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/', '/contacts/', '/guidance/']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('print hides navigation and shows the page address and the date', async ({ page }) => {
  await page.goto('/contacts/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('nav[aria-label="Main"]')).toBeHidden();
  const footer = page.locator('.print-footer');
  await expect(footer).toBeVisible();
  await expect(footer).toContainText('/contacts/');
  const today = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  await expect(footer).toContainText(today);
});

test('the favicon and 404 page are served', async ({ request }) => {
  expect((await request.get('/favicon.svg')).status()).toBe(200);
  const missing = await request.get('/no-such-page/');
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain('Page not found');
});

test('contacts lists current numbers as tel: links and superseded ones as labelled plain text', async ({ page }) => {
  await page.goto('/contacts/');
  await expect(page.locator('#mash a[href="tel:+441514432600"]')).toBeVisible();
  await expect(page.locator('#early-help-coordinator a[href="tel:+441514432670"]')).toBeVisible();
  // A superseded number is plain text under its label, never a tap-to-call link.
  const superseded = page.locator('section.superseded');
  await expect(superseded.locator('#early-help-team-2016 h3')).toContainText('(superseded)');
  await expect(superseded.locator('#early-help-team-2016 .tel-superseded')).toHaveText('0151 443 4707');
  await expect(page.locator('a[href="tel:+441514434707"]')).toHaveCount(0);
  await expect(page.locator('a[href^="tel:"]', { hasText: '0151 443 4707' })).toHaveCount(0);
});
