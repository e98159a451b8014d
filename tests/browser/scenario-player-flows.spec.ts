// The player's own behaviour, by keyboard on a phone: the start screen, GOV.UK error summaries,
// answering again after Back, the browser's Back and Forward, the debrief's review of each answer,
// what counts as a completion, two tabs, and unresumable saved progress. Scenarios are picked by
// what they contain, so the tests follow the library as it grows.
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../support/browser';
import { perform, phone, plan, pressRadio, start, tabTo, type Move } from '../support/scenario-play';
import { loadScenarioFiles, type ScenarioFile } from '../../src/scenarios/build/load';
import { stepMap } from '../../src/scenarios/model';

test.use({ viewport: phone });

const files = loadScenarioFiles();
const heading = (page: Page) => page.locator('.player h2#step-heading');

/** The first scenario whose recommended path has a move of this kind at a step of this kind. */
function withStep(kind: string, policy: 'best' | 'weakest' = 'best') {
  for (const file of files) {
    const steps = stepMap(file.scenario);
    const { moves } = plan(file.scenario, policy);
    const at = moves.findIndex((m) => m.kind !== 'continue' && steps.get(m.step)?.kind === kind);
    if (at >= 0) return { ...file, steps, moves, at };
  }
  return undefined;
}

async function playTo(page: Page, file: ScenarioFile, moves: Move[], count: number) {
  const steps = stepMap(file.scenario);
  for (const move of moves.slice(0, count)) await perform(page, steps.get(move.step)!, move);
}

async function submitEmpty(page: Page) {
  await tabTo(page, page.locator('.player form button[type="submit"]'));
  await page.keyboard.press('Enter');
}

for (const { id, scenario } of files) {
  test(`${id}: the start screen has the title, length, content note, outcomes and Start in the heading's share of the first screen`, async ({ page }) => {
    await page.goto(`/practice/${id}/`);
    const h1 = page.getByRole('heading', { level: 1 });
    await expect(h1).toHaveText(scenario.title);
    await expect(page.locator('.scenario-meta')).toContainText(`About ${scenario.minutes} minutes`);
    if (scenario.contentNote) await expect(page.locator('.content-note')).toContainText(scenario.contentNote);
    await expect(page.locator('details.outcomes summary')).toHaveText('What you will practise');
    const startButton = page.getByRole('button', { name: 'Start scenario' });
    await expect(startButton).toBeVisible();
    const top = (await h1.boundingBox())!.y;
    const box = (await startButton.boundingBox())!;
    const bottom = box.y + box.height;
    // The site frame takes at most the top 40 % of a phone's first screen (PRODUCT.md); from the
    // heading to the bottom of Start fits in the 60 % below it.
    expect(bottom - top).toBeLessThanOrEqual(phone.height * 0.6);
    await start(page);
    await expect(heading(page)).toHaveText(stepMap(scenario).get(scenario.start)!.title);
  });
}

test('a decision submitted without an answer: the error summary takes focus and its link leads to the options', async ({ page }) => {
  const found = withStep('decision');
  test.skip(!found, 'no scenario with a decision');
  const { id, moves, at } = found!;
  await page.goto(`/practice/${id}/`);
  await start(page);
  await playTo(page, found!, moves, at);
  await submitEmpty(page);
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('There is a problem');
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page.locator('.player fieldset .field-error')).toContainText('Choose what you would do');
  const link = summary.getByRole('link', { name: 'Choose what you would do' });
  await tabTo(page, link);
  await page.keyboard.press('Enter');
  await expect(page.locator('.player input[name="choice"]').first()).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);
  // Answering clears the problem.
  await perform(page, found!.steps.get(moves[at]!.step)!, moves[at]!);
  await expect(summary).toHaveCount(0);
  await expect(page).not.toHaveTitle(/^Error: /);
});

