import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'node-html-parser';
import { phoneNumberPattern } from '../../src/utils/phone';
import { builtPages, distDir } from '../support/site';

// Static checks over the built HTML (no browser needed): links, anchors and phone numbers.
const pages = builtPages().map(([path, file]) => ({ path, html: parse(readFileSync(file, 'utf8')) }));
const byPath = new Map(pages.map((p) => [p.path, p]));

function resolves(path: string): boolean {
  if (byPath.has(path)) return true;
  try {
    readFileSync(join(distDir, decodeURIComponent(path)));
    return true;
  } catch {
    return false;
  }
}

test('every internal link and anchor resolves', () => {
  const broken: string[] = [];
  for (const page of pages) {
    for (const a of page.html.querySelectorAll('a[href]')) {
      const href = a.getAttribute('href')!;
      if (/^(https?:|mailto:|tel:)/.test(href)) continue;
      const url = new URL(href, `http://site${page.path}`);
      const target = url.pathname;
      if (!resolves(target)) { broken.push(`${page.path} -> ${href} (no page)`); continue; }
      if (url.hash && url.hash !== '#') {
        const id = decodeURIComponent(url.hash.slice(1));
        const dest = byPath.get(target);
        if (dest && !dest.html.getElementById(id)) broken.push(`${page.path} -> ${href} (no #${id})`);
      }
    }
  }
  expect(broken).toEqual([]);
});

test('every phone number on a page is rendered by the ContactNumber component', () => {
  const handWritten: string[] = [];
  for (const page of pages) {
    const body = page.html.querySelector('body');
    if (!body) continue;
    body.querySelectorAll('.contact-number, script, style').forEach((el) => el.remove());
    for (const m of body.textContent.matchAll(phoneNumberPattern)) handWritten.push(`${page.path}: "${m[0]}"`);
    for (const a of body.querySelectorAll('a[href^="tel:"]')) handWritten.push(`${page.path}: bare ${a.getAttribute('href')}`);
  }
  expect(handWritten).toEqual([]);
});
