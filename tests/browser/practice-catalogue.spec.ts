import { expect, test } from '@playwright/test';
import { loadScenarioFiles } from '../../src/scenarios/build/load';

// The practice catalogue (/practice/) filters by skill and type of support; guidance pages and
// briefings list the scenarios that practise them. Counts come from content/scenarios/, so the
// tests follow the library as it grows.
const all = loadScenarioFiles();
const count = (skill: string, support?: string) =>
  all.filter(({ scenario: s }) => s.skill === skill && (!support || (s.support as readonly string[]).includes(support))).length;

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every scenario is listed, grouped by skill, and the filter is not shown', async ({ page }) => {
    await page.goto('/practice/');
    await expect(page.locator('form[data-module="practice-filter"]')).toBeHidden();
    await expect(page.locator('[data-scenario-skill]:visible')).toHaveCount(all.length);
  });
});

test('filters by skill, then by type of support, keeps the choice in the address, and shows all again', async ({ page }) => {
  await page.goto('/practice/');
  const form = page.locator('form[data-module="practice-filter"]');
  await expect(form).toBeVisible();

  await form.getByLabel('Skill').selectOption('threshold');
  const thresholds = count('threshold');
  await expect(page.locator('[data-scenario-skill]:visible')).toHaveCount(thresholds);
  await expect(page.locator('[data-scenario-skill="threshold"]:visible')).toHaveCount(thresholds);
  await expect(page.getByRole('heading', { name: 'Recording', level: 2 })).toBeHidden();
  await expect(form.getByRole('status')).toHaveText(`Showing ${thresholds} scenarios practising threshold.`);

  await form.getByLabel('Type of support').selectOption('Universal');
  await expect(page.locator('[data-scenario-skill]:visible')).toHaveCount(count('threshold', 'Universal'));
  await expect(page).toHaveURL(/\/practice\/\?skill=threshold&support=Universal$/);

  // A shared link opens the same view.
  await page.reload();
  await expect(form.getByLabel('Type of support')).toHaveValue('Universal');
  await expect(page.locator('[data-scenario-skill]:visible')).toHaveCount(count('threshold', 'Universal'));

  await form.getByRole('button', { name: 'Show all scenarios' }).click();
  await expect(page.locator('[data-scenario-skill]:visible')).toHaveCount(all.length);
  await expect(page).toHaveURL(/\/practice\/$/);
});

test('a guidance page lists the scenarios that rest on it, and a briefing the scenarios that send learners to it', async ({ page }) => {
  const { id, scenario } = all.find(({ scenario: s }) => s.guidance.length > 0)!;
  await page.goto(`/guidance/${scenario.guidance[0]!.page}/`);
  const practise = page.getByRole('region', { name: 'Practise this' });
  await expect(practise.getByRole('link', { name: scenario.title })).toHaveAttribute('href', `/practice/${id}/`);

  const withBriefing = all.find(({ scenario: s }) => s.steps.some((st) => st.kind === 'debrief' && st.briefings.length > 0))!;
  const debrief = withBriefing.scenario.steps.find((st) => st.kind === 'debrief' && st.briefings.length > 0)!;
  if (debrief.kind !== 'debrief') throw new Error('not a debrief');
  await page.goto(`/briefings/${debrief.briefings[0]}/`);
  await expect(page.getByRole('region', { name: 'Practise this' }).getByRole('link', { name: withBriefing.scenario.title })).toBeVisible();
});
