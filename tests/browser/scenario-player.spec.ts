// Plays every scenario in content/scenarios to its debrief with the keyboard alone, on two paths
// (the recommended one and one through the weakest options), checking feedback, the debrief's path
// review, and that a reload mid-way restores the learner's place.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { createActor } from 'xstate';
import { axeViolations } from '../support/browser';
import { atEnding, compileScenario, positionOf, type ScenarioContext } from '../../src/scenarios/machine';
import { loadScenarioFiles } from '../../src/scenarios/build/load';
import { choiceOptions, isChoiceStep, stepMap, type Scenario, type Step } from '../../src/scenarios/model';
import { modelSubmission, type Submission } from '../../src/scenarios/rating';
import { resolveText } from '../../src/scenarios/text';

type Move =
  | { kind: 'continue'; step: string }
  | { kind: 'choose'; step: string; option: string; label: string; feedback: string; rating: string }
  | { kind: 'submit'; step: string; submission: Submission };

const ratingWord = { best: 'Best', acceptable: 'Acceptable', unsafe: 'Unsafe' } as const;

/** Plans a path by running the machine in Node with a policy for each choice. */
function plan(scenario: Scenario, policy: 'best' | 'weakest'): { moves: Move[]; end: string; context: ScenarioContext } {
  const steps = stepMap(scenario);
  const actor = createActor(compileScenario(scenario), { input: { seed: 1 } }).start();
  const moves: Move[] = [];
  for (let guard = 0; guard < 200 && !atEnding(actor.getSnapshot()); guard++) {
    const snap = actor.getSnapshot();
    const { step: id, sub } = positionOf(snap.value);
    const step = steps.get(id)!;
    const flags = snap.context.flags;
    if (step.kind === 'narrative' || (sub && sub !== 'open')) {
      moves.push({ kind: 'continue', step: id });
      actor.send({ type: 'CONTINUE' });
    } else if (isChoiceStep(step)) {
      const offered = choiceOptions(step).filter((o) => !o.when || (o.when.all.every((f) => flags.includes(f)) && o.when.none.every((f) => !flags.includes(f))));
      const order = { unsafe: 0, acceptable: 1, best: 2 } as const;
      const pick = policy === 'best'
        ? offered.find((o) => o.rating === 'best')!
        : [...offered].sort((a, b) => order[a.rating] - order[b.rating])[0]!;
      moves.push({ kind: 'choose', step: id, option: pick.id, label: pick.label, feedback: resolveText(pick.feedback, [...new Set([...flags, ...pick.sets])]), rating: ratingWord[pick.rating] });
      actor.send({ type: 'CHOOSE', option: pick.id });
    } else if (step.kind !== 'debrief') {
      const model = modelSubmission(step);
      const submission: Submission = policy === 'best' ? model
        : model.kind === 'select' ? { kind: 'select', selected: [] }
        : model.kind === 'scale' ? { kind: 'scale', value: model.value === 10 ? 0 : 10, reason: 'A different view' }
        : model.kind === 'write' ? { kind: 'write', text: 'He was fine.', checked: [] }
        : model;
      moves.push({ kind: 'submit', step: id, submission });
      actor.send({ type: 'SUBMIT', submission });
    }
  }
  const snap = actor.getSnapshot();
  return { moves, end: positionOf(snap.value).step, context: snap.context };
}

/** Presses Tab until `target` has focus (keyboard only; fails if it is never reached). */
async function tabTo(page: Page, target: Locator) {
  for (let i = 0; i < 60; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${target} with Tab`);
}

/** Presses Start on the start screen by keyboard; the first step's heading takes focus. */
async function start(page: Page) {
  await tabTo(page, page.getByRole('button', { name: 'Start scenario' }));
  await page.keyboard.press('Enter');
  await expect(page.locator('.player h2')).toBeFocused();
}

async function pressRadio(page: Page, first: Locator, index: number) {
  await tabTo(page, first);
  if (index === 0) await page.keyboard.press('Space');
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
}

async function perform(page: Page, step: Step, move: Move) {
  const player = page.locator('.player');
  if (move.kind === 'continue') {
    await tabTo(page, player.getByRole('button', { name: 'Continue', exact: true }));
    await page.keyboard.press('Enter');
    return;
  }
  if (move.kind === 'choose') {
    // The options are shuffled per attempt: find where this one is shown.
    const values = await player.locator('input[name="choice"]').evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));
    await pressRadio(page, player.locator('input[name="choice"]').first(), values.indexOf(move.option));
    await tabTo(page, player.getByRole('button', { name: 'Submit answer' }));
    await page.keyboard.press('Enter');
    const feedback = player.locator('.feedback');
    await expect(feedback).toBeFocused();
    await expect(feedback).toContainText(move.rating);
    await expect(feedback).toContainText(move.feedback.split(/\n/)[0]!.replace(/\[contact:[^\]]*\]/g, '').slice(0, 40));
    return;
  }
  const s = move.submission;
  if (s.kind === 'select' && step.kind === 'select') {
    for (const id of s.selected) {
      await tabTo(page, player.locator(`input[name="selected"][value="${id}"]`));
      await page.keyboard.press('Space');
    }
  } else if (s.kind === 'sort' && step.kind === 'sort') {
    for (const st of step.statements) {
      const index = step.groups.findIndex((g) => g.id === s.placements[st.id]);
      await pressRadio(page, player.locator(`input[name="sort-${st.id}"]`).first(), index);
    }
  } else if (s.kind === 'scale') {
    await pressRadio(page, player.locator('input[name="scale"]').first(), s.value);
    await tabTo(page, player.locator('textarea[name="reason"]'));
    await page.keyboard.type(s.reason);
  } else if (s.kind === 'write') {
    await tabTo(page, player.locator('textarea[name="record"]'));
    await page.keyboard.type(s.text);
    for (const i of s.checked) {
      await tabTo(page, player.locator(`input[name="check"][value="${i}"]`));
      await page.keyboard.press('Space');
    }
  }
  const submit = player.locator('form button[type="submit"]');
  await tabTo(page, submit);
  await page.keyboard.press('Enter');
  await expect(player.locator('.feedback')).toBeFocused();
}

for (const { id, scenario } of loadScenarioFiles()) {
  test.describe(`scenario ${id}`, () => {
    const steps = stepMap(scenario);
    for (const policy of ['best', 'weakest'] as const) {
      test(`keyboard only, ${policy === 'best' ? 'recommended' : 'weakest'} path, with a reload mid-way`, async ({ page }) => {
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
        const record = await page.evaluate(() => JSON.parse(localStorage.getItem('hct:learning') ?? 'null'));
        expect(record.scenarios.at(-1)).toMatchObject({ id, title: scenario.title });
        expect(errors).toEqual([]);
      });
    }

    test('Back revisits the previous step and keeps the first answer; Start again starts over', async ({ page }) => {
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
  });
}

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
