// My learning as CPD evidence (issue 10): the briefing buttons, the round trip through a file, the
// printed record, the same-id reflection, storage that fails, large files and a 320 px screen.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';

const briefing = 'contextual-safeguarding';
const scenario = {
  id: 'recording-fact-and-opinion', title: 'A recorded scenario', completedAt: '2026-11-20T10:00:00.000Z', seconds: 600, outcome: 'A clear record',
  path: [{ title: 'Fact or opinion', answer: 'Wrote what was seen and said', rating: 'best' }, { title: 'Who to tell', answer: 'The designated safeguarding lead', rating: 'acceptable' }],
};
const record = (extra: object = {}) => ({ format: 1, scenarios: [scenario], briefings: [], reflections: [], ...extra });
const stored = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('hct:learning') ?? 'null'));
const seed = async (page: Page, r: object) => {
  await page.goto('/my-learning/');
  await page.evaluate((x) => localStorage.setItem('hct:learning', JSON.stringify(x)), r);
  await page.reload();
};
const status = (page: Page) => page.getByRole('main').getByRole('status');

test('a learner reads a briefing, reflects, exports, clears, imports and sees the same record', async ({ page }) => {
  await page.goto(`/briefings/${briefing}/`);
  await page.getByRole('button', { name: 'I read this' }).click();
  await expect(page.locator('main [data-status]')).toContainText('Added to My learning: read on');

  await page.goto('/my-learning/');
  const title = (await stored(page)).briefings[0].title as string;
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  await page.getByLabel(/Add a reflection/).fill('Ask who else knows the young person.');
  await page.getByRole('button', { name: 'Add reflection' }).click();
  await expect(status(page)).toHaveText('Reflection added.');
  const before = await stored(page);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to a file' }).click();
  const file = await (await download).path();

  await page.getByRole('button', { name: 'Clear my record' }).click();
  await page.getByRole('button', { name: 'Yes, clear everything' }).click();
  await expect(status(page)).toHaveText('Your learning record has been cleared.');
  await expect(page.getByText('Ask who else knows the young person.')).toHaveCount(0);

  await page.getByLabel(/Import a file/).setInputFiles(file);
  await expect(status(page)).toHaveText('Imported 2 entries.');
  expect(await stored(page)).toEqual(before);
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  await expect(page.locator('.no-print').getByText('Ask who else knows the young person.')).toBeVisible();
});

test('the presenter view offers the buttons with its last part, and a team meeting is recorded', async ({ page }) => {
  await page.goto(`/briefings/${briefing}/present/`);
  const team = page.getByRole('button', { name: 'We used this in a team meeting' });
  await expect(team).toBeHidden();
  await page.keyboard.press('7');
  await team.click();
  await expect(page.locator('main [data-status]')).toContainText('used in a team meeting');
  expect((await stored(page)).briefings).toEqual([expect.objectContaining({ slug: briefing, use: 'team' })]);
});

test('the printed CPD record has the name, every entry with its decisions, and a sign-off box, and no messages', async ({ page }) => {
  await seed(page, record({ reflections: [{ id: 'r1', text: 'Facts first.', writtenAt: '2026-11-21T10:00:00.000Z' }] }));
  await page.getByLabel('Your name').fill('Sam Example');
  await page.getByLabel('Your role').fill('Early Help practitioner');
  await page.getByRole('button', { name: 'Save your details' }).click();
  await expect(status(page)).toHaveText('Your details are saved on this device.');

  await page.emulateMedia({ media: 'print' });
  const printout = page.locator('.cpd-print');
  await expect(printout).toBeVisible();
  await expect(printout).toContainText('Sam Example');
  await expect(printout).toContainText('Early Help practitioner');
  await expect(printout).toContainText('A recorded scenario');
  await expect(printout).toContainText('Time spent: 10 minutes');
  await expect(printout.getByText('Who to tell: The designated safeguarding lead (acceptable)')).toBeVisible();
  await expect(printout.getByText('Facts first.')).toBeVisible();
  const signoff = printout.locator('.cpd-signoff');
  await expect(signoff).toBeVisible();
  for (const field of ['Name', 'Role', 'Date', 'Signature']) await expect(signoff.getByText(field, { exact: true })).toBeVisible();
  await expect(page.getByRole('main').getByRole('status')).toBeHidden();
  // Built without SITE_URL: no address at all, not even the one the page was opened at.
  await expect(page.locator('.print-footer')).toBeHidden();
  expect(await printout.innerText()).not.toContain('127.0.0.1');
});

