// Plays every scenario in content/scenarios to its debrief with the keyboard alone on a phone, on two
// paths (the recommended one and one through the weakest options), checking feedback, the debrief's
// path review, and that a reload mid-way restores the learner's place.
import { expect, test } from '@playwright/test';
import { axeViolations } from '../support/browser';
import { perform, phone, plan, start, tabTo, type Move } from '../support/scenario-play';
import { loadScenarioFiles } from '../../src/scenarios/build/load';
import { stepMap } from '../../src/scenarios/model';

test.use({ viewport: phone });

for (const { id, scenario } of loadScenarioFiles()) {
  test.describe(`scenario ${id}`, () => {
    const steps = stepMap(scenario);
    for (const policy of ['best', 'weakest'] as const) {
      test(`keyboard only, ${policy === 'best' ? 'recommended' : 'weakest'} path, with a reload mid-way`, async ({ page }) => {
        // A long scenario played key by key with two axe runs takes a while on a busy machine.
        test.setTimeout(180_000);
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
        const { moves, end, context } = plan(scenario, policy);
        await page.goto(`/practice/${id}/`);
        await expect(page.getByText('This exercise needs JavaScript')).toBeHidden();
        await start(page);
        await expect(page.locator('.player h2')).toHaveText(steps.get(scenario.start)!.title);
        const reloadAt = Math.floor(moves.length / 2);
        for (const [i, move] of moves.entries()) {
          await expect(page).toHaveURL(new RegExp(`#${move.step}$`));
          if (i === reloadAt && move.kind !== 'continue') {
            expect(await axeViolations(page), `axe at ${move.step}`).toEqual([]);
          }
          if (i === reloadAt) {
            const heading = await page.locator('.player h2').textContent();
            await page.reload();
            await expect(page.locator('.player h2')).toHaveText(heading!);
          }
          await perform(page, steps.get(move.step)!, move);
        }
        // The debrief.
        await expect(page.locator('.player h2')).toHaveText('Debrief');
        await expect(page.locator('.player h2')).toBeFocused();
        await expect(page).toHaveURL(new RegExp(`#${end}$`));
        const taken = page.locator('section[aria-labelledby="taken-heading"]');
        for (const m of moves) if (m.kind === 'choose') await expect(taken).toContainText(m.label);
        const recommended = page.locator('section[aria-labelledby="recommended-heading"]');
        for (const m of plan(scenario, 'best').moves) if (m.kind === 'choose') await expect(recommended).toContainText(m.label);
        expect(context.history.at(-1)).toBe(end);
        expect(await axeViolations(page), 'axe at the debrief').toEqual([]);
        // The completion is in the learner's record.
        // The completion is written just after the debrief shows: wait for it.
        await expect
          .poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('hct:learning') ?? 'null')?.scenarios?.at(-1) ?? null))
          .toMatchObject({ id, title: scenario.title });
        expect(errors).toEqual([]);
      });
    }
  });
}

// Back and Start again are the player's, not a scenario's: one scenario shows them (the flows spec tests more).
test('Back revisits the previous step and keeps the first answer; Start again starts over', async ({ page }) => {
  const { id, scenario } = loadScenarioFiles()[0]!;
  const steps = stepMap(scenario);
  const { moves } = plan(scenario, 'best');
  const firstChoice = moves.findIndex((m) => m.kind === 'choose');
  await page.goto(`/practice/${id}/`);
  await start(page);
  for (const move of moves.slice(0, firstChoice + 2)) await perform(page, steps.get(move.step)!, move);
  const choice = moves[firstChoice] as Extract<Move, { kind: 'choose' }>;
  await tabTo(page, page.getByRole('button', { name: 'Back' }));
  await page.keyboard.press('Enter');
  await expect(page.locator('.player h2')).toHaveText(steps.get(choice.step)!.title);
  await expect(page.locator('.player')).toContainText(`Your answer: ${choice.label}`);
  await page.getByRole('button', { name: 'Start again' }).click();
  await expect(page.locator('.player h2')).toHaveText(steps.get(scenario.start)!.title);
});

test('corrupt saved progress is discarded with a notice, and other saved data is kept', async ({ page }) => {
  const [first] = loadScenarioFiles();
  test.skip(!first, 'no scenarios');
  await page.goto('/practice/');
  await page.evaluate((id) => {
    localStorage.setItem(`hct:scenario:${id}`, '{"format":1,"version":"x", broken');
    localStorage.setItem('hct:learning', '{"format":1,"scenarios":[],"briefings":[],"reflections":[{"id":"r","text":"kept","writtenAt":"2026"}]}');
  }, first!.id);
  await page.goto(`/practice/${first!.id}/`);
  await expect(page.getByRole('alert')).toContainText('could not be read');
  await page.getByRole('button', { name: 'Start scenario' }).click();
  await expect(page.locator('.player h2')).toHaveText(stepMap(first!.scenario).get(first!.scenario.start)!.title);
  expect(await page.evaluate(() => localStorage.getItem('hct:learning'))).toContain('kept');
});

test('without JavaScript the scenario page explains that the exercise needs it', async ({ browser }) => {
  const [first] = loadScenarioFiles();
  test.skip(!first, 'no scenarios');
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/practice/${first!.id}/`);
  await expect(page.getByText('This exercise needs JavaScript')).toBeVisible();
  await expect(page.locator('.player')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first!.scenario.title);
  await context.close();
});
