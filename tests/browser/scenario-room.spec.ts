// Room mode (/practice/<id>/room/): a trainer runs a scenario by keyboard at a projector: types the
// room's votes, reveals, picks the room's answer, jumps with the step list, uses the timer and the
// help overlay; options keep the order written, lettered A, B, C; a scale step takes votes per band;
// the debrief tables what the room entered at every kind of step; nothing is written to storage.
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, watchPage } from '../support/browser';
import { plan, tabTo } from '../support/scenario-play';
import { loadScenarioFiles } from '../../src/scenarios/build/load';
import { choiceOptions, isChoiceStep, stepMap } from '../../src/scenarios/model';

const all = loadScenarioFiles();
const { id, scenario } = all.find((s) => s.id === 'escalation-family-declines-early-help')!;
const steps = stepMap(scenario);
const projector = { width: 1920, height: 1080 } as const;
const letter = (i: number) => String.fromCharCode(65 + i);

/** Counts every write to localStorage or sessionStorage, from before the page's own scripts run. */
async function watchStorage(page: Page) {
  await page.addInitScript(() => {
    const writes: string[] = [];
    Object.assign(window, { storageWrites: writes });
    for (const name of ['setItem', 'removeItem', 'clear'] as const) {
      const original = Storage.prototype[name] as (...args: string[]) => void;
      Storage.prototype[name] = function (this: Storage, ...args: string[]) {
        writes.push(`${name}(${args[0] ?? ''})`);
        return original.apply(this, args);
      } as never;
    }
  });
}
const storageWrites = (page: Page) => page.evaluate(() => (window as unknown as { storageWrites: string[] }).storageWrites);

test.use({ viewport: projector });

