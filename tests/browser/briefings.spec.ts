import { expect, test } from '@playwright/test';

// 7-minute briefings: the presenter view (keyboard, timer, hash), print, and the topic filter.
const slug = 'signs-of-safety';
const present = `/briefings/${slug}/present/`;
const part = (page: import('@playwright/test').Page, n: number) => page.locator(`.briefing-part[data-part="${n}"]`);

test.describe('presenter view', () => {
  test('moves part by part by keyboard, and keeps the part in the address', async ({ page }) => {
    await page.goto(present);
    await expect(part(page, 1)).toBeVisible();
    await expect(part(page, 2)).toBeHidden();
    await expect(page.locator('[data-position]')).toHaveText('Part 1 of 7: Background');

    await page.keyboard.press('ArrowRight');
    await expect(part(page, 2)).toBeVisible();
    await expect(part(page, 1)).toBeHidden();
    await page.keyboard.press('PageDown');
    await expect(part(page, 3)).toBeVisible();
    await page.keyboard.press(' ');
    await expect(part(page, 4)).toBeVisible();
    await page.keyboard.press('ArrowLeft');
    await expect(part(page, 3)).toBeVisible();
    await page.keyboard.press('PageUp');
    await expect(part(page, 2)).toBeVisible();
    await expect(page).toHaveURL(/#part-2$/);
    await expect(page.locator('[data-position]')).toHaveText('Part 2 of 7: Why it matters');

    await page.keyboard.press('End');
    await expect(part(page, 7)).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(part(page, 7)).toBeVisible();

    // The way back to the normal page keeps the part.
    const back = page.getByRole('link', { name: 'Back to the briefing' });
    await expect(back).toHaveAttribute('href', `/briefings/${slug}/#part-7`);
    await back.click();
    await expect(page).toHaveURL(new RegExp(`/briefings/${slug}/#part-7$`));
    await expect(page.locator('#part-7')).toBeInViewport();
  });

  test('opens at the part named in the link', async ({ page }) => {
    await page.goto(`${present}#part-5`);
    await expect(part(page, 5)).toBeVisible();
    await expect(part(page, 4)).toBeHidden();
    await expect(page.getByRole('button', { name: 'Next part' })).toBeInViewport();
  });

  test('the buttons work too, and a focused button is not pressed twice by space', async ({ page }) => {
    await page.goto(present);
    const next = page.getByRole('button', { name: 'Next part' });
    await next.click();
    await expect(part(page, 2)).toBeVisible();
    await next.focus();
    await page.keyboard.press(' ');
    await expect(part(page, 3)).toBeVisible();
    await page.getByRole('button', { name: 'Previous part' }).click();
    await expect(part(page, 2)).toBeVisible();
  });

  test('the seven-minute timer runs and paces one minute a part', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-11-22T10:00:00Z') });
    // Time moves only when the test says, so that a slow machine cannot add a second.
    await page.clock.pauseAt(new Date('2026-11-22T10:00:01Z'));
    await page.goto(present);
    const clock = page.locator('[role="timer"]');
    const paceText = page.locator('[data-pace]');
    await expect(clock).toHaveText('0:00');
    await expect(paceText).toContainText('Start the timer');

    await page.getByRole('button', { name: 'Start timer' }).click();
    await page.clock.runFor(30_000);
    await expect(clock).toHaveText('0:30');
    await expect(paceText).toHaveText('On time: part 1 is due now.');

    await page.clock.runFor(35_000);
    await expect(clock).toHaveText('1:05');
    await expect(paceText).toHaveText('Behind by 1 part: part 2 is due now.');
    await expect(paceText).toHaveAttribute('data-state', 'behind');

    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(paceText).toHaveText('Ahead by 1 part: part 2 is due now.');

    // T pauses: the clock holds.
    await page.keyboard.press('t');
    await expect(page.getByRole('button', { name: 'Resume timer' })).toBeVisible();
    await page.clock.runFor(60_000);
    await expect(clock).toHaveText('1:05');

    await page.keyboard.press('t');
    await page.clock.runFor(6 * 60_000);
    await expect(clock).toHaveText('7:05');
    await expect(paceText).toHaveText('Time is up (7:00).');

    await page.getByRole('button', { name: 'Reset timer' }).click();
    await expect(clock).toHaveText('0:00');
    await expect(page.getByRole('button', { name: 'Start timer' })).toBeVisible();
  });

  test('without JavaScript shows every part in large type', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(present);
    for (let n = 1; n <= 7; n++) await expect(part(page, n)).toBeVisible();
    await expect(page.locator('.presenter-controls')).toBeHidden();
    await expect(page.locator('.presenter-keys')).toBeHidden();
    await expect(page.getByText('All seven parts are shown below in large type')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Back to the briefing' })).toBeVisible();
    await context.close();
  });

  test('with JavaScript the controls and keys replace the note for readers without it', async ({ page }) => {
    await page.goto(present);
    await expect(page.locator('.presenter-controls')).toBeVisible();
    await expect(page.locator('.presenter-keys')).toBeVisible();
    await expect(page.getByText('All seven parts are shown below in large type')).toBeHidden();
  });
});