test('a sort step with statements left unsorted: one message in the summary and one beside each unsorted statement', async ({ page }) => {
  const found = withStep('sort');
  test.skip(!found, 'no scenario with a sort step');
  const { id, steps, moves, at } = found!;
  const step = steps.get(moves[at]!.step)!;
  test.skip(step.kind !== 'sort');
  if (step.kind !== 'sort') return;
  await page.goto(`/practice/${id}/`);
  await start(page);
  await playTo(page, found!, moves, at);
  // Sort only the first statement shown (statements are shuffled per attempt).
  const items = page.locator('.player fieldset.sort-item');
  const shown = await items.evaluateAll((els) => els.map((el) => el.querySelector('input')?.name.replace(/^sort-/, '') ?? ''));
  await pressRadio(page, page.locator(`.player input[name="sort-${shown[0]}"]`).first(), 0);
  await submitEmpty(page);
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveCount(step.statements.length - 1);
  await expect(items.nth(0).locator('.field-error')).toHaveCount(0);
  for (let i = 1; i < step.statements.length; i++) {
    await expect(items.nth(i).locator('.field-error')).toHaveText(`Error: Choose where statement ${i + 1} goes`);
  }
  // The last link leads to the last statement's first group.
  await summary.getByRole('link').last().press('Enter');
  await expect(page.locator(`.player input[name="sort-${shown.at(-1)}"]`).first()).toBeFocused();
});

test('Back, then Try a different answer: the new answer counts from here on, the first is kept for the debrief', async ({ page }) => {
  // A scenario whose first decision has a weaker option than the best.
  const file = files.find((f) => {
    const weak = plan(f.scenario, 'weakest').moves.find((m) => m.kind === 'choose');
    return weak?.kind === 'choose' && weak.rating !== 'Best';
  });
  test.skip(!file, 'no scenario with a weak first choice');
  const { id, scenario } = file!;
  const steps = stepMap(scenario);
  const best = plan(scenario, 'best').moves;
  const first = best.findIndex((m) => m.kind === 'choose');
  const weakPlan = plan(scenario, (s) => (s === best[first]!.step ? 'weakest' : 'best')).moves;
  const weak = weakPlan[first] as Extract<Move, { kind: 'choose' }>;
  const chosen = best[first] as Extract<Move, { kind: 'choose' }>;
  await page.goto(`/practice/${id}/`);
  await start(page);
  await playTo(page, file!, weakPlan, first + 2);
  await tabTo(page, page.getByRole('button', { name: 'Back', exact: true }));
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText(steps.get(weak.step)!.title);
  await expect(page.locator('.player')).toContainText(`Your answer: ${weak.label}`);
  await tabTo(page, page.getByRole('button', { name: 'Try a different answer' }));
  await page.keyboard.press('Enter');
  await expect(heading(page)).toBeFocused();
  await perform(page, steps.get(chosen.step)!, chosen);
  await expect(page.locator('.player')).toContainText(`Before this you chose: ${weak.label}`);
  // The steps after it are played again, on the recommended path from here.
  for (const move of best.slice(first + 1)) await perform(page, steps.get(move.step)!, move);
  await expect(heading(page)).toHaveText('Debrief');
  const answers = page.locator('section[aria-labelledby="answers-heading"]');
  await expect(answers).toContainText(`You first chose ${weak.label}, then ${chosen.label}`);
});

test("the browser's Back and Forward move between steps, and Back from the first step shows the start screen", async ({ page }) => {
  const { id, scenario } = files[0]!;
  const steps = stepMap(scenario);
  const { moves } = plan(scenario, 'best');
  const second = moves.findIndex((m) => m.step !== scenario.start);
  await page.goto(`/practice/${id}/`);
  await start(page);
  await playTo(page, files[0]!, moves, second);
  const secondStep = moves[second]!.step;
  await expect(heading(page)).toHaveText(steps.get(secondStep)!.title);
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`/practice/${id}/#${scenario.start}$`));
  await expect(heading(page)).toHaveText(steps.get(scenario.start)!.title);
  await page.goForward();
  await expect(page).toHaveURL(new RegExp(`#${secondStep}$`));
  await expect(heading(page)).toHaveText(steps.get(secondStep)!.title);
  await page.goBack();
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`/practice/${id}/$`));
  await expect(page.getByRole('button', { name: 'Start scenario' })).toBeFocused();
});

