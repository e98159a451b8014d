import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtPages, distDir } from '../support/site';

// What the built site gives a static host: the headers file, and what every page says itself.
// These read dist/ (after `npm run build`); no browser is needed.

/** The headers dist/_headers sets for every path ("/*"), by lower-case name. */
function headersForAllPaths(): Map<string, string> {
  const text = readFileSync(join(distDir, '_headers'), 'utf8');
  const headers = new Map<string, string>();
  let inAll = false;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) { inAll = line.trim() === '/*'; continue; }
    if (!inAll) continue;
    const colon = line.indexOf(':');
    headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

/** A policy's directives, by name. */
const directives = (policy: string) =>
  new Map(policy.split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
    const [name = '', ...values] = d.split(/\s+/);
    return [name, values.join(' ')] as const;
  }));

test('dist/_headers sets the security headers for every path', () => {
  const h = headersForAllPaths();
  expect(h.get('x-frame-options')).toBe('DENY');
  expect(h.get('strict-transport-security')).toMatch(/^max-age=\d{7,}/);
  expect(h.get('x-content-type-options')).toBe('nosniff');
  expect(h.get('referrer-policy')).toBe('no-referrer');
  const permissions = h.get('permissions-policy') ?? '';
  for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) {
    expect(permissions, feature).toContain(`${feature}=()`);
  }
  const csp = directives(h.get('content-security-policy') ?? '');
  expect(csp.get('frame-ancestors')).toBe("'none'");
  expect(csp.get('object-src')).toBe("'none'");
});

test("the header CSP repeats each page-independent directive of the pages' own policy", () => {
  const header = directives(headersForAllPaths().get('content-security-policy') ?? '');
  const [, home] = builtPages().find(([path]) => path === '/')!;
  const meta = readFileSync(home, 'utf8').match(/<meta http-equiv="content-security-policy" content="([^"]+)"/i);
  expect(meta, 'home page CSP meta').not.toBeNull();
  const page = directives(meta![1]!.replaceAll('&#39;', "'"));
  // default-src, script-src and style-src stay in the page's own policy (see the comment in public/_headers).
  const shared = [...page.keys()].filter((name) => !['default-src', 'script-src', 'style-src'].includes(name));
  expect(shared.length).toBeGreaterThan(3);
  for (const name of shared) expect(header.get(name), name).toBe(page.get(name));
});

test('every built page asks for no referrer', () => {
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(10);
  const without = pages.filter(([, file]) => !/<meta name="referrer" content="no-referrer"/.test(readFileSync(file, 'utf8')))
    .map(([path]) => path);
  expect(without).toEqual([]);
});

// The tests run on the default build, without SITE_URL: no page may name an address it cannot know.
test('without SITE_URL no built page names localhost, and no sitemap is built', () => {
  const naming = builtPages().filter(([, file]) => readFileSync(file, 'utf8').includes('localhost')).map(([path]) => path);
  expect(naming).toEqual([]);
  expect(existsSync(join(distDir, 'sitemap-index.xml'))).toBe(false);
});

test('the printed footer shows the address the page was opened at', async ({ page, baseURL }) => {
  await page.goto('/contacts/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-footer [data-print-url]')).toHaveText(new URL('/contacts/', baseURL).href);
});
