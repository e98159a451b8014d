import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { parse } from 'node-html-parser';
import { axeViolations, setTextSize, sidewaysOverflow, watchPage } from '../support/browser';
import { fullCheckSample, scenarioPage, type ScenarioPageKind } from '../support/page-sample';
import { sitemapPaths } from '../support/site';

// Every page in the sitemap, plus the 404 page: accessibility, console, origin, CSP, emergency strip,
// and no sideways scrolling at 320 px or at 200 % text (measured on the same page load, after resizing).
const allPaths = [...sitemapPaths(), '/this-page-does-not-exist/'];

// Scenario pages are three templates filled with twenty scenarios: the full check below runs on a
// sample that shows every part of each (tests/support/page-sample.ts); the rest get a quick check.
const sample = fullCheckSample();
const fullCheck = (path: string) => {
  const page = scenarioPage(path);
  return !page || sample[page.kind].has(page.id);
};
const paths = allPaths.filter(fullCheck);
const quickPaths = allPaths.filter((path) => !fullCheck(path));

/** What each kind of scenario page must show before its script runs: its heading and its body. */
const quickChecks: Record<ScenarioPageKind, { heading: RegExp; body: string }> = {
  scenario: { heading: /^\S/, body: '[data-module="scenario-player"] astro-island' },
  room: { heading: /^Room mode: \S/, body: '[data-module="scenario-room"] astro-island' },
  pack: { heading: /^Facilitator pack: \S/, body: 'article.pack figure svg' },
};

test('every other scenario page is served with the frame, the policy, its heading and its body', async ({ request }) => {
  expect(quickPaths.length, 'scenario pages outside the sample').toBeGreaterThan(0);
  for (const path of quickPaths) {
    const { kind } = scenarioPage(path)!;
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const html = parse(await response.text());
    expect(html.querySelector('meta[http-equiv="content-security-policy"]'), `${path}: content security policy`).not.toBeNull();
    expect(html.querySelector('aside.emergency .emergency-full')?.textContent, `${path}: emergency line`).toContain('In an emergency always dial 999');
    expect(html.querySelectorAll('h1').map((h) => h.textContent.trim()), `${path}: one heading`).toEqual([expect.stringMatching(quickChecks[kind].heading)]);
    expect(html.querySelector(quickChecks[kind].body), `${path}: ${quickChecks[kind].body}`).not.toBeNull();
  }
});

for (const path of paths) {
  test(`page ${path}`, async ({ page, baseURL }) => {
    const { errors, foreign } = watchPage(page, baseURL!);

    const missing = path.startsWith('/this-page-does-not');
    const response = await page.goto(path, { waitUntil: 'networkidle' });
    expect(response?.status(), 'status').toBe(missing ? 404 : 200);
    // The 404 page's own status is reported as a console error; nothing else may be.
    const own404 = 'Failed to load resource: the server responded with a status of 404 (Not Found)';
    if (missing && errors.includes(own404)) errors.splice(errors.indexOf(own404), 1);

    const csp = page.locator('meta[http-equiv="content-security-policy"]');
    await expect(csp).toHaveCount(1);
    const policy = (await csp.getAttribute('content')) ?? '';
    expect(policy).toContain("default-src 'self'");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);

    // The emergency line. The presenter view shows the short one in a thin band (the full
    // instruction a link away, as on phones; tests/browser/presenter.spec.ts); every other page the
    // full line on wide screens (phones get the short one, tests/browser/frame.spec.ts).
    if (path.endsWith('/present/')) {
      const short = page.locator('aside.emergency .emergency-short');
      await expect(short).toBeVisible();
      expect(await short.locator('a[href="tel:999"]').count(), '999 tap-to-call').toBeGreaterThanOrEqual(2);
      await expect(short.locator('a[href="tel:+441514432600"]')).toHaveCount(1);
      await expect(short).toContainText(/999 and MASH 0151 443 2600/);
      await expect(short.getByRole('link', { name: 'What to do' })).toHaveAttribute('href', '/contacts/#emergency');
    } else {
      const strip = page.locator('aside.emergency .emergency-full');
      await expect(strip).toBeVisible();
      // The guidance's instruction (HCT 2020 pages 22-23, 32-33): 999 always in an emergency; for a
      // child who may be in immediate need of protection, the police AND MASH, then a MARF in 48 hours.
      expect(await strip.locator('a[href="tel:999"]').count(), '999 tap-to-call').toBeGreaterThanOrEqual(1);
      await expect(strip.locator('a[href="tel:+441514432600"]')).toHaveText('0151 443 2600');
      await expect(strip).toContainText('In an emergency always dial 999');
      await expect(strip).toContainText(/police on 999 and MASH on 0151 443 2600 \(then option 1, then option 1\)/);
      await expect(strip).toContainText('Multi-Agency Referral Form (MARF) within 48 hours');
      await expect(strip.locator('a[href="/guidance/making-a-referral/"]')).toHaveCount(1);
    }

    expect(await axeViolations(page), 'axe violations').toEqual([]);

    // No sideways scrolling at 320 px, nor at 200 % text on a 375 px phone (WCAG 1.4.4, 1.4.10).
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await sidewaysOverflow(page), 'sideways scrolling at 320 px (px)').toBeLessThanOrEqual(0);
    const bodyText = () => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    const normal = await bodyText();
    await page.setViewportSize({ width: 375, height: 667 });
    await setTextSize(page, 200);
    expect(await bodyText(), 'text at 200 %').toBe(normal * 2);
    expect(await sidewaysOverflow(page), 'sideways scrolling at 200 % text (px)').toBeLessThanOrEqual(0);

    expect(errors, 'console errors').toEqual([]);
    expect(foreign, 'requests to other origins').toEqual([]);
  });
}

test('dark mode has no contrast failures on the home page and a guidance page', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  for (const path of ['/', '/guidance/', '/contacts/']) {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(['wcag2aa']).analyze();
    expect(results.violations.map((v) => `${path} ${v.id}`)).toEqual([]);
  }
});
