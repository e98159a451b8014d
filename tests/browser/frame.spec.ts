import { expect, test, type Locator, type Page } from '@playwright/test';
import { sitemapPaths } from '../support/site';

// The frame every page shares (src/layouts/): skip link, the bar and its menu, the emergency line,
// breadcrumbs, print, and the wide layout of guidance pages. Sideways scrolling is checked on every
// page in every-page.spec.ts; Exit this page in exit-this-page.spec.ts.

test('the skip link is the first tab stop and moves focus to the main content', async ({ page }) => {
  await page.goto('/guidance/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
});

// One page of each kind, found in the sitemap so that renaming a page does not break the test.
const all = sitemapPaths();
const first = (pattern: RegExp) => {
  const path = all.find((p) => pattern.test(p));
  if (!path) throw new Error(`no page in the sitemap matches ${pattern}`);
  return path;
};
const kinds: Record<string, string> = {
  home: '/',
  guidance: first(/^\/guidance\/[^/]+\/$/),
  briefing: first(/^\/briefings\/[^/]+\/$/),
  presenter: first(/^\/briefings\/[^/]+\/present\/$/),
  case: first(/^\/cases\/[^/]+\/$/),
  scenario: first(/^\/practice\/[^/]+\/$/),
  contacts: '/contacts/',
  glossary: '/glossary/',
  thresholds: first(/^\/thresholds\/$/),
  search: '/search/',
  'my learning': '/my-learning/',
  about: '/about/',
  'not found': '/this-page-does-not-exist/',
};

/** The box of each element, in the page's own coordinates. */
async function boxes(list: Locator) {
  const out = [];
  for (const el of await list.all()) {
    const box = await el.boundingBox();
    if (box) out.push({ href: await el.getAttribute('href'), ...box });
  }
  return out;
}

/** The phone emergency line: both numbers, 44 px targets, and no overlap between different numbers. */
async function checkPhoneEmergencyLine(page: Page, label: string) {
  const line = page.locator('aside.emergency .emergency-short');
  await expect(line, label).toBeVisible();
  await expect(page.locator('aside.emergency .emergency-full'), label).toBeHidden();
  await expect(line).toContainText('Emergency: dial 999.');
  await expect(line).toContainText(/Child may need protection now:\s*999 and MASH 0151 443 2600/);
  await expect(line.getByRole('link', { name: 'What to do' })).toHaveAttribute('href', '/contacts/#emergency');
  const targets = await boxes(line.locator('a[href^="tel:"]'));
  expect(targets.map((t) => t.href).sort(), label).toEqual(['tel:+441514432600', 'tel:999', 'tel:999']);
  for (const t of targets) {
    expect(t.width, `${label} ${t.href} width`).toBeGreaterThanOrEqual(44);
    expect(t.height, `${label} ${t.href} height`).toBeGreaterThanOrEqual(44);
  }
  // A tap meant for 999 must never land on MASH, and the other way round.
  for (const a of targets) {
    for (const b of targets) {
      if (a.href === b.href) continue;
      const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
      expect(overlap, `${label}: ${a.href} and ${b.href} targets overlap`).toBe(false);
    }
  }
}

for (const [kind, path] of Object.entries(kinds)) {
  test(`on phones the ${kind} page's heading starts in the top 40 % of the first screen (${path})`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 667 });
    await page.goto(path);
    const heading = page.locator('main h1');
    await expect(heading).toHaveCount(1);
    for (const [width, height] of [[375, 667], [320, 568]] as const) {
      await page.setViewportSize({ width, height });
      const top = await heading.evaluate((h) => h.getBoundingClientRect().top);
      expect(top, `${width}x${height}: heading top (px)`).toBeLessThan(height * 0.4);
      await checkPhoneEmergencyLine(page, `${width}x${height}`);
    }
  });
}

test.describe('the menu without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 375, height: 667 } });
  test('opens and leads to the sections; no dead search button', async ({ page }) => {
    await page.goto('/guidance/');
    await expect(page.locator('.primary-nav')).toBeHidden();
    const menu = page.locator('header summary', { hasText: 'Menu' });
    await expect(menu).toBeVisible();
    const contacts = page.locator('.site-menu-panel').getByRole('link', { name: 'Contacts' });
    await expect(contacts).toBeHidden();
    await menu.click();
    await expect(page.locator('.site-menu-panel').getByRole('link', { name: 'Guidance' })).toHaveAttribute('aria-current', 'page');
    await contacts.click();
    await expect(page).toHaveURL(/\/contacts\/$/);
    // Search is a link to the search page; the button that needs JavaScript does not show.
    await expect(page.locator('header').getByRole('link', { name: 'Search' })).toBeVisible();
    await expect(page.locator('header button', { hasText: 'Search' })).toBeHidden();
  });
});

