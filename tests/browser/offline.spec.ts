import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../support/browser';
import { distDir } from '../support/site';
import { serveStatic, type StaticServer } from '../support/static-server';

// The service worker (src/offline/): after one visit the whole site works with the network cut,
// and a newer build is announced on an open page. dist/ is served by a server of this spec's own,
// so that the test can cut it off (the browser offline and the server refusing every request,
// since going offline in the browser alone may not stop a service worker's own requests) and
// serve a changed worker.

test.use({ serviceWorkers: 'allow' });
test.describe.configure({ mode: 'serial' });

let server: StaticServer;
test.beforeEach(async () => { server = await serveStatic(distDir); });
test.afterEach(async () => { await server.close(); });

/** Visits the home page once and waits until the service worker has precached the site and controls the page. */
async function firstVisit(page: Page) {
  await page.goto(`${server.origin}/`);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

const offlineNote = (page: Page) => page.locator('[data-offline-note]');

test('after one visit, pages say quietly that they are the saved copy, and guidance, a briefing, a scenario and search work with the network cut', async ({ page, context }) => {
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  await firstVisit(page);
  await expect(offlineNote(page), 'the line has been decided').toHaveAttribute('role', 'status');
  await expect(offlineNote(page)).toBeEmpty();
  // The first worker taking over is not a newer version.
  await expect(page.locator('[data-update-notice]')).toBeEmpty();
  // Online, a page opened from the saved copy says so quietly; a page that is not saved (a missing
  // page, from the server) does not.
  await page.goto(`${server.origin}/guidance/`);
  await expect(offlineNote(page)).toHaveText('You are reading the copy of this site saved on this device.');
  await page.goto(`${server.origin}/no-such-page/`);
  await expect(page.locator('h1')).toBeVisible();
  await expect(offlineNote(page), 'the line has been decided').toHaveAttribute('role', 'status');
  await expect(offlineNote(page)).toBeEmpty();
  errors.splice(0); // the missing page's own 404, logged by the browser, was the point

  await context.setOffline(true);
  server.setDown(true);
  const before = server.requests.length;

  await page.goto(`${server.origin}/guidance/mash/`);
  await expect(page.locator('h1')).toHaveText(/MASH|Multi-Agency Safeguarding Hub/);
  await expect(offlineNote(page)).toHaveText(/Offline: you are reading the copy of this site saved on this device/);

  await page.goto(`${server.origin}/briefings/`);
  await page.locator('main h3 a').first().click();
  await expect(page.locator('.briefing h1, main h1')).toBeVisible();

  await page.goto(`${server.origin}/practice/`);
  await page.locator('main h3 a').first().click();
  await page.getByRole('button', { name: 'Start scenario' }).click();
  await expect(page.locator('.player h2')).toBeFocused();

  // Search, with its query in the address, and from the header's dialog.
  await page.goto(`${server.origin}/search/?q=MARF`);
  await expect(page.locator('.search-page-results[data-results-for="MARF"] .search-result-link').first()).toBeVisible();
  await page.goto(`${server.origin}/contacts/`);
  await page.keyboard.press('/');
  await page.keyboard.type('referral');
  await expect(page.locator('dialog [data-results-for="referral"] .search-result-link').first()).toBeVisible();

  expect(server.requests.length, 'no request reached the server while it was cut off').toBe(before);
  expect(errors).toEqual([]);

  // Back online, the line says only that the page is the saved copy.
  server.setDown(false);
  await context.setOffline(false);
  await expect(offlineNote(page)).toHaveText('You are reading the copy of this site saved on this device.');
});

test('when a newer version is published, an open page says so and reloads into it', async ({ page }) => {
  await firstVisit(page);
  await page.goto(`${server.origin}/guidance/`);
  await expect(page.locator('[data-update-notice]')).toBeEmpty();

  // Publish: the worker changes (as it does when any page does, since it lists every file's revision).
  const worker = readFileSync(join(distDir, 'sw.js'), 'utf8');
  server.override('/sw.js', `${worker}\n// a newer build\n`);
  await page.reload();
  const notice = page.locator('[data-update-notice]');
  await expect(notice).toContainText('A newer version of this site has been published.');
  expect(await axeViolations(page), 'axe violations with the notice shown').toEqual([]);
  const reloaded = page.waitForEvent('load');
  await notice.getByRole('button', { name: 'Reload to see it' }).click();
  await reloaded;
  await expect(page.locator('h1')).toBeVisible();
  await expect(notice).toBeEmpty();
  const waiting = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null);
  expect(waiting).toBeNull();
});

test('the site is installable: a manifest with a start address, icons and a name', async ({ page }) => {
  await page.goto(`${server.origin}/`);
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const res = await page.request.get(new URL(href ?? '', page.url()).href);
  expect(res.ok()).toBe(true);
  const manifest: { name?: string; start_url?: string; display?: string; icons?: Array<{ src: string; sizes: string }> } = await res.json();
  expect(manifest.name).toBeTruthy();
  expect(manifest.display).toBe('standalone');
  expect(new URL(manifest.start_url ?? '', res.url()).pathname).toBe('/');
  for (const size of ['192x192', '512x512']) {
    const icon = manifest.icons?.find((i) => i.sizes === size);
    expect(icon, size).toBeDefined();
    expect((await page.request.get(new URL(icon!.src, res.url()).href)).ok(), size).toBe(true);
  }
});
