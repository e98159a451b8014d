// The trainer page and facilitator pack (/practice/<id>/trainer/), for two scenarios that between
// them have every kind of step: every step and every answer is in the pack, the map (an SVG made at
// build time) links every step and has a text equivalent, the page needs no script, and printing
// hides the site's navigation; every option carries the letter room mode shows. Axe, 320 px and the
// other per-page checks: every-page.spec.ts.
import { expect, test } from '@playwright/test';
import { loadScenarioFiles } from '../../src/scenarios/build/load';
import { recommendedPath } from '../../src/scenarios/debrief';
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

test('a trainer sees the same letter for each option in the pack, on its map, in the map’s text and in room mode', async ({ page }) => {
  test.setTimeout(180_000); // a jump to every step in room mode, on a shared 2-core machine
  // Decisions, a level step, a sort and a scale between them.
  const { id, scenario } = chosen.find((c) => c.id === 'threshold-kyle-zak-and-kieran')!;
  const lettered = scenario.steps.filter((s) => isChoiceStep(s) || s.kind === 'select' || s.kind === 'sort' || s.kind === 'scale');
  expect(new Set(lettered.map((s) => s.kind)).size, 'kinds of lettered step').toBeGreaterThanOrEqual(4);

  await page.goto(`/practice/${id}/trainer/`);
  // In the pack: every option's letter and text, per step.
  const pack = new Map(await page.locator('section.pack-step').evaluateAll((els) => els.map((e) => [e.id.replace(/^step-/, ''),
    [...e.querySelectorAll('.pack-option')].map((o) => {
      const letter = (o.querySelector('.pack-letter')?.textContent ?? '').replace('.', '').trim();
      const label = (o.querySelector('.pack-option-label')?.textContent ?? '').replace(/\s+/g, ' ').trim().replace(/^[A-Z]\. /, '');
      return `${letter}: ${label}`;
    })] as const)));
  // The map's text: "Option B, “...”: leads to ...", per step.
  const listed = await page.locator('.pack-routes > ul > li').evaluateAll((els) => els.map((li) =>
    [...li.querySelectorAll(':scope > ul > li')].map((o) => /^Option ([A-Z]), “(.*?)”: leads to/.exec((o.textContent ?? '').replace(/\s+/g, ' ').trim())).map((m) => (m ? `${m[1]}: ${m[2]}` : 'no letter'))));
  // The recommended path names each decision's best option by its letter too.
  const recommended = (await page.locator('ol.pack-path > li').allTextContents()).map(flat);
  // The map's arrows are labelled with letters only.
  const arrows = await page.locator('svg.pack-map-svg .map-edge-label text').allTextContents();
  expect(arrows.length).toBeGreaterThan(0);
  for (const a of arrows) expect(a).toMatch(/^[A-Z](, [A-Z])*$/);

  for (const p of recommendedPath(scenario)) {
    const step = scenario.steps.find((s) => s.id === p.step)!;
    if (!isChoiceStep(step) || !p.answer) continue;
    const entry = pack.get(step.id)!.find((e) => e.slice(3) === flat(p.answer!))!;
    expect(recommended.some((r) => r.includes(`${entry.slice(0, 1)}. ${flat(p.answer!)}`)), `${step.id} on the recommended path`).toBe(true);
  }

  await page.goto(`/practice/${id}/room/`);
  const room = page.locator('.room');
  const heading = room.locator('h2#room-heading');
  await expect(heading).toHaveText(scenario.steps.find((s) => s.id === scenario.start)!.title);
  for (const step of lettered) {
    await page.keyboard.press('s');
    const dialog = page.getByRole('dialog', { name: 'Steps' });
    await dialog.locator('.room-step-list > li').nth(scenario.steps.indexOf(step)).getByRole('button').click();
    await expect(heading).toHaveText(step.title);
    const shown = await room.locator('li.room-option').evaluateAll((els) => els.map((o) => {
      const letter = o.querySelector('.room-letter')?.textContent ?? '';
      const label = (o.querySelector('.room-option-label')?.textContent ?? '').replace(/\s+/g, ' ').trim().replace(/^[A-Z]: /, '');
      return `${letter}: ${label}`;
    }));
    expect(shown.length, `options of ${step.id}`).toBeGreaterThan(1);
    // The same letters beside the same texts, in the same order, as in the pack (the sort's pack
    // lists statements by the group they belong in, so those are compared as sets).
    const inPack = pack.get(step.id)!;
    if (step.kind === 'sort') expect([...shown].sort(), step.id).toEqual([...inPack].sort());
    else expect(shown, step.id).toEqual(inPack);
    if (isChoiceStep(step)) expect(listed[scenario.steps.indexOf(step)], `${step.id} in the map’s text`).toEqual(shown);
  }
});

test('the scenario page and room mode link to the facilitator pack', async ({ page }) => {
  const { id } = chosen[0]!;
  for (const path of [`/practice/${id}/`, `/practice/${id}/room/`]) {
    await page.goto(path);
    await expect(page.locator(`main a[href="/practice/${id}/trainer/"]`)).toHaveCount(1);
  }
});
