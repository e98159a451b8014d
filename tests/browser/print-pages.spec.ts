import { readdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

// Printed pages, measured on real PDFs (issue 10): every briefing prints on one A4 side in seven
// numbered boxes with nothing smaller than 9 pt, from the reading page and from the presenter
// view; a case example prints without near-empty pages.
const slugs = (folder: string) =>
  readdirSync(new URL(`../../content/${folder}`, import.meta.url))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.replace(/\.mdx$/, ''));

/**
 * The pages of a PDF from Chromium: its page objects (`/Type /Page`, not the `/Type /Pages` tree).
 * Counting them in the bytes is enough here: Chromium writes every page object uncompressed, and
 * no PDF library is needed for one number.
 */
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;

/**
 * The smallest type anyone can see, in CSS pixels, in print (emulated): every element with text of
 * its own, and every ::before and ::after with content, that takes up room (so not the
 * visually-hidden headings that only screen readers read).
 */
function smallestType(page: Page) {
  return page.evaluate(() => {
    let smallest = { size: Infinity, where: '' };
    const note = (size: number, where: string) => {
      if (size < smallest.size) smallest = { size, where };
    };
    for (const el of document.body.querySelectorAll('*')) {
      const rect = el.getBoundingClientRect();
      if (rect.width <= 1 || rect.height <= 1 || !el.checkVisibility({ visibilityProperty: true })) continue;
      const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
      if (ownText) note(parseFloat(getComputedStyle(el).fontSize), `${el.tagName} "${el.textContent?.trim().slice(0, 40)}"`);
      for (const pseudo of ['::before', '::after']) {
        const style = getComputedStyle(el, pseudo);
        if (style.display !== 'none' && !['none', 'normal', '""'].includes(style.content)) note(parseFloat(style.fontSize), `${el.tagName}${pseudo} ${style.content}`);
      }
    }
    return smallest;
  });
}

for (const view of [{ name: 'reading page', path: '' }, { name: 'presenter view', path: 'present/' }]) {
  test(`every briefing prints on one A4 side from its ${view.name}: seven numbered boxes, the emergency line, nothing under 9 pt`, async ({ page }) => {
    test.setTimeout(120_000);
    const report: string[] = [];
    for (const slug of slugs('briefings')) {
      const path = `/briefings/${slug}/${view.path}`;
      await page.goto(path);
      await page.emulateMedia({ media: 'print' });
      // One round trip: the boxes' headings and places, and what else shows.
      const printed = await page.evaluate(() => {
        const shows = (selector: string) => [...document.querySelectorAll(selector)].some((e) => e.getClientRects().length > 0);
        return {
          boxes: [...document.querySelectorAll('.briefing-part')].map((e) => {
            const r = e.getBoundingClientRect();
            return { heading: e.querySelector('h2')?.textContent?.trim() ?? '', shown: r.height > 0, x: r.x, y: r.y, right: r.right, bottom: r.bottom, width: r.width };
          }),
          emergency: [...document.querySelectorAll<HTMLElement>('.emergency')].map((e) => e.innerText).join(' '),
          header: shows('.site-header'),
          sources: [...document.querySelectorAll<HTMLElement>('.source-note')].map((e) => e.innerText).join(' '),
        };
      });
      expect(printed.boxes.map((b) => b.shown && b.heading.split(/\s/)[0]), path).toEqual(['1', '2', '3', '4', '5', '6', '7']);
      expect(printed.emergency, path).toMatch(/Emergency:.*999.*MASH/s);
      expect(printed.header, path).toBe(false);
      expect(printed.sources, path).toContain('Source:');
      // Boxes 1 and 6 side by side (two columns), box 7 across the foot under both.
      const [one, six, seven] = [printed.boxes[0]!, printed.boxes[5]!, printed.boxes[6]!];
      expect(six.x, path).toBeGreaterThan(one.right - 1);
      expect(seven.y, path).toBeGreaterThanOrEqual(Math.max(one.bottom, six.bottom) - 1);
      expect(seven.width, path).toBeGreaterThan(one.width * 1.5);

      const type = await smallestType(page);
      // 9 pt is 12 CSS pixels.
      expect(type.size, `${path}: smallest type is ${type.where}`).toBeGreaterThanOrEqual(12);

      const pages = pageCount(await page.pdf({ format: 'A4' }));
      report.push(`${path} ${pages}`);
      expect(pages, `${path} prints on ${pages} pages`).toBe(1);
      await page.emulateMedia({ media: null });
    }
    test.info().annotations.push({ type: 'pages', description: report.join(', ') });
  });
}

test('a case example prints without near-empty pages', async ({ page }) => {
  test.setTimeout(60_000);
  // A4 less the 15 mm margins of public/print.css, in CSS pixels (96 to the inch).
  const mm = 96 / 25.4;
  const width = (210 - 30) * mm;
  const height = (297 - 30) * mm;
  // Laid out at the printed width in print styles, the page is one long column: its height is the
  // printed text with no page breaks. Forced breaks, or big blocks kept whole, leave pages part
  // empty, and add pages; so the PDF must have no more pages than the column needs, that is no
  // more than a page's worth of white space in all (the end of the last page).
  await page.setViewportSize({ width: Math.floor(width), height: Math.floor(height) });
  for (const slug of slugs('cases')) {
    const path = `/cases/${slug}/`;
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    const column = await page.evaluate(() => document.documentElement.scrollHeight);
    const pages = pageCount(await page.pdf({ format: 'A4' }));
    expect(pages, `${path}: ${column} px of print in ${pages} pages`).toBe(Math.ceil(column / height));
    await page.emulateMedia({ media: null });
  }
});
