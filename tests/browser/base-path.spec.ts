import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { parse } from 'node-html-parser';
import { serveStatic, type StaticServer } from '../support/static-server';

// The site built for a host that serves it under a path and knows its public address:
// SITE_URL=https://example.org BASE_PATH=/practice-guide/. This spec makes that build itself
// (into dist-base/, once, about a minute), serves it under the path (anything outside it is a
// 404), and crawls it. REUSE_BASE_BUILD=1 serves an existing dist-base/ instead (when changing
// only this spec).

const root = fileURLToPath(new URL('../..', import.meta.url));
const outDir = join(root, 'dist-base');
const SITE_URL = 'https://example.org';
const BASE = '/practice-guide/';

test.describe.configure({ mode: 'serial' });

let server: StaticServer;

test.beforeAll(async () => {
  test.setTimeout(600_000);
  const started = performance.now();
  if (!(process.env.REUSE_BASE_BUILD && existsSync(join(outDir, 'index.html')))) execFileSync('npx', ['astro', 'build', '--outDir', outDir], {
    cwd: root,
    stdio: 'pipe',
    env: { ...process.env, SITE_URL, BASE_PATH: BASE, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  console.log(`base-path build: ${Math.round((performance.now() - started) / 1000)} s`);
  server = await serveStatic(outDir, BASE);
});

test.afterAll(async () => { await server?.close(); });

/** Every built file with one of these endings, as a path under dist-base/ ("/guidance/mash/index.html"). */
function builtFiles(...endings: string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (endings.some((x) => e.name.endsWith(x))) out.push('/' + relative(outDir, full).split(sep).join('/'));
    }
  };
  walk(outDir);
  return out;
}

/** The same-origin addresses a page or file refers to, absolute, without their #fragment. */
function references(url: string, type: string, body: string): string[] {
  const found: string[] = [];
  if (type.startsWith('text/html')) {
    const doc = parse(body);
    for (const [selector, attr] of [['a[href]', 'href'], ['link[href]', 'href'], ['script[src]', 'src'], ['img[src]', 'src'], ['form[action]', 'action'],
      ['astro-island[component-url]', 'component-url'], ['astro-island[renderer-url]', 'renderer-url'], ['astro-island[before-hydration-url]', 'before-hydration-url']] as const) {
      for (const el of doc.querySelectorAll(selector)) found.push(el.getAttribute(attr) ?? '');
    }
  } else if (type.startsWith('text/javascript')) {
    for (const m of body.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]*?from\s*)?["']([^"']+\.js)["']|import\(\s*["']([^"']+\.js)["']\s*\)/g)) found.push(m[1] ?? m[2] ?? '');
  } else if (type.startsWith('application/manifest+json')) {
    const manifest: { start_url?: string; icons?: Array<{ src?: string }> } = JSON.parse(body);
    found.push(manifest.start_url ?? '', ...(manifest.icons ?? []).map((i) => i.src ?? ''));
  } else if (type.startsWith('text/css')) {
    for (const m of body.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) if (!m[1]!.startsWith('data:')) found.push(m[1]!);
  }
  return found.filter((h) => h && !/^(?:[a-z]+:|#)/i.test(h)).map((h) => {
    const u = new URL(h, url);
    u.hash = '';
    return u.href;
  }).filter((h) => h.startsWith(server.origin));
}

test('every link and asset of every page resolves under the base path', async () => {
  const start = `${server.origin}${BASE}`;
  const queue = [start];
  const seen = new Map<string, string>([[start, 'start']]);
  const broken: string[] = [];
  const pages = new Set<string>();
  while (queue.length) {
    const url = queue.shift()!;
    const res = await fetch(url, { redirect: 'manual' });
    if (res.status !== 200) { broken.push(`${url} (${res.status}), linked from ${seen.get(url)}`); continue; }
    const type = res.headers.get('content-type') ?? '';
    if (type.startsWith('text/html')) pages.add(new URL(url).pathname);
    for (const ref of references(url, type, await res.text())) {
      if (seen.has(ref)) continue;
      seen.set(ref, url);
      queue.push(ref);
    }
  }
  expect(broken).toEqual([]);
  // Every built page was reached by following links from the home page (the 404 page is not linked).
  expect(pages.size).toBe(builtFiles('.html').length - 1);
});

