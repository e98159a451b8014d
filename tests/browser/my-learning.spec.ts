import { expect, test } from '@playwright/test';

const entry = { id: 'recording-fact-and-opinion', title: 'A recorded scenario', completedAt: '2026-11-20T10:00:00.000Z', outcome: 'A clear record', path: [{ title: 'Fact or opinion', answer: 'All sorted', rating: 'best' }] };
const record = { format: 1, scenarios: [entry], briefings: [], reflections: [] };

test('shows the record, adds a reflection, exports, and clears after confirming', async ({ page }) => {
  await page.goto('/my-learning/');
  await page.evaluate((r) => localStorage.setItem('hct:learning', JSON.stringify(r)), record);
  await page.reload();
  await expect(page.getByText('Your learning record needs JavaScript')).toBeHidden();
  await expect(page.getByRole('link', { name: 'A recorded scenario' })).toBeVisible();

  await page.getByLabel(/Add a reflection/).fill('Separate fact from opinion.');
  await page.getByRole('button', { name: 'Add reflection' }).click();
  await expect(page.getByRole('main').getByRole('status')).toHaveText('Reflection added.');
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('hct:learning')!));
  expect(stored.reflections[0].text).toBe('Separate fact from opinion.');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to a file' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^my-learning-\d{4}-\d{2}-\d{2}\.json$/);

  await page.getByRole('button', { name: 'Clear my record' }).click();
  await page.getByRole('button', { name: 'Yes, clear everything' }).click();
  await expect(page.getByRole('main').getByRole('status')).toHaveText('Your learning record has been cleared.');
  expect(await page.evaluate(() => localStorage.getItem('hct:learning'))).toBeNull();
  await expect(page.getByRole('link', { name: 'A recorded scenario' })).toHaveCount(0);
});

test('an unreadable import file is rejected with a clear message and nothing is lost', async ({ page }) => {
  await page.goto('/my-learning/');
  await page.evaluate((r) => localStorage.setItem('hct:learning', JSON.stringify(r)), record);
  await page.reload();
  await page.getByLabel(/Import a file/).setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format":1,"scenarios":[{"id":1}]') });
  await expect(page.getByRole('alert')).toContainText('could not be imported');
  await expect(page.getByRole('alert')).toContainText('Nothing has changed');
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem('hct:learning')!))).toEqual(record);

  const extra = { ...record, scenarios: [{ ...entry, title: 'Another one', completedAt: '2026-11-21T10:00:00.000Z' }] };
  await page.getByLabel(/Import a file/).setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(extra)) });
  await expect(page.getByRole('main').getByRole('status')).toHaveText('Imported 1 entry.');
  await expect(page.getByRole('link', { name: 'Another one' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'A recorded scenario' })).toBeVisible();
});

test('a damaged record is reported and left as it is', async ({ page }) => {
  await page.goto('/my-learning/');
  await page.evaluate(() => localStorage.setItem('hct:learning', '{damaged'));
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('could not be read');
  await page.getByLabel(/Add a reflection/).fill('x');
  await page.getByRole('button', { name: 'Add reflection' }).click();
  expect(await page.evaluate(() => localStorage.getItem('hct:learning'))).toBe('{damaged');
});

test('a change made elsewhere (another tab) is kept when a reflection is added here', async ({ page }) => {
  await page.goto('/my-learning/');
  await page.evaluate((r) => localStorage.setItem('hct:learning', JSON.stringify(r)), record);
  await page.reload();
  // Another tab finishes a scenario while this page is open.
  await page.evaluate((e) => {
    const r = JSON.parse(localStorage.getItem('hct:learning')!);
    r.scenarios.push({ ...e, title: 'Finished in another tab' });
    localStorage.setItem('hct:learning', JSON.stringify(r));
  }, entry);
  await page.getByLabel(/Add a reflection/).fill('Keep both.');
  await page.getByRole('button', { name: 'Add reflection' }).click();
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('hct:learning')!));
  expect(stored.scenarios.map((s: { title: string }) => s.title)).toEqual(['A recorded scenario', 'Finished in another tab']);
  expect(stored.reflections[0].text).toBe('Keep both.');
  await expect(page.getByRole('link', { name: 'Finished in another tab' })).toBeVisible();
});
