// Plays scenarios in the browser by keyboard: plans a path by running the machine in Node, then
// performs each move with Tab, Space, arrow keys and Enter, as a keyboard user would.
import { expect, type Locator, type Page } from '@playwright/test';
import { createActor } from 'xstate';
import { atEnding, compileScenario, positionOf, type ScenarioContext } from '../../src/scenarios/machine';
import { choiceOptions, isChoiceStep, stepMap, type Scenario, type Step } from '../../src/scenarios/model';
import { modelSubmission, type Submission } from '../../src/scenarios/rating';
import { resolveText } from '../../src/scenarios/text';

/** A phone, as the scenario tests use it. */
export const phone = { width: 375, height: 667 } as const;

export type Move =
  | { kind: 'continue'; step: string }
  | { kind: 'choose'; step: string; option: string; label: string; feedback: string; rating: string }
  | { kind: 'submit'; step: string; submission: Submission };

const ratingWord = { best: 'Best', acceptable: 'Acceptable', unsafe: 'Unsafe' } as const;

export type Policy = 'best' | 'weakest';

/** Plans a path by running the machine in Node with a policy for each choice (or one per step). */
export function plan(scenario: Scenario, policyFor: Policy | ((step: string) => Policy)): { moves: Move[]; end: string; context: ScenarioContext } {
  const steps = stepMap(scenario);
  const actor = createActor(compileScenario(scenario), { input: { seed: 1 } }).start();
  const moves: Move[] = [];
  for (let guard = 0; guard < 200 && !atEnding(actor.getSnapshot()); guard++) {
    const snap = actor.getSnapshot();
    const { step: id, sub } = positionOf(snap.value);
    const step = steps.get(id)!;
    const flags = snap.context.flags;
    const policy = typeof policyFor === 'string' ? policyFor : policyFor(id);
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
export async function tabTo(page: Page, target: Locator) {
  for (let i = 0; i < 60; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${target} with Tab`);
}

/** Presses Start on the start screen by keyboard; the first step's heading takes focus. */
export async function start(page: Page) {
  await tabTo(page, page.getByRole('button', { name: 'Start scenario' }));
  await page.keyboard.press('Enter');
  await expect(page.locator('.player h2')).toBeFocused();
}

/** The values of these inputs, in the order the page shows them. */
async function shownValues(inputs: Locator): Promise<string[]> {
  return inputs.evaluateAll((els) => els.map((el) => (el instanceof HTMLInputElement ? el.value : '')));
}

export async function pressRadio(page: Page, first: Locator, index: number) {
  await tabTo(page, first);
  if (index === 0) await page.keyboard.press('Space');
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
}

export async function perform(page: Page, step: Step, move: Move) {
  const player = page.locator('.player');
  if (move.kind === 'continue') {
    await tabTo(page, player.getByRole('button', { name: 'Continue', exact: true }));
    await page.keyboard.press('Enter');
    return;
  }
  if (move.kind === 'choose') {
    // The options are shuffled per attempt: find where this one is shown.
    const values = await shownValues(player.locator('input[name="choice"]'));
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
    // In the order shown (options are shuffled), so that Tab only ever moves forward.
    const shown = await shownValues(player.locator('input[name="selected"]'));
    for (const id of shown.filter((v) => s.selected.includes(v))) {
      await tabTo(page, player.locator(`input[name="selected"][value="${id}"]`));
      await page.keyboard.press('Space');
    }
  } else if (s.kind === 'sort' && step.kind === 'sort') {
    // In the order shown (statements are shuffled), so that Tab only ever moves forward.
    const shown = await player.locator('fieldset.sort-item').evaluateAll((els) => els.map((el) => el.querySelector('input')?.name.replace(/^sort-/, '') ?? ''));
    const order = shown.flatMap((sid) => step.statements.filter((x) => x.id === sid));
    for (const st of order) {
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
