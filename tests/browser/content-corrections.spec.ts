import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse, type HTMLElement } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { hasContact, parseSiteConfig } from '../../src/shared/site-config';
import { telHref } from '../../src/reference/contacts/phone';
import { builtPages, distDir } from '../support/site';

// Static checks over the built HTML for the content rules of issue 9: superseded numbers are never
// tap-to-call, glossary aliases are never shown as forms the documents use, every instruction to
// call MASH for immediate protection carries the 48-hour MARF, and the accessibility statement
// takes its contact from content/site.yaml and says plainly when none is set.
const page = (path: string) => parse(readFileSync(join(distDir, path, 'index.html'), 'utf8'));
const contacts = parseYaml(readFileSync('content/contacts.yaml', 'utf8')) as Array<{ id: string; number: string; status: string }>;

test('no page offers a superseded number as a tap-to-call link', () => {
  const superseded = contacts.filter((c) => c.status === 'superseded');
  expect(superseded.length).toBeGreaterThan(0);
  const hrefs = new Set(superseded.map((c) => telHref(c.number)));
  const linked: string[] = [];
  for (const [path, file] of builtPages()) {
    const html = parse(readFileSync(file, 'utf8'));
    for (const a of html.querySelectorAll('a[href^="tel:"]')) {
      if (hrefs.has(a.getAttribute('href')!) || superseded.some((c) => a.textContent.includes(c.number))) linked.push(`${path}: ${a.toString()}`);
    }
  }
  expect(linked).toEqual([]);
  // The contacts page still shows each one, as text, under its "superseded" label.
  const contactsPage = page('contacts');
  for (const c of superseded) {
    const item = contactsPage.getElementById(c.id);
    expect(item?.querySelector('h3')?.textContent, c.id).toContain('(superseded)');
    expect(item?.querySelector('.tel-superseded')?.textContent, c.id).toBe(c.number);
  }
});

test('the glossary shows no alias as a form the documents use', () => {
  const glossary = parseYaml(readFileSync('content/glossary.yaml', 'utf8')) as Array<{ id: string; term: string; expansion: string | null; definition?: string; aliases?: string[] }>;
  const html = page('glossary');
  const shown: string[] = [];
  for (const e of glossary) {
    const entry = html.getElementById(e.id);
    expect(entry, e.id).not.toBeNull();
    const own = [e.term, e.expansion ?? '', e.definition ?? ''].join(' ');
    const text = entry!.textContent;
    for (const alias of e.aliases ?? []) {
      const word = new RegExp(`(?<![\\w-])${alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`);
      // An alias may appear only where the entry's own wording uses it.
      if (word.test(text) && !word.test(own)) shown.push(`${e.id}: ${alias}`);
    }
  }
  expect(html.querySelector('main')!.textContent).not.toMatch(/Also written/);
  expect(shown).toEqual([]);
});

test('every notice that says to call MASH for immediate protection also gives the 48-hour MARF', () => {
  const incomplete: string[] = [];
  let checked = 0;
  for (const [path, file] of builtPages()) {
    const html = parse(readFileSync(file, 'utf8'));
    const notices: HTMLElement[] = html.querySelectorAll('main .notice');
    for (const n of notices) {
      if (!n.querySelector('[data-contact="mash"]') || !/immediate/i.test(n.textContent)) continue;
      checked++;
      if (!/Multi-Agency Referral Form \(MARF\) within 48 hours/.test(n.textContent)) incomplete.push(path);
    }
  }
  expect(checked).toBeGreaterThanOrEqual(4);
  expect(incomplete).toEqual([]);
});

test('the accessibility statement takes its contact from content/site.yaml and says when none is set', () => {
  const { publisher } = parseSiteConfig(readFileSync('content/site.yaml', 'utf8'));
  const html = page('accessibility');
  const contact = html.getElementById('publisher-contact');
  expect(contact).not.toBeNull();
  const feedback = [contact!.textContent, html.getElementById('reporting')?.nextElementSibling?.textContent ?? ''].join(' ');
  // No contact the settings do not give: the guidance's publisher is not the site's.
  expect(html.querySelector('main a[href*="knowsleyscp"]')).toBeNull();
  if (hasContact(publisher)) {
    expect(feedback).toContain(publisher.name);
    if (publisher.email) expect(html.querySelector(`a[href="mailto:${publisher.email}"]`)).not.toBeNull();
    if (publisher.url) expect(html.querySelector(`a[href="${publisher.url}"]`)).not.toBeNull();
  } else {
    expect(contact!.textContent).toMatch(/not set/);
    expect(html.querySelector('main a[href^="mailto:"]')).toBeNull();
    expect(feedback).toMatch(/no contact is set/);
  }
});