test('the menu with JavaScript: Escape closes it and returns focus; wide screens show the links instead', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await page.goto('/guidance/');
  const menu = page.locator('details.site-menu');
  await expect(menu).toHaveAttribute('data-module-started', '');
  const button = menu.locator('summary');
  await button.click();
  await expect(menu).toHaveAttribute('open', '');
  const first = menu.getByRole('link', { name: 'Guidance' });
  await expect(first).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).not.toHaveAttribute('open');
  await expect(button).toBeFocused();
  // A click elsewhere (below the open menu) closes it too.
  await button.click();
  await expect(menu).toHaveAttribute('open', '');
  const panel = (await menu.locator('nav').boundingBox())!;
  await page.mouse.click(200, Math.min(panel.y + panel.height + 40, 660));
  await expect(menu).not.toHaveAttribute('open');
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(menu).toBeHidden();
  await expect(page.locator('.primary-nav').getByRole('link', { name: 'Contacts' })).toBeVisible();
});

test('tap-to-call numbers on the contacts page are at least 44 by 44 px on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 568 });
  await page.goto('/contacts/');
  const targets = await boxes(page.locator('main a[href^="tel:"]'));
  expect(targets.length).toBeGreaterThanOrEqual(4);
  for (const t of targets) {
    expect(t.width, `${t.href} width`).toBeGreaterThanOrEqual(44);
    expect(t.height, `${t.href} height`).toBeGreaterThanOrEqual(44);
  }
});

test('on wide screens a guidance page shows the contents beside the text and keeps "On this page" in view', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(kinds.guidance!);
  const contents = page.locator('nav.guidance-contents');
  const article = page.locator('article.guidance-article');
  const toc = page.locator('article.guidance-article nav.toc');
  await expect(contents).toBeVisible();
  await expect(contents.locator('a[aria-current="page"]')).toHaveAttribute('href', kinds.guidance!);
  const [c, a, t] = [await contents.boundingBox(), await article.locator('h1').boundingBox(), await toc.boundingBox()];
  expect(c!.x + c!.width).toBeLessThanOrEqual(a!.x);
  expect(t!.x).toBeGreaterThanOrEqual(a!.x + a!.width - 1);
  // Scroll to the second section: "On this page" is still in view, with that section marked.
  const target = (await toc.locator('a').nth(1).getAttribute('href'))!;
  await page.locator(target).evaluate((h) => h.scrollIntoView({ block: 'start' }));
  await expect(toc).toBeInViewport();
  await expect(toc.locator('a[aria-current="true"]')).toHaveAttribute('href', target);
  await expect(toc.locator('a[aria-current="true"]')).toHaveCount(1);
});

test('print hides navigation and shows the page address and the date', async ({ page }) => {
  await page.goto('/contacts/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header.site-header')).toBeHidden();
  await expect(page.locator('.exit-this-page')).toBeHidden();
  await expect(page.locator('aside.emergency .emergency-full')).toBeVisible();
  const footer = page.locator('.print-footer');
  await expect(footer).toBeVisible();
  await expect(footer).toContainText('/contacts/');
  const today = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  await expect(footer).toContainText(today);
});

test('the favicon and 404 page are served', async ({ request }) => {
  expect((await request.get('/favicon.svg')).status()).toBe(200);
  const missing = await request.get('/no-such-page/');
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain('Page not found');
});

test('contacts: the emergency instruction first; each number with when to use it, sources folded', async ({ page }) => {
  await page.goto('/contacts/');
  const emergency = page.locator('#emergency');
  await expect(emergency).toContainText('In an emergency always dial 999');
  await expect(emergency).toContainText(/police on 999 and MASH on 0151 443 2600 \(then option 1, then option 1\)/);
  await expect(emergency).toContainText('Multi-Agency Referral Form (MARF) within 48 hours');
  // What the guidance does not give, said plainly (no hours, no out-of-hours number).
  await expect(emergency).toContainText("the guidance does not give MASH's opening hours, and it gives no number for out of hours");
  await expect(page.locator('#mash a[href="tel:+441514432600"]')).toBeVisible();
  await expect(page.locator('#mash .keypad')).toHaveText('(then option 1, then option 1)');
  await expect(page.locator('#early-help-coordinator a[href="tel:+441514432670"]')).toBeVisible();
  // Sources are folded under "Sources", one per number.
  const sources = page.locator('#mash details.source-note');
  await expect(sources.locator('summary')).toHaveText('Sources');
  await expect(sources.locator('li').first()).toBeHidden();
  await sources.locator('summary').click();
  await expect(sources.locator('li').first()).toBeVisible();
  // A superseded number is plain text under its label, never a tap-to-call link.
  const superseded = page.locator('section.superseded');
  await expect(superseded.locator('#early-help-team-2016 h3')).toContainText('(superseded)');
  await expect(superseded.locator('#early-help-team-2016 .tel-superseded')).toHaveText('0151 443 4707');
  await expect(page.locator('a[href="tel:+441514434707"]')).toHaveCount(0);
  await expect(page.locator('a[href^="tel:"]', { hasText: '0151 443 4707' })).toHaveCount(0);
});