test('pages load every script, style and island under the base path, and search works', async ({ page }) => {
  const failed: string[] = [];
  const errors: string[] = [];
  page.on('response', (r) => { if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`); });
  // A request cut short because the page moved on (the favicon, often) is not a failure.
  page.on('requestfailed', (r) => { if (r.failure()?.errorText !== 'net::ERR_ABORTED') failed.push(`${r.failure()?.errorText} ${r.url()}`); });
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  const at = (path: string) => `${server.origin}${BASE}${path}`;
  for (const path of ['', 'guidance/mash/', 'briefings/', 'cases/sean/', 'practice/', 'thresholds/', 'my-learning/', 'contacts/']) {
    await page.goto(at(path));
    await expect(page.locator('h1')).toBeVisible();
  }
  // A scenario: the player (an island) starts.
  await page.goto(at('practice/'));
  await page.locator('main h3 a').first().click();
  await page.getByRole('button', { name: 'Start scenario' }).click();
  await expect(page.locator('.player h2')).toBeFocused();

  // Search: the header control loads Pagefind from under the base path and links results there.
  await page.goto(at('search/?q=MARF'));
  const result = page.locator('.search-page-results[data-results-for="MARF"] .search-result-link').first();
  await expect(result).toBeVisible();
  expect(await result.getAttribute('href')).toMatch(new RegExp(`^${BASE}`));
  await result.click();
  await expect(page).toHaveURL(new RegExp(`^${server.origin}${BASE}.+`));
  await expect(page.locator('h1')).toBeVisible();
  expect(failed).toEqual([]);
  expect(errors).toEqual([]);
});

test('with SITE_URL, canonical links, the sitemap and the printed address name the public address, never localhost', async ({ page }) => {
  const htmlPages = builtFiles('.html').filter((f) => f !== '/404.html');
  const wrong: string[] = [];
  for (const file of htmlPages) {
    const html = readFileSync(join(outDir, file), 'utf8');
    const path = file.replace(/index\.html$/, '');
    const canonical = parse(html).querySelector('link[rel="canonical"]')?.getAttribute('href');
    if (canonical !== `${SITE_URL}${BASE}${path.slice(1)}`) wrong.push(`${file}: canonical ${canonical}`);
  }
  expect(wrong).toEqual([]);
  const sitemap = readFileSync(join(outDir, 'sitemap-0.xml'), 'utf8');
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  expect(locs.length).toBeGreaterThan(10);
  expect(locs.filter((l) => !l.startsWith(`${SITE_URL}${BASE}`))).toEqual([]);
  const naming = builtFiles('.html', '.xml', '.js', '.json', '.webmanifest').filter((f) => readFileSync(join(outDir, f), 'utf8').includes('localhost'));
  expect(naming).toEqual([]);

  await page.goto(`${server.origin}${BASE}contacts/`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-footer [data-print-url]')).toHaveText(`${SITE_URL}${BASE}contacts/`);
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });
  test('the service worker works under the base path: after one visit, pages and search work offline', async ({ page, context }) => {
    await page.goto(`${server.origin}${BASE}`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(`${server.origin}${BASE}sw.js`);
    await context.setOffline(true);
    server.setDown(true);
    try {
      await page.goto(`${server.origin}${BASE}guidance/mash/`);
      await expect(page.locator('[data-offline-note]')).toContainText('Offline');
      await page.goto(`${server.origin}${BASE}search/?q=MARF`);
      const result = page.locator('.search-page-results[data-results-for="MARF"] .search-result-link').first();
      await expect(result).toBeVisible();
      expect(await result.getAttribute('href')).toMatch(new RegExp(`^${BASE}`));
    } finally {
      server.setDown(false);
      await context.setOffline(false);
    }
  });
});