test('a reflection with the same id as an imported one: deleting it keeps the other', async ({ page }) => {
  await seed(page, record({ reflections: [{ id: 'r1', text: 'Written on this device.', writtenAt: '2026-11-22T10:00:00.000Z' }] }));
  const other = record({ scenarios: [], reflections: [{ id: 'r1', text: 'Written on another device.', writtenAt: '2026-11-21T10:00:00.000Z' }] });
  await page.getByLabel(/Import a file/).setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(other)) });
  await expect(status(page)).toHaveText('Imported 1 entry.');
  await page.getByRole('listitem').filter({ hasText: 'Written on this device.' }).getByRole('button', { name: /Delete this reflection/ }).click();
  await expect(status(page)).toHaveText('Reflection deleted.');
  await expect(page.locator('.no-print').getByText('Written on another device.')).toBeVisible();
  expect((await stored(page)).reflections.map((r: { text: string }) => r.text)).toEqual(['Written on another device.']);
});

test('when reading storage throws, the damaged record can still be downloaded once it can be read', async ({ page }) => {
  await page.addInitScript(() => {
    const read = Storage.prototype.getItem;
    Object.assign(globalThis, { refuseReads: true });
    Storage.prototype.getItem = function (this: Storage, key: string) {
      if (Reflect.get(globalThis, 'refuseReads')) throw new DOMException('refused', 'SecurityError');
      return read.call(this, key);
    };
  });
  await page.goto('/my-learning/');
  await page.evaluate(() => localStorage.setItem('hct:learning', '{"format":1,"scenarios":'));
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('could not be read');
  await page.evaluate(() => Object.assign(globalThis, { refuseReads: false }));
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the damaged record' }).click();
  expect(await readFile(await (await download).path(), 'utf8')).toBe('{"format":1,"scenarios":');
});

test('when localStorage throws, Clear says it could not clear', async ({ page }) => {
  await seed(page, record());
  await page.evaluate(() => {
    Storage.prototype.removeItem = () => { throw new DOMException('refused', 'SecurityError'); };
    Storage.prototype.setItem = () => { throw new DOMException('refused', 'SecurityError'); };
  });
  await page.getByRole('button', { name: 'Clear my record' }).click();
  await page.getByRole('button', { name: 'Yes, clear everything' }).click();
  await expect(page.getByRole('alert')).toContainText('could not be cleared');
  await expect(page.getByRole('main').getByText('has been cleared')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'A recorded scenario' })).toBeVisible();
});

test('a record in a newer format says so, stored or imported', async ({ page }) => {
  await seed(page, { format: 2, entries: [] });
  await expect(page.getByRole('alert')).toContainText('newer version of this site (format 2)');
  await expect(page.getByRole('alert')).not.toContainText('not a learning record');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByLabel(/Import a file/).setInputFiles({ name: 'newer.json', mimeType: 'application/json', buffer: Buffer.from('{"format":3}') });
  await expect(page.getByRole('alert')).toContainText('exported by a newer version of this site (format 3)');
});

test('an oversized file is refused before it is read, naming the limit', async ({ page }) => {
  await seed(page, record());
  await page.getByLabel(/Import a file/).setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(6 * 1024 * 1024, 32) });
  await expect(page.getByRole('alert')).toContainText('at most 5 MB');
  expect(await stored(page)).toEqual(record());
});

test('a long record is shown a page at a time, and the xAPI export is valid statements', async ({ page }) => {
  const reflections = Array.from({ length: 120 }, (_, i) => ({ id: `r${i}`, text: `Reflection ${i}`, writtenAt: '2026-11-22T10:00:00.000Z' }));
  await seed(page, record({ reflections }));
  await expect(page.getByText('Showing 1 to 50 of 120 reflections.')).toBeVisible();
  await page.getByRole('button', { name: 'Next 50' }).last().click();
  await expect(page.getByText('Showing 51 to 100 of 120 reflections.')).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export as xAPI statements' }).click();
  const statements = JSON.parse(await readFile(await (await download).path(), 'utf8'));
  expect(statements).toHaveLength(121);
  expect(statements[0]).toMatchObject({ verb: { id: 'http://adlnet.gov/expapi/verbs/completed' }, actor: { objectType: 'Agent', account: { name: expect.any(String) } } });
});

test('no sideways scrolling at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await seed(page, record());
  await expect(page.getByLabel(/Import a file/)).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('a record too large to print with the page is printed in full when the browser is about to print', async ({ page }) => {
  const reflections = Array.from({ length: 600 }, (_, i) => ({ id: `r${i}`, text: `Reflection number ${i}`, writtenAt: '2026-11-22T10:00:00.000Z' }));
  await seed(page, record({ reflections }));
  await expect(page.getByText('Showing 1 to 50 of 600 reflections.')).toBeVisible();
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.cpd-print').getByText('Reflection number 599', { exact: true })).toBeVisible();
  await expect(page.locator('.cpd-print')).toContainText('Reflections (600)');
});
