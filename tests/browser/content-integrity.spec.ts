import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { findPhoneNumbersInHtml } from '../../src/reference/contacts/phone-numbers';
import { builtPages, distDir } from '../support/site';

// Static checks over the built HTML (no browser needed): links, anchors and phone numbers.
// Each test parses its own copy, because some remove elements as they check.
const loadPages = () => builtPages().map(([path, file]) => ({ path, html: parse(readFileSync(file, 'utf8')) }));
const pages = loadPages();
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
  // The same check the build runs (src/reference/contacts/phone-guard.ts), here over the site as served.
  const handWritten = builtPages().flatMap(([path, file]) => findPhoneNumbersInHtml(readFileSync(file, 'utf8')).map((m) => `${path}:${m.line}: ${m.text}`));
  expect(handWritten).toEqual([]);
});

// Pages built from the source documents (not the site's own About, Accessibility or Search pages).
const contentPage = (path: string) => /^\/(guidance|briefings|cases|practice|thresholds|contacts|glossary)\//.test(path);

test('every acronym on a content page has a glossary entry', () => {
  const glossary = parseYaml(readFileSync('content/glossary.yaml', 'utf8')) as Array<{ term: string; aliases?: string[] }>;
  const known = new Set(glossary.flatMap((e) => [e.term, ...(e.aliases ?? [])]));
  // Words written in capitals that are not acronyms: the printed column headings of the 2016
  // matrix, "NB", the country, and the GOV of GOV.UK.
  const notAcronyms = new Set(['LOW', 'MODERATE', 'HIGH', 'NB', 'UK', 'GOV']);
  const missing = new Set<string>();
  for (const page of loadPages().filter((p) => contentPage(p.path))) {
    const main = page.html.querySelector('main');
    if (!main) continue;
    main.querySelectorAll('script, style').forEach((el) => el.remove());
    const texts: string[] = [];
    const walk = (node: { childNodes: Array<{ nodeType: number; rawText: string; childNodes: never[] }> }) => {
      for (const c of node.childNodes) c.nodeType === 3 ? texts.push(c.rawText) : walk(c as never);
    };
    walk(main as never);
    const text = texts.join(' ').replace(/&amp;/g, '&').replace(/&quot;|&#39;|&[a-z]+;/g, ' ');
    for (const m of text.matchAll(/(?<![A-Za-z0-9&])([A-Z][A-Z0-9&]*[A-Z][A-Z0-9&]*)(s?)(?![A-Za-z0-9&])/g)) {
      const term = m[1]!;
      const plural = term + m[2];
      if (!known.has(term) && !known.has(plural) && !notAcronyms.has(term)) missing.add(`${plural} (${page.path})`);
    }
  }
  expect([...missing]).toEqual([]);
});

test('every content page names its source', () => {
  const withoutSource = pages
    .filter((p) => /^\/(guidance|briefings|cases|practice|thresholds)\/[^/]+\/$/.test(p.path) || p.path === '/contacts/')
    .filter((p) => !p.html.querySelector('.source-note'))
    .map((p) => p.path);
  expect(withoutSource).toEqual([]);
});

test('the superseded 2016 number and the old KSCB address appear only where labelled as superseded', () => {
  const unlabelled: string[] = [];
  const labelled = (el: { parentNode: unknown; classList?: { contains(c: string): boolean } } | null): boolean => {
    for (let n = el as { parentNode: unknown; classList?: { contains(c: string): boolean } } | null; n; n = n.parentNode as typeof n) {
      if (n.classList?.contains('superseded')) return true;
    }
    return false;
  };
  for (const page of pages) {
    for (const el of page.html.querySelectorAll('.tel-superseded')) if (!labelled(el)) unlabelled.push(`${page.path}: superseded number`);
    for (const a of page.html.querySelectorAll('a[href*="knowsleyscb"]')) if (!labelled(a)) unlabelled.push(`${page.path}: KSCB address`);
    if (/knowsleyscb\.org\.uk/.test(page.html.querySelector('main')?.textContent ?? '') && !page.html.querySelector('.superseded')) unlabelled.push(`${page.path}: KSCB address in text`);
  }
  expect(unlabelled).toEqual([]);
});