test('the debrief shows the recommended ticks of a select step the learner left unticked', async ({ page }) => {
  const found = withStep('select', 'weakest');
  test.skip(!found, 'no scenario with a select step');
  const { id, steps, moves, at } = found!;
  const step = steps.get(moves[at]!.step)!;
  if (step.kind !== 'select') return;
  await page.goto(`/practice/${id}/`);
  await start(page);
  await playTo(page, found!, moves, moves.length);
  await expect(heading(page)).toHaveText('Debrief');
  const answers = page.locator('section[aria-labelledby="answers-heading"]');
  const review = answers.locator('li', { has: page.getByRole('heading', { name: step.title, exact: true }) });
  await expect(review.getByRole('heading', { name: 'Do: the recommended ticks' })).toBeVisible();
  for (const o of step.options.filter((x) => x.advice === 'essential' || x.advice === 'do')) {
    await expect(review.locator('.review-list li', { hasText: o.label })).toContainText('You did not tick this');
  }
  expect(await axeViolations(page)).toEqual([]);
  // Nothing scrolls sideways at 320 px.
  await page.setViewportSize({ width: 320, height: 568 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('an ending reached from a link to a late step is not recorded; one played from the start is, with the time spent', async ({ page }) => {
  const { id, scenario } = files[0]!;
  const steps = stepMap(scenario);
  const { moves } = plan(scenario, 'best');
  const late = moves.findLast((m) => m.kind !== 'continue')!;
  await page.goto(`/practice/${id}/#${late.step}`);
  await tabTo(page, page.getByRole('button', { name: 'Go to that step' }));
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText(steps.get(late.step)!.title);
  for (const move of moves.slice(moves.indexOf(late))) await perform(page, steps.get(move.step)!, move);
  await expect(heading(page)).toHaveText('Debrief');
  await expect(page.getByRole('alert')).toContainText('not added to My learning');
  expect(await page.evaluate(() => localStorage.getItem('hct:learning'))).toBeNull();

  await page.getByRole('button', { name: 'Start again' }).click();
  await playTo(page, files[0]!, moves, moves.length);
  await expect(heading(page)).toHaveText('Debrief');
  // The completion is written just after the debrief shows: wait for it.
  const readRecord = () => page.evaluate(() => JSON.parse(localStorage.getItem('hct:learning') ?? 'null'));
  await expect.poll(async () => (await readRecord())?.scenarios?.length ?? 0).toBe(1);
  const record = await readRecord();
  expect(record.scenarios[0]).toMatchObject({ id, title: scenario.title });
  expect(record.scenarios[0].seconds).toEqual(expect.any(Number));
});

test('Start again in one tab does not silently wipe the progress of another', async ({ context }) => {
  const { id, scenario } = files[0]!;
  const { moves } = plan(scenario, 'best');
  const a = await context.newPage();
  await a.goto(`/practice/${id}/`);
  await start(a);
  await playTo(a, files[0]!, moves, 2);
  // Where the learner is and what they answered (not when it was saved).
  const savedSnapshot = (p: Page) =>
    p.evaluate((key) => {
      const entry = JSON.parse(localStorage.getItem(key) ?? 'null');
      return entry && { position: entry.position, context: entry.context };
    }, `hct:scenario:${id}`);
  const saved = await savedSnapshot(a);
  expect(saved).toBeTruthy();
  const b = await context.newPage();
  await b.goto(`/practice/${id}/`);
  await b.getByRole('button', { name: 'Start again' }).click();
  // Tab A is told, and keeps its progress if the learner says so.
  const notice = a.getByRole('alert').filter({ hasText: 'open in another tab' });
  await expect(notice).toBeVisible();
  await notice.getByRole('button', { name: 'Keep my progress here' }).click();
  expect(await savedSnapshot(a)).toEqual(saved);
  // And tab B is told in turn.
  await expect(b.getByRole('alert').filter({ hasText: 'open in another tab' })).toBeVisible();
});

test('saved progress the player cannot resume is discarded with a notice, and the scenario can be played', async ({ page }) => {
  const { id, scenario } = files[0]!;
  const key = `hct:scenario:${id}`;
  await page.goto(`/practice/${id}/`);
  await start(page);
  // Progress saved by this version of the scenario, but marked as stopped.
  await page.evaluate((k) => {
    const entry = JSON.parse(localStorage.getItem(k)!);
    entry.status = 'stopped';
    localStorage.setItem(k, JSON.stringify(entry));
  }, key);
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('starts again');
  expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBeNull();
  await start(page);
  await expect(heading(page)).toHaveText(stepMap(scenario).get(scenario.start)!.title);
});
