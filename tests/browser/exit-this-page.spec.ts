import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse as parseYaml } from 'yaml';

// Exit this page (src/layouts/exit-this-page/): the everyday site comes from content/site.yaml and
// is requested only when the control is used. The request is intercepted here, so no test reaches
// the real site. That the page is blanked before it goes is reported from inside the page, by an
// observer that sees the page's state change (the page cannot be inspected while it is leaving).
const exitPage = (parseYaml(readFileSync('content/site.yaml', 'utf8')) as { exitPage: string }).exitPage;
const exitOrigin = new URL(exitPage).origin;

interface Blanked { hidden: boolean; mainShown: boolean; stripShown: boolean }
declare global {
  interface Window { reportBlanked?: (state: Blanked) => void }
}

/** Intercepts requests to the everyday site, and reports when the page hides itself. */
async function watchExit(page: Page) {
  const seen: string[] = [];
  const blanked: Blanked[] = [];
  let reported = () => {};
  const firstReport = new Promise<void>((resolve) => { reported = resolve; });
  await page.route(`${exitOrigin}/**`, async (route) => {
    seen.push(route.request().url());
    // The leaving page lives until this response arrives. Hold it until the page's report of its
    // blanking has reached the test: once the page is gone, Playwright drops a report still on its
    // way (this flaked on a busy machine). The cap only stops a page that never blanks from hanging.
    await Promise.race([firstReport, new Promise((resolve) => setTimeout(resolve, 15_000))]);
    return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Weather</h1>' });
  });
  await page.exposeBinding('reportBlanked', (_source, state: Blanked) => { blanked.push(state); reported(); });
  await page.addInitScript(() => {
    const shown = (selector: string) => {
      const el = document.querySelector(selector);
      return el !== null && el.getClientRects().length > 0;
    };
    new MutationObserver(() => {
      if (!document.body?.classList.contains('exit-this-page-hide')) return;
      window.reportBlanked?.({ hidden: true, mainShown: shown('main'), stripShown: shown('aside.emergency') });
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['class'] });
  });
  return { seen, blanked };
}

async function expectBlankedThenGone(page: Page, exit: Awaited<ReturnType<typeof watchExit>>) {
  await expect(page).toHaveURL(exitPage);
  await expect(page.locator('h1')).toHaveText('Weather');
  expect(exit.seen).toEqual([exitPage]);
  expect(exit.blanked[0], 'the page was blanked before it went').toEqual({ hidden: true, mainShown: false, stripShown: false });
}

test('Exit this page: the button blanks the page and goes to the everyday site, requested only then', async ({ page }) => {
  const exit = await watchExit(page);
  await page.goto('/guidance/mash/', { waitUntil: 'networkidle' });
  const root = page.locator('.exit-this-page');
  await expect(root).toHaveAttribute('data-module-started', '');
  const button = page.getByRole('link', { name: 'Emergency Exit this page' });
  await expect(button).toBeVisible();
  await expect(button).toHaveAttribute('href', exitPage);
  await expect(button).toHaveAttribute('rel', /noreferrer/);
  await button.hover();
  await button.focus();
  expect(exit.seen, 'requests to the everyday site before use').toEqual([]);
  await button.click();
  await expectBlankedThenGone(page, exit);
});

test('Exit this page: Shift pressed three times does the same; the button counts the presses', async ({ page }) => {
  const exit = await watchExit(page);
  await page.goto('/contacts/', { waitUntil: 'networkidle' });
  const root = page.locator('.exit-this-page');
  await expect(root).toHaveAttribute('data-module-started', '');
  await expect(page.getByRole('link', { name: 'Emergency Exit this page' })).toHaveAccessibleDescription('Or press Shift three times.');
  await page.keyboard.press('Shift');
  await expect(root).toHaveAttribute('data-presses', '1');
  await expect(root.getByRole('status')).toHaveText('Shift, press 2 more times to exit.');
  // Typing a capital letter (Shift as a modifier) starts the count again.
  await page.keyboard.press('Shift+A');
  await expect(root).not.toHaveAttribute('data-presses');
  expect(exit.seen).toEqual([]);
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await expect(root).toHaveAttribute('data-presses', '2');
  await page.keyboard.press('Shift');
  await expectBlankedThenGone(page, exit);
});

test.describe('Exit this page without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('is a plain link to the everyday site, with no shortcut promised', async ({ page }) => {
    const exit = await watchExit(page);
    await page.goto('/', { waitUntil: 'networkidle' });
    const link = page.getByRole('link', { name: 'Emergency Exit this page' });
    await expect(link).toBeVisible();
    await expect(link).not.toHaveAttribute('aria-describedby');
    expect(exit.seen).toEqual([]);
    await link.click();
    await expect(page).toHaveURL(exitPage);
    expect(exit.seen).toEqual([exitPage]);
  });
});