test('a trainer runs a scenario by keyboard: votes, Reveal, the room’s choice, branches, jumps, the debrief; nothing is stored', async ({ page, baseURL }) => {
  test.setTimeout(240_000); // many key presses, on a shared 2-core machine
  const { errors, foreign } = watchPage(page, baseURL!);
  // A learner's record and progress already on this device must be left exactly as they are.
  await page.goto('/');
  const record = JSON.stringify({ format: 1, scenarios: [{ id: 'x', title: 'Earlier', completedAt: '2026-01-01T10:00:00.000Z', outcome: 'Safe', seconds: 60, path: [] }], reflections: [] });
  await page.evaluate((r) => localStorage.setItem('hct:learning', r), record);
  const before = await page.evaluate(() => JSON.stringify({ ...localStorage }));
  await watchStorage(page);

  await page.goto(`/practice/${id}/room/`);
  const room = page.locator('.room');
  const heading = room.locator('h2#room-heading');
  await expect(heading).toHaveText(steps.get(scenario.start)!.title);
  await expect(page.getByText('Room mode needs JavaScript')).toBeHidden();

  // The help overlay, with ?; Escape closes it.
  await page.keyboard.press('Shift+?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  for (const what of ['Next', 'Back', 'Reveal', 'timer', 'Step list', 'Full screen']) await expect(help).toContainText(what);
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  // The recommended path, played by the room: the best option gets most votes.
  const { moves, end } = plan(scenario, 'best');
  const votesFor = new Map<string, Record<string, number>>();
  let axeChecked = false;
  for (const move of moves) {
    const step = steps.get(move.step)!;
    await expect(heading).toHaveText(step.title);
    if (move.kind === 'continue') {
      await page.keyboard.press('n');
      continue;
    }
    const options = isChoiceStep(step) ? choiceOptions(step) : step.kind === 'select' ? step.options : [];
    const counts = Object.fromEntries(options.map((o, i) => [o.id, (move.kind === 'choose' ? o.id === move.option : 'submission' in move && move.submission.kind === 'select' && move.submission.selected.includes(o.id)) ? 10 + i : i]));
    votesFor.set(move.step, counts);
    // Options are shown in the order written (no shuffle in room mode), lettered A, B, C as in the pack.
    const shown = await room.locator('li.room-option').evaluateAll((els) => els.map((el) => el.getAttribute('data-option') ?? ''));
    expect(shown, `the order of ${move.step}'s options`).toEqual(options.map((o) => o.id));
    await expect(room.locator('li.room-option .room-letter')).toHaveText(options.map((_, i) => letter(i)));
    for (const option of shown) {
      await tabTo(page, room.locator(`#votes-${move.step}-${option}`));
      await page.keyboard.type(String(counts[option]));
    }
    // No feedback before Reveal.
    await expect(room.locator('.room-reveal')).toHaveCount(0);
    await page.keyboard.press('r');
    await expect(room.locator('.room-reveal')).toHaveCount(shown.length);
    if (move.kind === 'choose') {
      const option = choiceOptions(step as Parameters<typeof choiceOptions>[0]).find((o) => o.id === move.option)!;
      const card = room.locator(`li.room-option[data-option="${move.option}"]`);
      await expect(card).toContainText(move.rating);
      await expect(card).toContainText(option.reason.slice(0, 40));
      await expect(card).toContainText(`${counts[move.option]} votes`);
      if (!axeChecked) {
        expect(await axeViolations(page), 'axe after Reveal').toEqual([]);
        axeChecked = true;
      }
      await tabTo(page, card.getByRole('button', { name: /The room goes with/ }));
      await page.keyboard.press('Enter');
      await expect(card).toContainText('The room’s choice');
      // The button pressed is gone: focus moves on to the room's result, not to the page (WCAG 2.4.3).
      await expect(room.locator('.room-result')).toBeFocused();
    } else if (move.kind === 'submit' && move.submission.kind === 'select') {
      for (const option of shown.filter((o) => move.submission.kind === 'select' && move.submission.selected.includes(o))) {
        await tabTo(page, room.locator(`#tick-${move.step}-${option}`));
        await page.keyboard.press('Space');
      }
      await tabTo(page, room.getByRole('button', { name: 'Submit the room’s ticks' }));
      await page.keyboard.press('Enter');
      await expect(room.locator('.room-result')).toContainText('Best');
      await expect(room.locator('.room-result')).toBeFocused();
    }
    await expect(room.getByRole('button', { name: 'Continue' })).toBeVisible();
  }

  // The debrief: the room's path with its votes, beside the recommended path.
  await expect(heading).toHaveText(`Debrief: ${steps.get(end)!.title}`);
  const path = room.locator('section[aria-labelledby="room-path-heading"]');
  for (const move of moves) {
    if (move.kind === 'continue') continue;
    const step = steps.get(move.step)!;
    const options = isChoiceStep(step) ? choiceOptions(step) : step.kind === 'select' ? step.options : [];
    const rows = path.locator(`li[data-step="${move.step}"] tbody tr`);
    await expect(rows).toHaveCount(options.length);
    for (const [i, o] of options.entries()) {
      const row = rows.nth(i);
      await expect(row.locator('th')).toHaveText(`${letter(i)}: ${o.label}`);
      const chosen = move.kind === 'choose' ? o.id === move.option : move.submission.kind === 'select' && move.submission.selected.includes(o.id);
      const n = votesFor.get(move.step)![o.id]!;
      await expect(row.locator('td').first()).toHaveText(`${n} ${n === 1 ? 'vote' : 'votes'}${chosen ? ` (${move.kind === 'choose' ? 'the room’s choice' : 'ticked by the room'})` : ''}`);
    }
  }
  // The recommended path names each best option by the letter the room saw, as the pack does.
  const firstChoice = moves.find((m) => m.kind === 'choose')!;
  const firstOptions = choiceOptions(steps.get(firstChoice.step) as Parameters<typeof choiceOptions>[0]);
  await expect(room.locator('section[aria-labelledby="recommended-heading"]')).toContainText(`${letter(firstOptions.findIndex((o) => o.id === firstChoice.option))}. ${firstChoice.label}`);
  expect(await axeViolations(page), 'axe at the debrief').toEqual([]);

  // The step list jumps anywhere (S), and Back (P) returns along the room's path.
  await page.keyboard.press('s');
  const list = page.getByRole('dialog', { name: 'Steps' });
  await expect(list).toBeVisible();
  await list.getByRole('button', { name: steps.get(scenario.start)!.title }).focus();
  await page.keyboard.press('Enter');
  await expect(list).toBeHidden();
  await expect(heading).toHaveText(steps.get(scenario.start)!.title);
  await expect(heading).toBeFocused();

  expect(await storageWrites(page), 'writes to storage in room mode').toEqual([]);
  expect(await page.evaluate(() => JSON.stringify({ ...localStorage }))).toBe(before);
  expect(errors).toEqual([]);
  expect(foreign).toEqual([]);
});

test('the discussion timer starts and pauses with T', async ({ page }) => {
  // The page's clock is Playwright's, so no real time passes.
  await page.clock.install();
  await page.goto(`/practice/${id}/room/`);
  const room = page.locator('.room');
  await expect(room.locator('#room-heading')).toHaveText(steps.get(scenario.start)!.title);
  await expect(room.locator('[role="timer"]')).toHaveText('3:00');
  // Time stands still from here except when the test moves it on.
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
  await page.keyboard.press('t');
  await expect(room.getByRole('button', { name: 'Pause timer' })).toBeVisible();
  await page.clock.runFor(100); // the effect that ticks the display runs after a frame
  await page.clock.fastForward(65_000);
  await page.clock.runFor(500);
  await expect(room.locator('[role="timer"]')).toHaveText('1:55');
  await page.keyboard.press('t');
  await expect(room.getByRole('button', { name: 'Resume timer' })).toBeVisible();
  await page.clock.fastForward(60_000);
  await page.clock.runFor(500);
  await expect(room.locator('[role="timer"]')).toHaveText('1:55');
});

test('the room’s choices branch the story: the weakest answers reach another ending', async ({ page }) => {
  const best = plan(scenario, 'best');
  const weakest = plan(scenario, 'weakest');
  expect(weakest.end, 'the weakest path ends elsewhere').not.toBe(best.end);
  await page.goto(`/practice/${id}/room/`);
  const room = page.locator('.room');
  const heading = room.locator('h2#room-heading');
  for (const move of weakest.moves) {
    await expect(heading).toHaveText(steps.get(move.step)!.title);
    if (move.kind === 'choose') {
      await page.keyboard.press('r');
      await room.locator(`li.room-option[data-option="${move.option}"]`).getByRole('button', { name: /The room goes with/ }).click();
    } else if (move.kind === 'submit') {
      await page.keyboard.press('r');
      await room.getByRole('button', { name: 'Submit the room’s ticks' }).click();
    } else {
      await page.keyboard.press('n');
    }
  }
  await expect(heading).toHaveText(`Debrief: ${steps.get(weakest.end)!.title}`);
});

for (const size of [{ width: 1920, height: 1080, min: 28 }, { width: 1280, height: 720, min: 20 }]) {
  test(`projector type at ${size.width}x${size.height}: step text at least ${size.min} px`, async ({ page }) => {
    await page.setViewportSize(size);
    await page.goto(`/practice/${id}/room/`);
    const room = page.locator('.room');
    await expect(room.locator('#room-heading')).toHaveText(steps.get(scenario.start)!.title);
    await page.keyboard.press('n');
    await expect(room.locator('#room-heading')).toHaveText(steps.get('offer')!.title);
    await page.keyboard.press('r');
    const sizes = await room.evaluate((el) => ['.room-step > p', '.room-question', '.room-option-label', '.room-reveal p'].map((sel) => {
      const found = el.querySelector(sel);
      return [sel, found ? parseFloat(getComputedStyle(found).fontSize) : 0] as const;
    }));
    for (const [sel, px] of sizes) expect(px, `${sel} font size`).toBeGreaterThanOrEqual(size.min);
  });
}

test('the scenario page links to room mode', async ({ page }) => {
  await page.goto(`/practice/${id}/`);
  const link = page.getByRole('link', { name: 'Run this scenario in room mode' });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page.locator('h1')).toHaveText(`Room mode: ${scenario.title}`);
});