test('the print button shows only when JavaScript can use it', async ({ browser, page }) => {
  await page.goto(`/briefings/${slug}/`);
  await expect(page.getByRole('button', { name: 'Print this briefing' })).toBeVisible();
  const context = await browser.newContext({ javaScriptEnabled: false });
  const noJs = await context.newPage();
  await noJs.goto(`/briefings/${slug}/`);
  await expect(noJs.getByRole('button', { name: 'Print this briefing' })).toBeHidden();
  await context.close();
});

test('a briefing prints with the seven parts, its sources, the team record box, the address and the date', async ({ page }) => {
  await page.goto(`/briefings/${slug}/`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header.site-header')).toBeHidden();
  await expect(page.locator('nav[aria-label="Breadcrumb"]')).toBeHidden();
  await expect(page.getByRole('link', { name: 'Present this briefing' })).toBeHidden();
  for (let n = 1; n <= 7; n++) await expect(part(page, n)).toBeVisible();
  // The parts print in two columns (1 to 3 down the left, 4 to 6 down the right): 1 and 4 side by side.
  const [one, four] = await Promise.all([part(page, 1).boundingBox(), part(page, 4).boundingBox()]);
  expect(four!.x).toBeGreaterThan(one!.x + one!.width - 1);
  await expect(page.locator('.source-note')).toContainText('Helping Children Thrive 2020');
  const record = page.locator('.team-record');
  await expect(record).toContainText('How our team used this briefing');
  await expect(record.getByText('Actions agreed')).toBeVisible();
  await expect(record.getByText('Team', { exact: true })).toBeVisible();
  const footer = page.locator('.print-footer');
  await expect(footer).toBeVisible();
  await expect(footer).toContainText(`/briefings/${slug}/`);
  const today = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  await expect(footer).toContainText(today);
});

test.describe('briefings index', () => {
  test('filters by topic, and links to a filtered list', async ({ page }) => {
    await page.goto('/briefings/');
    const items = page.locator('.briefing-list > li');
    const total = await items.count();
    expect(total).toBeGreaterThanOrEqual(12);
    await page.getByRole('radio', { name: 'Allegations against staff' }).check();
    await expect(items.filter({ visible: true })).toHaveCount(1);
    await expect(page.locator('[data-filter-status]')).toHaveText('Showing 1 of ' + total + ' briefings about Allegations against staff.');
    await expect(page).toHaveURL(/\?topic=allegations$/);
    await page.getByRole('radio', { name: 'All topics' }).check();
    await expect(items.filter({ visible: true })).toHaveCount(total);

    await page.goto('/briefings/?topic=recording');
    await expect(page.getByRole('radio', { name: 'Recording' })).toBeChecked();
    const shown = await items.filter({ visible: true }).count();
    expect(shown).toBeGreaterThan(1);
    expect(shown).toBeLessThan(total);
  });

  test('without JavaScript lists every briefing and no filter', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/briefings/?topic=recording');
    const items = page.locator('.briefing-list > li');
    expect(await items.count()).toBeGreaterThanOrEqual(12);
    await expect(items.filter({ visible: true })).toHaveCount(await items.count());
    await expect(page.locator('[data-module="topic-filter"]')).toBeHidden();
    await context.close();
  });
});
