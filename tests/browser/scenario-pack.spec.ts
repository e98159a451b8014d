// The trainer page and facilitator pack (/practice/<id>/trainer/), for two scenarios that between
// them have every kind of step: every step and every answer is in the pack, the map (an SVG made at
// build time) links every step and has a text equivalent, the page needs no script, and printing
// hides the site's navigation. Axe, 320 px and the other per-page checks: every-page.spec.ts.
import { expect, test } from '@playwright/test';
import { loadScenarioFiles } from '../../src/scenarios/build/load';
import { choiceOptions, isChoiceStep } from '../../src/scenarios/model';
import { watchPage } from '../support/browser';

const all = loadScenarioFiles();
const chosen = ['recording-signs-of-safety-scaling', 'threshold-kyle-zak-and-kieran'].map((id) => all.find((s) => s.id === id)!);

/** Text as the page shows it: no markup, single spaces. */
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

for (const { id, scenario } of chosen) {
  test(`the facilitator pack for ${id} has every step and answer, and a map with a text equivalent`, async ({ page, baseURL }) => {
    const { errors, foreign } = watchPage(page, baseURL!);
    await page.goto(`/practice/${id}/trainer/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Facilitator pack: ${scenario.title}`);
    // Built at build time: the page loads no script of its own (only the site frame's).
    const scripts = await page.locator('script[src]').evaluateAll((els) => els.map((e) => e.getAttribute('src') ?? ''));
    expect(scripts.filter((s) => /pack|dagre|Pack/.test(s))).toEqual([]);
    await expect(page.locator('astro-island')).toHaveCount(0);

    const map = page.locator('figure.pack-map');
    const svg = map.locator('svg.pack-map-svg');
    await expect(svg).toBeVisible();
    await expect(map.locator('figcaption')).toContainText(`${scenario.steps.length} steps`);
    const routes = map.locator('.pack-routes');
    await expect(routes).toBeVisible();

    // One read of the page, then checks in Node (many small browser round trips are slow on a busy machine).
    const sections = new Map(await page.locator('section.pack-step').evaluateAll((els) => els.map((e) => [e.id, {
      heading: e.querySelector('h3')?.textContent ?? '', text: e.textContent ?? '',
      ratings: e.querySelectorAll('.pack-option .rating').length, fits: e.querySelectorAll('.pack-option .fit').length,
    }] as const)));
    const mapLinks = await svg.locator('a').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    const listLinks = await routes.locator('a[href^="#step-"]').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    expect(sections.size).toBe(scenario.steps.length);
    for (const [i, step] of scenario.steps.entries()) {
      const section = sections.get(`step-${step.id}`)!;
      expect(flat(section.heading)).toContain(`${i + 1}. ${step.kind === 'debrief' ? 'Ending: ' : ''}${step.title}`);
      // On the map, a box linking to the section; in the text equivalent, a link too.
      expect(mapLinks.filter((h) => h === `#step-${step.id}`)).toHaveLength(1);
      expect(listLinks).toContain(`#step-${step.id}`);
      const text = flat(section.text);
      for (const p of step.prompts) expect(text).toContain(flat(p));
      if (step.trainerNotes) expect(text).toContain(flat(step.trainerNotes));
      if (isChoiceStep(step)) {
        for (const o of choiceOptions(step)) {
          expect(text).toContain(flat(o.label));
          expect(text).toContain(flat(o.reason));
        }
        expect(section.ratings, `ratings of ${step.id}`).toBe(choiceOptions(step).length);
        expect(section.fits, `fits of ${step.id}`).toBe(choiceOptions(step).length);
      }
      if (step.kind === 'select') for (const o of step.options) expect(text).toContain(flat(o.label));
      if (step.kind === 'sort') for (const st of step.statements) expect(text).toContain(flat(st.text));
      if (step.kind === 'scale') {
        expect(text).toContain(flat(step.inside.reason));
        for (const band of [step.below, step.above]) if (band) expect(text).toContain(flat(band.reason));
      }
      if (step.kind === 'write') expect(text).toContain('Model answer');
      if (step.kind === 'debrief') expect(text).toContain(flat(step.outcome));
    }

    // Print: the site's navigation, the search and the map-as-list go; the map and the steps stay.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.site-footer nav')).toBeHidden();
    await expect(routes).toBeHidden();
    await expect(svg).toBeVisible();
    const mainWidth = await page.locator('main').evaluate((m) => m.getBoundingClientRect().width);
    expect((await svg.boundingBox())!.width, 'the map fits the page width').toBeLessThanOrEqual(mainWidth + 1);

    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
  });
}

test('the scenario page and room mode link to the facilitator pack', async ({ page }) => {
  const { id } = chosen[0]!;
  for (const path of [`/practice/${id}/`, `/practice/${id}/room/`]) {
    await page.goto(path);
    await expect(page.locator(`main a[href="/practice/${id}/trainer/"]`)).toHaveCount(1);
  }
});