test('sort, scale and write steps: the room’s answer recorded (a scale’s by votes per band), then Reveal shows the guidance’s; the debrief tables them all; nothing is stored', async ({ page }) => {
  test.setTimeout(180_000);
  const other = all.find((s) => s.id === 'recording-signs-of-safety-scaling')!;
  const otherSteps = stepMap(other.scenario);
  const typed = 'The record the room agreed, as the trainer typed it.';
  const byKind = <K extends 'sort' | 'scale' | 'write'>(kind: K) => other.scenario.steps.find((s): s is Extract<typeof s, { kind: K }> => s.kind === kind)!;
  const [sort, scale, write] = [byKind('sort'), byKind('scale'), byKind('write')];
  await watchStorage(page);
  await page.goto(`/practice/${other.id}/room/`);
  const room = page.locator('.room');
  const heading = room.locator('h2#room-heading');
  await expect(heading).toHaveText(other.scenario.steps[0]!.title);
  await page.keyboard.press('n');

  // Sort: where the room puts each statement (one of them wrongly), then Reveal.
  await expect(heading).toHaveText(sort.title);
  await expect(room.locator('.room-reveal')).toHaveCount(0);
  const wrong = sort.groups.find((g) => g.id !== sort.statements[0]!.group)!;
  for (const [i, st] of sort.statements.entries()) await room.locator(`#sort-${sort.id}-${st.id}`).selectOption(i === 0 ? wrong.id : st.group);
  await page.keyboard.press('r');
  await expect(room.locator('.room-reveal')).toHaveCount(sort.statements.length);
  await expect(room.locator(`li[data-statement="${sort.statements[0]!.id}"] .room-reveal`)).toContainText(`the room put it in “${wrong.label}”`);
  expect(await axeViolations(page), 'axe, sort revealed').toEqual([]);
  await room.getByRole('button', { name: 'Go on with the room’s sort' }).click();
  await expect(room.locator('.room-result .rating')).toBeVisible();
  await page.keyboard.press('n');

  // Scale: a hands-up count for each band of scores, lettered from 0 up; Reveal rates every band;
  // the room goes with one, which rates and leads on as a score in it would.
  await expect(heading).toHaveText(scale.title);
  const bands = [...(scale.expected.min > 0 ? ['below'] : []), 'inside', ...(scale.expected.max < 10 ? ['above'] : [])];
  const bandVotes = Object.fromEntries(bands.map((b, i) => [b, b === 'inside' ? 9 : i + 2]));
  await expect(room.locator('li.room-option')).toHaveCount(bands.length);
  await expect(room.locator('li.room-option .room-letter')).toHaveText(bands.map((_, i) => letter(i)));
  await expect(room.locator('li[data-option="inside"] .room-option-label')).toContainText(`Scores ${scale.expected.min} to ${scale.expected.max}`);
  for (const b of bands) await room.locator(`#votes-${scale.id}-${b}`).fill(String(bandVotes[b]));
  await expect(room.locator('.room-reveal')).toHaveCount(0);
  // Each button below goes once pressed: focus moves on to what it shows (WCAG 2.4.3).
  await room.getByRole('button', { name: 'Reveal' }).click();
  await expect(room.locator('.room-reveal')).toHaveCount(bands.length);
  await expect(room.locator('.room-reveal').first()).toBeFocused();
  await expect(room.locator('li[data-option="inside"] .room-reveal')).toContainText('Inside the range the facts support');
  await expect(room.locator('li[data-option="inside"] .room-reveal')).toContainText('9 votes');
  await expect(room.locator('li[data-option="inside"] .room-reveal .rating')).toHaveText('Best');
  expect(await axeViolations(page), 'axe, scale revealed').toEqual([]);
  await room.locator('li[data-option="inside"]').getByRole('button', { name: `The room goes with ${letter(bands.indexOf('inside'))}` }).click();
  await expect(room.locator('li[data-option="inside"]')).toContainText('The room’s choice');
  await expect(room.locator('.room-result .rating')).toHaveText('Best');
  await expect(room.locator('.room-result')).toBeFocused();
  await room.getByRole('button', { name: 'Choose again' }).click();
  await expect(room.locator('.room-reveal').first()).toBeFocused();
  await room.locator('li[data-option="inside"]').getByRole('button', { name: /The room goes with/ }).click();
  await expect(room.locator('.room-result')).toBeFocused();
  await page.keyboard.press('n');

  // The decision and the select step between, as the guidance would answer them.
  const { moves } = plan(other.scenario, 'best');
  for (const move of moves.slice(moves.findIndex((m) => m.step === scale.id) + 2)) {
    if (move.step === write.id) break;
    await expect(heading).toHaveText(otherSteps.get(move.step)!.title);
    if (move.kind === 'continue') await page.keyboard.press('n');
    else if (move.kind === 'choose') {
      await page.keyboard.press('r');
      await room.locator(`li.room-option[data-option="${move.option}"]`).getByRole('button', { name: /The room goes with/ }).click();
    } else {
      await page.keyboard.press('r');
      if (move.submission.kind === 'select') for (const o of move.submission.selected) await room.locator(`#tick-${move.step}-${o}`).check();
      await room.getByRole('button', { name: 'Submit the room’s ticks' }).click();
      await expect(room.locator('.room-result')).toBeFocused();
    }
  }

  // Write: no vote; Reveal shows the model answer and the points to tick; not rated.
  await expect(heading).toHaveText(write.title);
  await expect(room.locator('input[type="number"]')).toHaveCount(0);
  await page.keyboard.press('r');
  await expect(room.getByText('A model answer:')).toBeVisible();
  expect(await axeViolations(page), 'axe, write revealed').toEqual([]);
  for (const box of await room.locator('.room-checks input[type="checkbox"]').all()) await box.check();
  await room.locator(`#write-${write.id}`).fill(typed);
  await room.getByRole('button', { name: 'Go on with the room’s record' }).click();
  await expect(room.getByRole('button', { name: 'Continue' })).toBeFocused(); // not rated: no result to go to
  await expect(room.locator('.room-result')).toHaveCount(0);

  // On to the debrief: a table for each step the room answered, what it entered beside the guidance.
  while (!(await heading.textContent())?.startsWith('Debrief:')) {
    const before = await heading.textContent();
    await page.keyboard.press('n');
    await expect(heading).not.toHaveText(before!);
  }
  const path = room.locator('section[aria-labelledby="room-path-heading"]');
  const sortRows = path.locator(`li[data-step="${sort.id}"] tbody tr`);
  await expect(sortRows).toHaveCount(sort.statements.length);
  await expect(sortRows.first()).toContainText(`A: ${sort.statements[0]!.text}`);
  await expect(sortRows.first()).toContainText(`Put in: ${wrong.label} (not as the guidance says)`);
  await expect(sortRows.first().locator('td').last()).toHaveText(`Belongs in: ${sort.groups.find((g) => g.id === sort.statements[0]!.group)!.label}`);
  const scaleRows = path.locator(`li[data-step="${scale.id}"] tbody tr`);
  await expect(scaleRows).toHaveCount(bands.length);
  for (const [i, b] of bands.entries()) {
    const n = bandVotes[b]!;
    await expect(scaleRows.nth(i).locator('th')).toContainText(`${letter(i)}: `);
    await expect(scaleRows.nth(i).locator('td').first()).toHaveText(`${n} votes${b === 'inside' ? ' (the room’s choice)' : ''}`);
  }
  await expect(scaleRows.nth(bands.indexOf('inside')).locator('td').last()).toContainText('Best');
  // A step the room answered without counts typed says so, rather than leaving the cells blank.
  const between = moves.slice(moves.findIndex((m) => m.step === scale.id) + 2, moves.findIndex((m) => m.step === write.id));
  const unvoted = between.find((m) => m.kind === 'choose');
  if (unvoted) {
    const cells = path.locator(`li[data-step="${unvoted.step}"] tbody tr td:nth-child(2)`);
    await expect(cells.first()).toBeVisible();
    for (const text of await cells.allTextContents()) expect(text).toMatch(/^No votes recorded( \(the room’s choice\))?$/);
  }
  await expect(path.locator(`li[data-step="${scale.id}"]`)).toContainText(`scores ${scale.expected.min} to ${scale.expected.max}`);
  const writeRows = path.locator(`li[data-step="${write.id}"] tbody tr`);
  await expect(writeRows.first()).toContainText(typed);
  await expect(writeRows).toHaveCount(1 + write.checklist.length);
  await expect(writeRows.nth(1)).toContainText('The room’s record has this (as the guidance says)');
  expect(await axeViolations(page), 'axe, the debrief’s tables').toEqual([]);

  expect(await storageWrites(page)).toEqual([]);
});
