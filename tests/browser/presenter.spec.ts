import { readdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

// The briefing presenter view at a projector (issue 10): every part of every briefing fits the
// screen without scrolling at 1280x720 and 1920x1080, at 100, 150 and 200 % zoom; part markers,
// Previous and Next disabled at the ends, controls that hide. Browser zoom is a smaller CSS
// viewport on more device pixels: 200 % of 1280x720 is a 640x360 viewport at a pixel ratio of 2.
const slugs = readdirSync(new URL('../../content/briefings', import.meta.url))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace(/\.mdx$/, ''));
const screens = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];
const part = (page: Page, n: number) => page.locator(`.briefing-part[data-part="${n}"]`);

/**
 * Shows each part in turn with its marker (as a click would) and measures it at once: the view
 * fits a part as it shows it, so one round trip measures all seven. For each part: whether it is
 * the part on screen, whether neither the page nor the part scrolls, and its type size.
 */
function measureParts(page: Page) {
  return page.evaluate(() => {
    const doc = document.documentElement;
    const stage = document.querySelector<HTMLElement>('.briefing-parts--present')!;
    return [...document.querySelectorAll<HTMLButtonElement>('.part-marker')].map((marker) => {
      marker.click();
      const shown = document.querySelector<HTMLElement>('.briefing-part.is-current');
      const text = shown?.querySelector('p, li');
      return {
        part: shown?.dataset.part === marker.dataset.go,
        page: doc.scrollHeight <= doc.clientHeight && doc.scrollWidth <= doc.clientWidth,
        stage: stage.scrollHeight <= stage.clientHeight && stage.scrollWidth <= stage.clientWidth,
        // 11 CSS pixels is the floor (22 screen pixels at 200 %); at 100 % the type is far larger.
        size: text ? parseFloat(getComputedStyle(text).fontSize) : 0,
      };
    });
  });
}

for (const zoom of [1, 1.5, 2]) {
  test(`every part of every briefing fits 1280x720 and 1920x1080 at ${zoom * 100} % without scrolling`, async ({ browser }) => {
    const context = await browser.newContext({ deviceScaleFactor: zoom, viewport: { width: Math.round(1280 / zoom), height: Math.round(720 / zoom) } });
    const page = await context.newPage();
    for (const slug of slugs) {
      await page.goto(`/briefings/${slug}/present/`);
      await expect(page.locator('.presenter[data-module-started]')).toBeAttached();
      for (const screen of screens) {
        await page.setViewportSize({ width: Math.round(screen.width / zoom), height: Math.round(screen.height / zoom) });
        const parts = await measureParts(page);
        expect(parts, `${slug} at ${screen.width}x${screen.height}, ${zoom * 100} %`).toHaveLength(7);
        parts.forEach((p, i) => {
          const where = `${slug} part ${i + 1} at ${screen.width}x${screen.height}, ${zoom * 100} %`;
          expect({ part: p.part, page: p.page, stage: p.stage }, where).toEqual({ part: true, page: true, stage: true });
          expect(p.size, where).toBeGreaterThanOrEqual(zoom === 1 && screen.width === 1920 ? 24 : 11);
        });
      }
    }
    await context.close();
  });
}

test('the emergency line stays as one thin line with 999 and MASH, never MASH alone', async ({ page }) => {
  await page.goto('/briefings/signs-of-safety/present/');
  const line = page.locator('.emergency-short');
  await expect(line).toBeVisible();
  await expect(page.locator('.emergency-full')).toBeHidden();
  await expect(line).toContainText('Emergency: dial 999');
  await expect(line).toContainText('999 and MASH 0151 443 2600');
  const box = (await page.locator('.emergency').boundingBox())!;
  expect(box.height).toBeLessThanOrEqual(30);
});

test('part markers go to a part; Previous and Next are disabled at the ends', async ({ page }) => {
  await page.goto('/briefings/signs-of-safety/present/');
  const previous = page.getByRole('button', { name: 'Previous part' });
  const next = page.getByRole('button', { name: 'Next part' });
  await expect(previous).toBeDisabled();
  await expect(next).toBeEnabled();

  await page.getByRole('button', { name: 'Part 5: What to do' }).click();
  await expect(part(page, 5)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Part 5: What to do' })).toHaveAttribute('aria-current', 'step');
  await expect(previous).toBeEnabled();

  await page.getByRole('button', { name: /^Part 7: / }).click();
  await expect(part(page, 7)).toBeVisible();
  await expect(next).toBeDisabled();
  await expect(page).toHaveURL(/#part-7$/);

  // A focused Next that becomes disabled hands focus to Previous, not to the page.
  await page.getByRole('button', { name: /^Part 6: / }).click();
  await next.focus();
  await page.keyboard.press('Enter');
  await expect(part(page, 7)).toBeVisible();
  await expect(previous).toBeFocused();
});

test('the controls hide with H and with the button, and come back', async ({ page }) => {
  await page.goto('/briefings/signs-of-safety/present/');
  const controls = page.locator('.presenter-controls');
  await expect(controls).toBeVisible();
  const before = (await page.locator('.briefing-parts--present').boundingBox())!.height;

  await page.keyboard.press('h');
  await expect(controls).toBeHidden();
  await expect(page.locator('.presenter-bar')).toBeHidden();
  await expect(page.locator('.emergency-short')).toBeVisible();
  await expect(page.locator('.exit-this-page-button')).toBeVisible();
  // The part gets the room, and is fitted again to it.
  await expect.poll(async () => (await page.locator('.briefing-parts--present').boundingBox())!.height).toBeGreaterThan(before);
  await page.keyboard.press('ArrowRight');
  await expect(part(page, 2)).toBeVisible();

  await page.keyboard.press('H');
  await expect(controls).toBeVisible();

  await page.getByRole('button', { name: 'Hide controls' }).click();
  await expect(controls).toBeHidden();
  const show = page.getByRole('button', { name: 'Show controls' });
  await expect(show).toBeFocused();
  await show.click();
  await expect(controls).toBeVisible();
  await expect(page.getByRole('button', { name: 'Hide controls' })).toBeFocused();
});
